/**
 * Runs once when the server starts: refuse to start with an invalid environment.
 *
 * Throwing here is not enough: Next.js logs the error and keeps the server up, answering 500 to every
 * request (a production server without EMAIL_SERVER would look alive to a load balancer). So a
 * production server prints the reason and exits with status 1. `next start` (Next.js 16) binds its
 * port before it loads this hook, but every request waits for the hook, so none is answered; `npm start`
 * also runs scripts/check-env.ts first (prestart), which exits before anything listens.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Rate limits need the TCP peer's address, which Next.js does not pass to route handlers.
  const { recordPeerAddresses } = await import("@/lib/http/peer-address");
  recordPeerAddresses();
  const { serverEnv } = await import("@/lib/env");
  await refuseInvalidEnvironment(serverEnv);
  // Every request waits for this hook: load the guides now (the build's catalogue, no parsing) so no
  // request after a start waits behind them (issue 20).
  const { preloadCatalogue } = await import("@/lib/content/preload");
  const { guides, ms } = preloadCatalogue();
  console.log(`[catalogue] ${guides} guides ready in ${ms.toFixed(0)} ms`);
}

type Exit = (code: number) => never | void;

/**
 * Validates with `validate`; on an EnvError in production, writes its message (no stack trace) and
 * exits 1 (stderr writes are synchronous on Linux, so the reason is out first). Elsewhere (next dev,
 * tests) the error is thrown as before, so it shows in the error overlay.
 */
export async function refuseInvalidEnvironment(
  validate: () => unknown,
  { nodeEnv = process.env.NODE_ENV, exit = exitProcess, log = console.error }: { nodeEnv?: string; exit?: Exit; log?: (line: string) => void } = {},
): Promise<void> {
  const { EnvError } = await import("@/lib/env");
  try {
    validate();
  } catch (error) {
    if (!(error instanceof EnvError) || nodeEnv !== "production") throw error;
    log(error.message);
    exit(1);
  }
}

/** Only ever called on the Node.js runtime (see register); reached through an alias so the edge bundle of this file does not warn. */
function exitProcess(code: number): never {
  const nodeProcess: NodeJS.Process = globalThis.process;
  return nodeProcess.exit(code);
}
