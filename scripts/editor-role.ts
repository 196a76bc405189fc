/**
 * npm run editor:grant -- someone@example.org     make an existing account an editor
 * npm run editor:revoke -- someone@example.org    make it a reader again
 *
 * The only way to change a role: no web page or action writes it. The person must have signed in once
 * (the account must exist); an unknown address exits 1 and creates nothing. The change applies to the
 * next request they make, also in sessions that are already open.
 */
import { createPrismaClient } from "../lib/db/client.ts";
import { setRole } from "../lib/editor/role.ts";
import { resolveDatabase } from "./database-url.ts";

const [command, ...addresses] = process.argv.slice(2);
const role = command === "grant" ? "editor" : command === "revoke" ? "reader" : null;
if (!role || addresses.length === 0 || addresses.some((a) => !a.includes("@"))) {
  console.error("Usage: npm run editor:grant -- someone@example.org   (or editor:revoke); one or more email addresses.");
  process.exit(2);
}

const database = await resolveDatabase();
const db = createPrismaClient(database.url);
let unknown = 0;
try {
  for (const address of addresses) {
    const change = await setRole(db, address, role);
    if (change.outcome === "unknown") {
      unknown++;
      console.error(`${change.email}: no account has this address. Ask them to sign in once, then run this again. Nothing was changed.`);
    } else if (change.outcome === "unchanged") {
      console.log(`${change.email} is already ${role === "editor" ? "an editor" : "not an editor"}; nothing to change.`);
    } else {
      console.log(role === "editor" ? `${change.email} is now an editor: /editor works for them from their next request.` : `${change.email} is no longer an editor: /editor answers 404 for them from their next request.`);
    }
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exitCode = unknown ? 1 : 0;
