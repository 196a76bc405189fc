/**
 * `npm run test:resilience`: a tick is never lost when PostgreSQL goes away and comes back.
 *
 * Starts its own PostgreSQL (a scratch cluster in a temp folder on a free port; never a shared server),
 * migrates it, serves the production build (built unless SKIP_BUILD=1 and a build exists), signs a
 * user in through the real magic-link flow in Chromium, and ticks/unticks steps of one guide at a steady
 * pace. Mid-way PostgreSQL is stopped (fast shutdown; RESILIENCE_STOP_MODE=immediate for a crash-like
 * stop) for RESILIENCE_OUTAGE_SECONDS (10), ticking goes
 * on, PostgreSQL starts again, ticking goes on RESILIENCE_AFTER_SECONDS (3; 0 = no click after the
 * restart, so only the outbox's own retry timer can save), then — no reload — it waits (at most 120 s) for
 * the browser's outbox to empty and compares the database with what the page shows for every step.
 *
 * Exits non-zero if a tick was lost, the outbox did not empty in time, or the page never said "Not
 * saved yet" during the outage. Every process it started is stopped, also on failure or Ctrl-C.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { deployMigrations } from "./migrate.ts";
import { ensureChromium } from "./chromium.ts";
import { freePort, startProductionServer, cleanup, cleanups, cleanUpOnSignals, ensureBuild, prng, productionServerEnv, runMain } from "./harness.ts";
import { makeWorldReadable, postgresUserCanReach, postgresUserIds, type Ids } from "./embedded-postgres.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { loadGuides } from "../lib/content/guides.ts";
import { OUTBOX_KEY } from "../lib/progress/local.ts";

const TICK_EVERY_MS = Number(process.env.RESILIENCE_TICK_MS ?? 300);
const BEFORE_MS = 4_000;
const OUTAGE_MS = Number(process.env.RESILIENCE_OUTAGE_SECONDS ?? 10) * 1000;
const AFTER_MS = Number(process.env.RESILIENCE_AFTER_SECONDS ?? 3) * 1000;
const RECOVERY_LIMIT_MS = 120_000;
/** fast: SIGINT, what `pg_ctl stop -m fast` sends; immediate: SIGQUIT, like a crash (recovery replays WAL on start). */
const STOP_MODE = process.env.RESILIENCE_STOP_MODE === "immediate" ? "immediate" : "fast";
const WATCHDOG_MS = 15 * 60_000;

