#!/bin/sh
# Prisma's native schema engine cannot be downloaded on this machine kind. `prisma generate` only needs
# this path to exist; anything that would really run the engine lands here and fails loudly.
echo "The native Prisma schema engine is not installed. Use 'npm run db:migrate' / 'npm run db:migrate:create -- <name>' (WebAssembly engine)." >&2
exit 1
