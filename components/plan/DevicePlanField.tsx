"use client";
import { useEffect, useState } from "react";
import { planQuery } from "@/lib/plan/rules";
import { devicePlan } from "@/lib/plan/plan-sync";

/**
 * Inside the sign-in confirmation form: the plan made on this device signed out, so that the server
 * merges it into the account as it signs in and the first page after sign-in (/checklist) shows it.
 * Nothing without JavaScript (the plan builder needs it anyway).
 */
export function DevicePlanField() {
  const [value, setValue] = useState("");
  useEffect(() => {
    const plan = devicePlan();
    // A one-time read of localStorage after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (plan) setValue(planQuery(plan));
  }, []);
  return value ? <input type="hidden" name="plan" value={value} /> : null;
}
