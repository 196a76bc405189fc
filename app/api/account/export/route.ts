import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { jsonHandler, requireUserId } from "@/lib/api";
import { exportAccount } from "@/lib/account";

/** GET /api/account/export: a JSON download of everything stored about the signed-in user. */
export async function GET() {
  let userId: string;
  try {
    userId = await requireUserId();
  } catch {
    return jsonHandler(async () => requireUserId());
  }
  const data = await exportAccount(db(), userId);
  const date = data.exportedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="untrain-my-data-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