cleanUpOnSignals();

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 23)}] ${line}`);

// ---------------------------------------------------------------------------------------------------
// A scratch PostgreSQL cluster that can be stopped and started again on the same port.
// (scripts/embedded-postgres.ts runs the one shared dev cluster under .data/; this one is throwaway.)

type ScratchPostgres = { url: string; start: () => Promise<void>; stop: (mode?: "fast" | "immediate") => Promise<void>; dispose: () => Promise<void> };

function ensurePostgresUser(): Ids {
  let ids = postgresUserIds();
  if (!ids) {
    // What embedded-postgres's createPostgresUser does, as a system user without a home.
    if (spawnSync("getent", ["group", "postgres"], { stdio: "ignore" }).status !== 0) spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
    spawnSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
    ids = postgresUserIds();
  }
  if (!ids) throw new Error("PostgreSQL cannot run as root and there is no `postgres` user: create one (`useradd --system postgres`) or run as a normal user.");
  return ids;
}

async function startScratchPostgres(): Promise<ScratchPostgres> {
  const bins = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string; postgres: string };
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const base = mkdtempSync(path.join(os.tmpdir(), "untrain-resilience-pg-"));
  chmodSync(base, 0o755);
  const dataDir = path.join(base, "data");
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? ensurePostgresUser() : undefined;
  let { initdb, postgres } = bins;
  // As root the cluster runs as `postgres`, who may not reach node_modules (project in a 0700 folder):
  // then run a copy of the binaries from the temp folder.
  if (ids && !postgresUserCanReach(ids, [initdb, postgres])) {
    const native = path.join(base, "native");
    cpSync(path.dirname(path.dirname(initdb)), native, { recursive: true, verbatimSymlinks: true });
    makeWorldReadable(native);
    initdb = path.join(native, "bin", "initdb");
    postgres = path.join(native, "bin", "postgres");
  }
  mkdirSync(dataDir, { mode: 0o700 });
  const passwordFile = path.join(base, "pwfile");
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (ids) {
    chownSync(dataDir, ids.uid, ids.gid);
    chownSync(passwordFile, ids.uid, ids.gid);
  }
  const asPostgres = ids ? { uid: ids.uid, gid: ids.gid } : {};
  const env = { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" };
  const init = spawnSync(initdb, [`--pgdata=${dataDir}`, "--auth=password", "--username=postgres", `--pwfile=${passwordFile}`, "--no-sync", "--lc-messages=C"], {
    ...asPostgres,
    cwd: base,
    env,
    encoding: "utf8",
  });
  rmSync(passwordFile, { force: true });
  if (init.status !== 0) throw new Error(`initdb failed: ${(init.stderr || init.stdout || String(init.error)).trim().split("\n").slice(-3).join(" ")}`);

  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill("SIGINT");
  process.on("exit", killOnExit);

  const start = () =>
    new Promise<void>((resolve, reject) => {
      // Loopback TCP only, no Unix socket (nothing to collide with in /tmp).
      const proc = spawn(postgres, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="], {
        ...asPostgres,
        cwd: base,
        env,
        stdio: ["ignore", "ignore", "pipe"],
      });
      child = proc;
      let output = "";
      const onData = (d: Buffer) => {
        output += String(d);
        if (process.env.DEBUG_PG) process.stderr.write(d);
        if (output.includes("database system is ready to accept connections")) {
          output = "";
          proc.stderr!.off("data", onData);
          proc.stderr!.resume();
          resolve();
        }
      };
      proc.stderr!.on("data", onData);
      proc.once("error", reject);
      proc.once("exit", (code, signal) => reject(new Error(`PostgreSQL exited while starting (${code ?? signal}): ${output.trim().split("\n").slice(-3).join(" ")}`)));
    });

  /** Fast shutdown (SIGINT, what `pg_ctl stop -m fast` sends), or immediate (SIGQUIT) when asked. */
  const stop = async (mode: "fast" | "immediate" = "fast") => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once("exit", () => resolve());
      proc.kill(mode === "immediate" ? "SIGQUIT" : "SIGINT");
    });
  };

  await start();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    start,
    stop,
    dispose: async () => {
      await stop();
      process.off("exit", killOnExit);
      rmSync(base, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Browser helpers (tests/support/browser.ts is for vitest; this runs on its own).

type MailFile = { to: string; url: string; createdAt: string };

async function waitForMail(dir: string, to: string): Promise<MailFile> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const mail = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as MailFile)
          .find((m) => m.to === to && m.url.includes("/signin/confirm"))
      : undefined;
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No sign-in mail to ${to} arrived in ${dir}`);
}

