/**
 * The edge topology on this machine: N `next start` processes and nginx in front of them, on
 * loopback, with nginx's files under a prefix of its own (no system service). Used by
 * `npm run start:edge`, the edge tests (tests/edge/) and `npm run bench`.
 *
 * Every wait is on a condition (a request answered, a process group gone), bounded by a generous
 * deadline, never a fixed sleep: this machine is shared and its speed varies.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { readBuildId, renderNginxConfig, type EdgeConfig } from "../deploy/nginx.ts";
import { freePort, startProductionServer } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
/** Finds Debian's nginx, installing nginx-light as root when it is missing (like Chromium for e2e). */
export function ensureNginx(): string {
  const found = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("nginx not found: installing Debian's nginx-light package (apt-get install -y nginx-light)…");
    // The package's own service must not start: the edge runs nginx as a child with its own prefix.
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive", RUNLEVEL: "1" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "nginx-light"], { stdio: "inherit", env });
    const installed = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error("The edge needs Debian's nginx. Install it with `sudo apt-get install -y nginx-light` (the edge starts it itself; no service is needed).");
}

/**
 * Resolves when `pgid`'s process group has no process left. After `graceMs` it sends SIGKILL and waits
 * for the kernel to take them: `next start` finishes its requests on SIGTERM, but a client that keeps a
 * connection busy (nginx's keepalive pool under load) can keep it from ever closing — systemd's
 * TimeoutStopSec does the same (docs/deploy.md).
 */
export async function groupGone(pgid: number, graceMs = 15_000): Promise<void> {
  const alive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const wait = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  };
  await wait(graceMs);
  if (!alive()) return;
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    return; // gone meanwhile
  }
  await wait(60_000);
  if (alive()) throw new Error(`process group ${pgid} did not stop, even after SIGKILL`);
}

/** Any HTTP answer from host:port (the status does not matter: nginx is up), or null when nothing answers. */
export function probe(port: number, pathAndQuery = "/", headers: Record<string, string> = {}): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: pathAndQuery, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? null));
    });
    req.on("error", () => resolve(null));
    req.setTimeout(10_000, () => req.destroy());
  });
}

export type AppProcess = {
  port: number;
  /** What the current process printed (empty while stopped). */
  log(): string;
  running(): boolean;
  /** Stops the process group and resolves once every process of it is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port; resolves once it answers. */
  start(): Promise<void>;
};

