import { db } from "@/lib/db/client";
import { jsonHandler, readJson, requireUserId } from "@/lib/http/handler";
import { saveLocale } from "@/lib/account/locale";

/** PUT /api/account/locale {locale}: the language the reader chose in the header; their mails use it. 422 for anything else. */
export async function PUT(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { locale: await saveLocale(db(), userId, await readJson(request, 1024)) };
  });
}
