# syntax=docker/dockerfile:1
# Parcours, production image (README, "Deploying: the container").
#   docker build -t parcours .
# Runs `node server.js` from the self-contained folder that
# deploy/assemble-standalone.sh makes (the deploy test starts the same folder);
# `node prisma/migrate.mjs` in the same image applies the migrations, as a
# separate one-shot step before the server starts (compose.yaml: service "migrate").
ARG NODE_VERSION=20

# Dependencies, without install scripts: `prisma generate` needs the sources (below).
FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

# Build: Prisma client, Next's standalone output, the assembled server folder.
# Also the target of compose's "tools" service (seed, retention) since it holds every dependency.
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npx prisma generate \
  && PARCOURS_STANDALONE=1 npm run build \
  && sh deploy/assemble-standalone.sh .next /out

# Runtime: Node and the server folder only, as the unprivileged "node" user
# (uid 1000) that the official image provides; nothing is written inside the image.
FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /out ./
# The code stays read-only to the server; only Next's cache folder is its own.
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# The slim image has no curl: Node's fetch asks the app's own health check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
