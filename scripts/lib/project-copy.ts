/** A throwaway copy of the project for benchmarks that change content or build in another folder (bench-guides, bench-locales). */
import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import path from "node:path";

/** Copies the project without node_modules, .next, .data and .git into `dest`, with node_modules hard-linked. */
export function copyProject(root: string, dest: string, log: (line: string) => void) {
  const skip = new Set(["node_modules", ".next", ".data", ".git"].map((d) => path.join(root, d)));
  cpSync(root, dest, { recursive: true, filter: (src) => !skip.has(src) });
  // Turbopack refuses a node_modules symlinked from outside the project; hard links cost no space.
  const linked = spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(dest, "node_modules")]);
  if (linked.status !== 0) {
    log("hard links failed (another filesystem?), copying node_modules");
    cpSync(path.join(root, "node_modules"), path.join(dest, "node_modules"), { recursive: true, verbatimSymlinks: true });
  }
}

/** The size of `dir` in MB (du), without what `exclude` matches (du's --exclude pattern). */
export function megabytes(dir: string, exclude?: string): number {
  const du = spawnSync("du", ["-sb", ...(exclude ? [`--exclude=${exclude}`] : []), dir], { encoding: "utf8" });
  return Number(du.stdout.split("\t")[0]) / 1024 / 1024;
}