async function signIn(page: Page, mailDir: string, email: string, callbackUrl: string) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  const mail = await waitForMail(mailDir, email);
  await page.goto(mail.url);
  // The link opens a confirmation page; its one button signs in (lib/auth/sign-in-confirm.ts).
  await page.getByRole("button", { name: `Sign in as ${email}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/api/auth") && !url.pathname.startsWith("/signin/confirm"));
}

/**
 * A production build of this checkout: reused with SKIP_BUILD=1 when one exists, otherwise built. Other
 * runs (npm test, bench) share .next/: when one of them is building, wait for its lock, then build again.
 */

// ---------------------------------------------------------------------------------------------------

type Phase = "before" | "outage" | "after";

async function main(): Promise<number> {
  const guides = loadGuides();
  const guide = process.env.RESILIENCE_GUIDE
    ? guides.find((g) => g.slug === process.env.RESILIENCE_GUIDE)
    : [...guides].sort((a, b) => b.steps.length - a.steps.length)[0];
  if (!guide) throw new Error(`No guide ${process.env.RESILIENCE_GUIDE ?? ""} in content/guides.`);
  const seed = Number(process.env.RESILIENCE_SEED ?? Date.now() % 100_000);

  const pgServer = await startScratchPostgres();
  cleanups.push(pgServer.dispose);
  log(`scratch PostgreSQL on ${new URL(pgServer.url).host}`);
  const databaseUrl = pgServer.url;
  const applied = await deployMigrations(databaseUrl);
  log(`migrated (${applied.length} migrations)`);

  const port = await freePort();
  const siteUrl = `http://localhost:${port}`;
  const mailDir = mkdtempSync(path.join(os.tmpdir(), "untrain-resilience-mail-"));
  cleanups.push(() => rmSync(mailDir, { recursive: true, force: true }));
  const appEnv = productionServerEnv(databaseUrl, siteUrl, mailDir);
  ensureBuild(appEnv, log);
  const app = await startProductionServer(port, appEnv);
  cleanups.push(app.stop);
  log(`app on ${siteUrl}`);

  const browser: Browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ baseURL: siteUrl });
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();

  // What went over the wire: every POST /api/progress and its outcome.
  const posts = { ok: 0, unavailable: 0, withoutRetryAfter: 0, otherStatus: new Map<number, number>(), failed: 0 };
  let restartedAt: number | undefined = undefined;
  let firstSaveAfterRestart: number | undefined;
  page.on("response", (res) => {
    const req = res.request();
    if (req.method() !== "POST" || new URL(req.url()).pathname !== "/api/progress") return;
    if (res.ok()) {
      posts.ok++;
      if (restartedAt !== undefined) firstSaveAfterRestart ??= performance.now();
    }
    else if (res.status() === 503) {
      posts.unavailable++;
      if (!res.headers()["retry-after"]) posts.withoutRetryAfter++;
    }
    else posts.otherStatus.set(res.status(), (posts.otherStatus.get(res.status()) ?? 0) + 1);
  });
  page.on("requestfailed", (req) => {
    if (req.method() === "POST" && new URL(req.url()).pathname === "/api/progress") posts.failed++;
  });
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));

  const email = `resilience-${randomUUID().slice(0, 8)}@test.untrain.invalid`;
  await signIn(page, mailDir, email, `/guides/${guide.slug}`);
  if (new URL(page.url()).pathname !== `/guides/${guide.slug}`) await page.goto(`/guides/${guide.slug}`);
  const boxes = guide.steps.map((s) => ({ stepId: s.id, box: page.getByRole("checkbox", { name: `Done: ${s.title}`, exact: true }) }));
  await boxes[0]!.box.waitFor();
  // Shown only once the server has answered for a signed-in person (not for anonymous or unreachable).
  await page.getByText("All changes saved to your checklist.").waitFor({ timeout: 30_000 });
  log(`signed in as ${email}, guide /guides/${guide.slug} (${guide.steps.length} steps), seed ${seed}`);

  // --- tick at a steady pace while the phases change underneath
  const random = prng(seed);
  const expected = new Map<string, boolean>();
  const ticks = { before: 0, outage: 0, after: 0 } satisfies Record<Phase, number>;
  const clickMismatches: string[] = [];
  const ui = { notSavedYet: false, couldNotSave: false };
  let phase = "before" as Phase;
  let ticking = true;
  const ticker = (async () => {
    const t0 = performance.now();
    for (let i = 0; ticking; i++) {
      const wait = t0 + i * TICK_EVERY_MS - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (!ticking) break;
      const { stepId, box } = boxes[Math.floor(random() * boxes.length)]!;
      const before = await box.isChecked();
      await box.click();
      const after = await box.isChecked();
      if (after === before) clickMismatches.push(`${stepId}: a click did not change the box`);
      expected.set(stepId, after);
      ticks[phase]++;
      if (phase === "outage") {
        ui.notSavedYet ||= (await page.getByText("Not saved yet", { exact: true }).count()) > 0;
        ui.couldNotSave ||= (await page.getByText("We could not save just now", { exact: false }).count()) > 0;
      }
    }
  })();

  await new Promise((r) => setTimeout(r, BEFORE_MS));
  phase = "outage";
  const stopT = performance.now();
  await pgServer.stop(STOP_MODE);
  log(`PostgreSQL STOPPED (${STOP_MODE} shutdown, ${Math.round(performance.now() - stopT)} ms); ticking on for ${OUTAGE_MS / 1000} s`);
  await new Promise((r) => setTimeout(r, OUTAGE_MS));
  // RESILIENCE_AFTER_SECONDS=0: no click after the restart, so only the outbox's own retry can save.
  if (AFTER_MS === 0) {
    ticking = false;
    await ticker;
  }
  await pgServer.start();
  restartedAt = performance.now();
  phase = "after";
  log(`PostgreSQL STARTED again${AFTER_MS ? `; ticking on for ${AFTER_MS / 1000} s` : "; no more clicks"}`);
  await new Promise((r) => setTimeout(r, AFTER_MS));
  ticking = false;
  await ticker;
  const lastTickAt = performance.now();
  log("ticking stopped; waiting (no reload) for the outbox to empty");

  let emptiedAt: number | undefined;
  while (performance.now() - lastTickAt < RECOVERY_LIMIT_MS) {
    const outbox = await page.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY);
    if (!outbox || outbox === "[]") {
      emptiedAt = performance.now();
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const appAlive = app.child.exitCode === null && app.child.signalCode === null;

  // --- compare: database vs. what the page set, for every step of the guide
  const pageState = new Map<string, boolean>();
  for (const { stepId, box } of boxes) pageState.set(stepId, await box.isChecked());
  const stillPending = await page.getByText("Not saved yet", { exact: true }).count();
  const db = createPrismaClient(databaseUrl);
  cleanups.push(() => db.$disconnect());
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const rows = user ? await db.stepCompletion.findMany({ where: { userId: user.id, guide: guide.slug }, select: { stepId: true } }) : [];
  const inDb = new Set(rows.map((r) => r.stepId));
  const lost: string[] = [];
  for (const { stepId } of boxes) {
    const want = expected.get(stepId) ?? false;
    if (pageState.get(stepId) !== want) lost.push(`${stepId}: the page shows ${pageState.get(stepId) ? "ticked" : "unticked"}, the last click set ${want ? "ticked" : "unticked"}`);
    if (inDb.has(stepId) !== want) lost.push(`${stepId}: last set ${want ? "ticked" : "unticked"}, database has ${inDb.has(stepId) ? "ticked" : "unticked"}`);
  }
  lost.push(...clickMismatches);

  const attempted = ticks.before + ticks.outage + ticks.after;
  const recoverySeconds = emptiedAt === undefined ? undefined : (emptiedAt - restartedAt!) / 1000;
  const firstSaveSeconds = firstSaveAfterRestart === undefined ? "—" : `${((firstSaveAfterRestart - restartedAt!) / 1000).toFixed(1)} s`;
  const other = [...posts.otherStatus].map(([s, n]) => `${n}×${s}`).join(", ");
  console.log("\n=== resilience: PostgreSQL outage while ticking ===");
  console.log(`guide                          /guides/${guide.slug} (${guide.steps.length} steps), seed ${seed}, one click every ${TICK_EVERY_MS} ms`);
  console.log(`outage                         ${OUTAGE_MS / 1000} s, PostgreSQL stopped with a ${STOP_MODE} shutdown, ${AFTER_MS / 1000} s of clicks after the restart`);
  console.log(`ticks attempted                ${attempted} (before ${ticks.before}, during the ${OUTAGE_MS / 1000} s outage ${ticks.outage}, after ${ticks.after})`);
  console.log(`saved (POST 2xx)               ${posts.ok}  (the outbox keeps only the last change per step, so fewer POSTs than clicks)`);
  console.log(`refused while down (503)       ${posts.unavailable}${other ? `; other statuses: ${other}` : ""}${posts.failed ? `; network failures: ${posts.failed}` : ""}`);
  console.log(`steps compared                 ${boxes.length}; ticked in the end: ${[...pageState.values()].filter(Boolean).length} on the page, ${inDb.size} in the database`);
  console.log(`lost                           ${lost.length}`);
  for (const line of lost) console.log(`  - ${line}`);
  console.log(`DB restart → outbox empty      ${recoverySeconds === undefined ? `NOT EMPTY after ${RECOVERY_LIMIT_MS / 1000} s` : `${recoverySeconds.toFixed(1)} s`} (first save after restart: ${firstSaveSeconds}; last click → empty: ${emptiedAt === undefined ? "—" : `${((emptiedAt - lastTickAt) / 1000).toFixed(1)} s`})`);
  console.log(`page said "Not saved yet"      ${ui.notSavedYet ? "yes" : "NO"}; "We could not save just now": ${ui.couldNotSave ? "yes" : "no"}; still "Not saved yet" at the end: ${stillPending}`);
  console.log(`app server                     ${appAlive ? "stayed up" : "DIED"}${pageErrors.length ? `; page errors: ${pageErrors.join(" | ")}` : ""}`);
  const serverErrors = app.log.join("").split("\n").filter((l) => /error/i.test(l) && !/idle connection lost/.test(l));
  if (serverErrors.length) console.log(`server log lines with "error"  ${serverErrors.length}, e.g.: ${serverErrors.slice(0, 3).join(" / ").slice(0, 600)}`);

  const failures: string[] = [];
  if (lost.length) failures.push(`${lost.length} tick(s) lost`);
  if (emptiedAt === undefined) failures.push(`the outbox did not empty within ${RECOVERY_LIMIT_MS / 1000} s`);
  if (stillPending) failures.push(`${stillPending} step(s) still say "Not saved yet"`);
  if (!ui.notSavedYet) failures.push('the page never said "Not saved yet" during the outage');
  if (!appAlive) failures.push("the app server died");
  if (other) failures.push(`POST /api/progress answered ${other} (an outage must be a 503 with Retry-After; see the server log)`);
  if (posts.withoutRetryAfter) failures.push(`${posts.withoutRetryAfter} 503(s) without Retry-After`);
  if (!ticks.outage) failures.push("no tick happened during the outage");
  if (failures.length) {
    console.log(`\nFAILED: ${failures.join("; ")}`);
    console.log("--- app server log (tail) ---\n" + app.log.join("").slice(-6000));
    return 1;
  }
  console.log("\nPASSED: no tick lost, outbox empty without a reload.");
  return 0;
}

const watchdog = setTimeout(() => {
  console.error(`resilience: still running after ${WATCHDOG_MS / 60_000} min, giving up.`);
  void cleanup().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

await runMain(main);

