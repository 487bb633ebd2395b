# syntax=docker/dockerfile:1
# Briefbot image: Node 24 (runs the TypeScript sources directly; Node strips the types), non-root,
# production dependencies only. Not built on the development machines (no Docker engine there).

FROM node:24-bookworm-slim AS deps
WORKDIR /app
# why: better-sqlite3 compiles from source when no prebuilt binary matches; it needs a toolchain.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
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
# Build check: the shipped config must validate.
RUN node bin/brief.js check-config
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
CMD ["node", "bin/brief.js", "serve"]
