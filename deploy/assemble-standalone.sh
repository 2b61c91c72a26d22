#!/usr/bin/env sh
# Assembles the self-contained server folder that the container image runs and
# that the deploy test (tests/integration/deploy.test.ts) starts, from a build
# made with PARCOURS_STANDALONE=1:
#   server.js, node_modules/ (traced by Next), <dist>/static, public/,
#   prisma/migrations/ and prisma/migrate.mjs (the migration runner, bundled).
# Usage: deploy/assemble-standalone.sh [dist dir, default .next] [output dir, default build/standalone]
set -eu
dist=${1:-.next}
out=${2:-build/standalone}
if [ ! -f "$dist/standalone/server.js" ]; then
  echo "Pas de $dist/standalone/server.js : construisez avec PARCOURS_STANDALONE=1 npm run build." >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"
cp -R "$dist/standalone/." "$out/"
# Next leaves the browser assets and public files to the host (or a CDN): the server serves them here.
mkdir -p "$out/$dist"
cp -R "$dist/static" "$out/$dist/static"
if [ -d public ]; then cp -R public "$out/public"; fi
# Migrations run as a separate one-shot step: `node prisma/migrate.mjs` in this folder.
mkdir -p "$out/prisma"
cp -R prisma/migrations "$out/prisma/migrations"
node_modules/.bin/esbuild prisma/scripts/migrate.ts --bundle --platform=node --format=esm \
  --target=node20 --log-level=warning --outfile="$out/prisma/migrate.mjs" \
  --external:@electric-sql/pglite --external:pg-native \
  --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
# The embedded database is not for containers; a pure PostgreSQL migration needs no PGlite,
# but the runner imports it: it stays resolvable from the traced node_modules.
echo "Serveur autonome prêt dans $out (node server.js ; migrations : node prisma/migrate.mjs)."
