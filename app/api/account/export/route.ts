import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { exportAccount } from "@/lib/account/data";
import { requireUserId } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/http/handler";

/** GET /api/account/export: a JSON download of everything stored about the signed-in user. */
export async function GET() {
  try {
    const data = await exportAccount(db(), await requireUserId());
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="untrain-my-data-${data.exportedAt.slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
