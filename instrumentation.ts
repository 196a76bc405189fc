/** Runs once when the server starts: refuse to start with an invalid environment. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { serverEnv } = await import("@/lib/env");
  serverEnv();
}
