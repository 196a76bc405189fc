/**
 * Applies and creates Prisma migrations with Prisma's WebAssembly schema engine, because the native
 * engine that `prisma migrate` downloads cannot be fetched on our machines. The folder format
 * (prisma/migrations/<timestamp>_<name>/migration.sql + migration_lock.toml) is the standard one, so
 * `prisma migrate deploy` works unchanged wherever the native engine exists.
 *
 *   tsx scripts/migrate.ts deploy            apply pending migrations to DATABASE_URL
 *   tsx scripts/migrate.ts create <name>     write a new migration from the schema diff
 */
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma/migrations");
const schemaPath = path.join(root, "prisma/schema.prisma");

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  createMigration(input: unknown): Promise<{ generatedMigrationName: string | null }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

/**
 * The schema engine reads PostgreSQL's catalogs, whose `"char"` columns (type OID 18) the pg driver
 * adapter rejects as unsupported. pg already returns them as one-letter strings: let the adapter see
 * text, remember which columns they were, and report those to the engine as characters.
 */
const charColumnsByRows = new WeakMap<object, number[]>();

function reportCharColumns() {
  for (const proto of [pg.Pool.prototype, pg.Client.prototype] as unknown as PatchableQuery[]) {
    if (proto.__untrainPatched) continue;
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      if (!(result instanceof Promise)) return result;
      return result.then((res: { fields?: { dataTypeID: number }[]; rows?: object }) => {
        const charColumns: number[] = [];
        res?.fields?.forEach((field, i) => {
          if (field.dataTypeID === 18) {
            field.dataTypeID = 25;
            charColumns.push(i);
          }
        });
        if (charColumns.length && res.rows) charColumnsByRows.set(res.rows, charColumns);
        return res;
      });
    };
    proto.__untrainPatched = true;
  }
}
type PatchableQuery = { query: (...args: unknown[]) => unknown; __untrainPatched?: boolean };

const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

type Queryable = { queryRaw: (q: unknown) => Promise<{ columnTypes: number[]; rows: object }> };
function withCharacterColumns<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  const original = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (q) => {
    const result = await original(q);
    for (const i of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
  return adapter;
}

function catalogFriendlyAdapter(connectionString: string) {
  reportCharColumns();
  // Fields rather than a URL, so that the shadow database below can override `database`.
  const { hostname, port, username, password, pathname } = new URL(connectionString);
  const config = {
    host: decodeURIComponent(hostname),
    port: Number(port || 5432),
    user: decodeURIComponent(username) || undefined,
    password: decodeURIComponent(password) || undefined,
    database: decodeURIComponent(pathname.slice(1)),
  };
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => withCharacterColumns(await connect());
  // PrismaPg's own shadow database is dropped while its pool still holds a connection; make our own
  // and drop it with FORCE once the engine is done with it.
  factory.connectToShadowDb = async () => {
    const name = `untrain_shadow_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(config);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = withCharacterColumns(await new PrismaPg({ ...config, database: name }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };
  return factory;
}

async function loadEngine(connectionString: string): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  // The package imports its .wasm as an ES module, which Node 20 cannot do; wire it up by hand.
  // The engine reports panics through this global; keep the last message so it can be shown.
  const panic = { message: "" };
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (m: string) => { panic.message = m; console.error(`schema engine panic: ${m}`); },
    get: () => panic.message,
  };
  const glue = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  const schema = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(catalogFriendlyAdapter(connectionString));
  const log = (line: string) => {
    if (process.env.DEBUG_MIGRATE) console.error(line);
  };
  return glue.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, adapter);
}

async function migrationsList() {
  const dirs = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (name) => {
        const file = path.join(migrationsDir, name, "migration.sql");
        const content = existsSync(file)
          ? { tag: "ok", value: await readFile(file, "utf8") }
          : { tag: "error", value: `missing ${file}` };
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

export async function deployMigrations(connectionString: string): Promise<string[]> {
  const engine = await loadEngine(connectionString);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await migrationsList(), filters: noFilter });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

async function createMigration(connectionString: string, name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Migration name must be snake_case letters and digits, got "${name}".`);
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lock)) {
    await mkdir(migrationsDir, { recursive: true });
    await writeFile(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  const engine = await loadEngine(connectionString);
  try {
    const schema = await readFile(schemaPath, "utf8");
    const list = await migrationsList();
    // Diff "all committed migrations" → "current schema" on a temporary shadow database.
    const result = await engine.diff({
      from: { tag: "migrations", ...list },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: noFilter,
    });
    const sql = (result.stdout ?? "").trim();
    if (!sql || sql === "-- This is an empty migration.") {
      console.log("Schema and migrations agree: nothing to create.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql + "\n");
    console.log(`Created ${path.relative(root, dir)}/migration.sql`);
  } finally {
    engine.free();
  }
}

async function main() {
  const [command, name] = process.argv.slice(2);
  const { resolveDatabaseUrl } = await import("./database-url.ts");
  const url = await resolveDatabaseUrl();
  if (command === "deploy") {
    const applied = await deployMigrations(url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  } else if (command === "create" && name) {
    await createMigration(url, name);
  } else {
    console.error("Usage: tsx scripts/migrate.ts deploy | create <name>");
    process.exit(2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
