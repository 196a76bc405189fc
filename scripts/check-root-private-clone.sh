#!/usr/bin/env bash
# Item 12, for real: as root, in a folder only root can enter (mode 0700), the README's commands must
# work with no DATABASE_URL: `npm run dev` serves pages and `TEST_ONLY=integration npm test` passes.
# PostgreSQL runs as the postgres user, who cannot reach that folder; see scripts/embedded-postgres.ts.
#
#   sudo scripts/check-root-private-clone.sh [FILE...]   # 1-4 min (npm ci + a dev server + integration tests)
#
# It clones this repository's committed HEAD into a fresh 0700 folder and copies the FILEs given (paths
# relative to the repository, e.g. uncommitted changes under test) over the clone.
# REUSE_NODE_MODULES=1 copies this checkout's node_modules instead of `npm ci` (faster, less faithful).
# KEEP=1 keeps the folder afterwards.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "Run this as root (it checks what happens to root in a private folder)." >&2
  exit 2
fi

src="$(cd "$(dirname "$0")/.." && pwd)"
top="$(mktemp -d /tmp/untrain-rootpriv.XXXXXX)"
chmod 700 "$top"
app="$top/app"
mkdir "$app"
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
pg_port="$(free_port)"
web_port="$(free_port)"
dev_pid=""

cleanup() {
  if [ -n "$dev_pid" ] && kill -0 "$dev_pid" 2>/dev/null; then kill -TERM -- "-$dev_pid" 2>/dev/null || true; sleep 2; fi
  if [ "${KEEP:-0}" != "1" ]; then
    hash="$(printf %s "$(realpath "$app")" | sha256sum | cut -c1-16)"
    rm -rf "$top" "/var/tmp/untrain-postgres-$hash" "${TMPDIR:-/tmp}/untrain-postgres-$hash"
  else
    echo "kept $top"
  fi
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== clone HEAD to $app (parent mode $(stat -c %a "$top"))"
git clone --quiet "$src" "$app"
for file in "$@"; do
  echo "   + $file"
  mkdir -p "$app/$(dirname "$file")"
  cp "$src/$file" "$app/$file"
done

if [ "${REUSE_NODE_MODULES:-0}" = "1" ]; then
  echo "== copy node_modules, prisma generate"
  cp -a "$src/node_modules" "$app/node_modules"
  (cd "$app" && npm run --silent postinstall >"$top/npm-ci.log" 2>&1) || { tail -20 "$top/npm-ci.log"; fail "prisma generate"; }
else
  echo "== npm ci"
  (cd "$app" && npm ci --no-audit --no-fund --loglevel=error >"$top/npm-ci.log" 2>&1) || { tail -20 "$top/npm-ci.log"; fail "npm ci"; }
fi

export EMBEDDED_PG_PORT="$pg_port"
unset DATABASE_URL

echo "== npm run dev (PostgreSQL on $pg_port, web on $web_port)"
# Its own session/process group, so stopping it stops next dev and PostgreSQL too.
PORT="$web_port" setsid bash -c 'cd "$1" && exec npm run dev' _ "$app" >"$top/dev.log" 2>&1 &
dev_pid=$!
status=""
for _ in $(seq 1 120); do
  if ! kill -0 "$dev_pid" 2>/dev/null; then break; fi
  status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$web_port/" || true)"
  [ "$status" = "200" ] && break
  sleep 1
done
head -20 "$top/dev.log"
grep -q "EACCES" "$top/dev.log" && fail "npm run dev hit EACCES"
[ "$status" = "200" ] || fail "npm run dev did not serve / (last status: ${status:-none})"
grep -q "Embedded PostgreSQL started" "$top/dev.log" || fail "no embedded PostgreSQL start line"
kill -TERM -- "-$dev_pid"
wait "$dev_pid" 2>/dev/null || true
dev_pid=""
sleep 1
if (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then fail "PostgreSQL still listens on $pg_port after npm run dev stopped"; fi
echo "ok: npm run dev served / and stopped its PostgreSQL"

echo "== TEST_ONLY=integration npm test"
if ! (cd "$app" && TEST_ONLY=integration npm test >"$top/test.log" 2>&1); then
  tail -30 "$top/test.log"
  grep -q "^Test database .* migration" "$top/test.log" || fail "TEST_ONLY=integration npm test could not make its test database"
  # The embedded database worked; a failing test is someone's code, not this check's subject.
  echo "FAIL (not the database): the integration tests ran on the embedded PostgreSQL, but some failed: $(grep -E '^tests:' "$top/test.log")" >&2
  exit 3
fi
grep -E "^tests:" "$top/test.log"
echo "ok: integration tests passed"
echo "PASS"
