import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { exportAccount } from "@/lib/account";
import { requireUserId } from "@/lib/current-user";
import { errorResponse } from "@/lib/api";

/** GET /api/account/export: a JSON download of everything stored about the signed-in user. */
export async function GET() {
  try {
    const data = await exportAccount(db(), await requireUserId("Sign in to export your data."));
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="untrain-my-data-${data.exportedAt.slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "read");
  }
}