/** One `next start` on a fixed port that can be stopped and started again (the fault test). */
export async function appProcess(port: number, env: NodeJS.ProcessEnv): Promise<AppProcess> {
  let current: { child: ChildProcess; log: string[] } | undefined;
  const start = async () => {
    current = await startProductionServer(port, env, 120_000);
  };
  const stop = async () => {
    const child = current?.child;
    current = undefined;
    if (!child?.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await groupGone(child.pid);
  };
  await start();
  return { port, log: () => current?.log.join("") ?? "", running: () => current !== undefined, stop, start };
}

export type Nginx = { port: number; prefix: string; configFile: string; stop(): Promise<void>; errorLog(): string };

/**
 * nginx in the foreground, in its own process group, with `config` (a rendered configuration whose
 * prefix is `prefix`); resolves once it answers on `port`. A config that does not load fails here with
 * nginx's own message (`nginx -t`).
 */
export async function startNginx(prefix: string, config: string, port: number, timeoutMs = 60_000): Promise<Nginx> {
  const nginx = ensureNginx();
  for (const dir of ["tmp", "cache"]) mkdirSync(path.join(prefix, dir), { recursive: true });
  const configFile = path.join(prefix, "nginx.conf");
  writeFileSync(configFile, config);
  const check = spawnSync(nginx, ["-t", "-q", "-p", prefix, "-c", configFile], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused ${configFile}:\n${check.stderr}`);
  const child = spawn(nginx, ["-p", prefix, "-c", configFile], { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  const stderr: string[] = [];
  child.stderr?.on("data", (d) => stderr.push(String(d)));
  const errorLog = () => {
    const file = path.join(prefix, "error.log");
    return `${stderr.join("")}${existsSync(file) ? spawnSync("tail", ["-n", "40", file], { encoding: "utf8" }).stdout : ""}`;
  };
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    await groupGone(child.pid!);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if ((await probe(port)) !== null) return { port, prefix, configFile, stop, errorLog };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`nginx did not answer on port ${port}:\n${errorLog()}`);
}

export type Edge = {
  /** The edge's public origin (SITE_URL of the app processes). */
  url: string;
  port: number;
  apps: AppProcess[];
  nginx: Nginx;
  buildId: string;
  /** Starts nginx again with the same cache and a (possibly other) build id: a deploy, for the tests. */
  restartNginx(buildId?: string): Promise<void>;
  stop(): Promise<void>;
};

export type EdgeOptions = {
  /** How many `next start` processes (default 2). */
  processes?: number;
  /** The app's environment without SITE_URL (the edge's origin is added), e.g. productionServerEnv's. */
  env: NodeJS.ProcessEnv;
  /** nginx's folder (default: a fresh one under .data/edge/). Its cache is kept across restartNginx. */
  prefix?: string;
  /** SITE_URL's host name: 127.0.0.1 (default) or localhost. */
  host?: string;
  port?: number;
  /** Extra fields for the rendered configuration (workers, access log…). */
  config?: Partial<EdgeConfig>;
};

/**
 * Starts N app processes (SITE_URL = the edge's origin, TRUSTED_PROXY_HOPS=1: nginx is the one proxy)
 * and nginx in front of them. Resolves once a request through nginx reached an app process.
 */
export async function startEdge(options: EdgeOptions): Promise<Edge> {
  ensureNginx();
  const count = options.processes ?? 2;
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await freePort());
  const url = `http://${host}:${port}`;
  const prefix = options.prefix ?? path.join(root, ".data/edge", `edge-${process.pid}-${port}`);
  mkdirSync(prefix, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...options.env, SITE_URL: url, TRUSTED_PROXY_HOPS: "1" };
  const apps: AppProcess[] = [];
  const stopApps = () => Promise.all(apps.map((a) => a.stop()));
  try {
    // One after another: two builds' worth of start-up work at once only slows both on a small machine.
    for (let i = 0; i < count; i++) apps.push(await appProcess(await freePort(), env));
  } catch (error) {
    await stopApps();
    throw error;
  }
  const render = (buildId: string) =>
    renderNginxConfig({
      listen: { host: "127.0.0.1", port },
      serverName: host,
      upstreams: apps.map((a) => ({ host: "127.0.0.1", port: a.port })),
      prefix,
      cacheDir: path.join(prefix, "cache"),
      buildId,
      // As root, nginx's workers would otherwise run as nobody, who cannot write this cache (see deploy/nginx.ts).
      ...(process.getuid?.() === 0 ? { user: "root" } : {}),
      accessLog: path.join(prefix, "access.log"),
      ...options.config,
    });
  const buildId = readBuildId(path.join(root, ".next"));
  let nginx: Nginx;
  try {
    nginx = await startNginx(prefix, render(buildId), port);
  } catch (error) {
    await stopApps();
    throw error;
  }
  const edge: Edge = {
    url,
    port,
    apps,
    get nginx() {
      return nginx;
    },
    buildId,
    restartNginx: async (nextBuildId = buildId) => {
      // A fresh nginx rather than a reload: a reload leaves old workers answering for a while.
      await nginx.stop();
      nginx = await startNginx(prefix, render(nextBuildId), port);
    },
    stop: async () => {
      await nginx.stop();
      await stopApps();
      if (!options.prefix) rmSync(prefix, { recursive: true, force: true });
    },
  };
  // Ready: a request through nginx answered by an app process (GET /api/health never touches the database).
  const deadline = Date.now() + 60_000;
  while ((await probe(port, "/api/health", { host: `${host}:${port}` })) !== 200) {
    if (Date.now() > deadline) {
      await edge.stop();
      throw new Error(`the edge on ${url} never reached an app process:\n${nginx.errorLog()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return edge;
}
