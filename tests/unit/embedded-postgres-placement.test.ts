/**
 * Item 12: as root in a folder only root can enter, PostgreSQL (run as the postgres user) cannot reach
 * node_modules/ or .data/, so the embedded server must live elsewhere. The real 0700-clone run is
 * scripts/check-root-private-clone.sh (slow: npm ci + a dev server).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseEmbeddedPlacement, postgresUserCanReach, postgresUserIds } from "../../scripts/embedded-postgres.ts";

const project = "/home/someone/untrain";

describe("where the embedded PostgreSQL keeps its binaries and data", () => {
  it("as a normal user: the package's binaries and .data/postgres, run as that user (as before)", () => {
    for (const reach of [true, false]) {
      expect(chooseEmbeddedPlacement({ uid: 1000, projectDir: project, postgresUserCanReachProject: reach, tmpRoot: "/var/tmp" })).toEqual({
        kind: "project",
        dataDir: "/home/someone/untrain/.data/postgres",
        runAsPostgresUser: false,
      });
    }
    // No getuid (Windows): same as a normal user.
    expect(chooseEmbeddedPlacement({ uid: undefined, projectDir: project, postgresUserCanReachProject: false, tmpRoot: "/tmp" }).kind).toBe("project");
  });

  it("as root in a folder the postgres user can reach: still .data/postgres, run as the postgres user", () => {
    expect(chooseEmbeddedPlacement({ uid: 0, projectDir: project, postgresUserCanReachProject: true, tmpRoot: "/var/tmp" })).toEqual({
      kind: "project",
      dataDir: "/home/someone/untrain/.data/postgres",
      runAsPostgresUser: true,
    });
  });

  it("as root in a private folder: binaries and data move to a per-project folder under the temp root", () => {
    const placement = chooseEmbeddedPlacement({ uid: 0, projectDir: project, postgresUserCanReachProject: false, tmpRoot: "/var/tmp" });
    expect(placement.kind).toBe("relocated");
    if (placement.kind !== "relocated") return;
    expect(placement.baseDir).toMatch(/^\/var\/tmp\/untrain-postgres-[0-9a-f]{16}$/);
    expect(placement.binDir).toBe(path.join(placement.baseDir, "native"));
    expect(placement.dataDir).toBe(path.join(placement.baseDir, "data"));
    expect(placement.dataDir.startsWith(project)).toBe(false);

    // Stable for one checkout (the database is found again next time), distinct for another.
    const again = chooseEmbeddedPlacement({ uid: 0, projectDir: project, postgresUserCanReachProject: false, tmpRoot: "/var/tmp" });
    const other = chooseEmbeddedPlacement({ uid: 0, projectDir: "/root/other-clone", postgresUserCanReachProject: false, tmpRoot: "/var/tmp" });
    expect(again).toEqual(placement);
    expect(other.kind === "relocated" && other.baseDir).not.toBe(placement.baseDir);
    expect(chooseEmbeddedPlacement({ uid: 0, projectDir: project, postgresUserCanReachProject: false, tmpRoot: "/tmp" })).toMatchObject({
      baseDir: expect.stringMatching(/^\/tmp\/untrain-postgres-/),
    });
  });
});

// The probe that feeds the decision, run for real: only possible as root with a postgres user.
const ids = process.getuid?.() === 0 ? postgresUserIds() : undefined;
describe.skipIf(!ids)("postgresUserCanReach (real, as the postgres user)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "untrain-reach-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says no for a file inside a 0700 folder and yes once the folder opens", () => {
    chmodSync(dir, 0o700);
    mkdirSync(path.join(dir, "bin"));
    writeFileSync(path.join(dir, "bin", "initdb"), "#!/bin/sh\n", { mode: 0o755 });
    expect(postgresUserCanReach(ids!, [path.join(dir, "bin", "initdb")])).toBe(false);
    chmodSync(dir, 0o755);
    expect(postgresUserCanReach(ids!, [path.join(dir, "bin", "initdb"), path.join(dir, "bin")])).toBe(true);
  });
});
