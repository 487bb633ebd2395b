# syntax=docker/dockerfile:1
# Briefbot image: Node 24, non-root, production dependencies only. The TypeScript is compiled once into dist/
# (bin/build.js, with esbuild from the tsx dependency), which bin/brief.js runs.
# Not built on the development machines (no Docker engine there).

FROM node:24-bookworm-slim AS deps
WORKDIR /app
# why: better-sqlite3 compiles from source when no prebuilt binary matches; it needs a toolchain.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# why: npm ci runs the prepare script (bin/build.js); without sources here yet it compiles nothing, so a
# source change does not invalidate this slow layer. The runtime stage compiles.
COPY bin ./bin
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY commands ./commands
COPY config ./config
COPY seeds ./seeds
RUN node bin/build.js
# Build check: the shipped config must validate.
RUN node bin/brief.js check-config
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# why: /healthz is served on METRICS_PORT, or PORT (Slack HTTP mode, or beside Discord / Socket Mode); the slim
# image has no curl, so Node's own fetch asks. A terminal-only bot serves no endpoint and needs no probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "bin/brief.js", "serve"]
