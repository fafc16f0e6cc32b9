# syntax=docker/dockerfile:1
# Multi-stage build: compile TypeScript with dev dependencies, ship only dist/ + production
# dependencies, run as the unprivileged "node" user.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY prompts ./prompts
COPY seeds ./seeds
USER node
# serve listens here (PORT); workers listen nowhere.
EXPOSE 3000
# Whichever role the container runs: serve's /healthz, or where nothing listens on PORT, the
# heartbeat the worker writes to Redis while it can work. Exit 0 healthy, 1 unhealthy.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
  CMD ["node", "bin/newsbrief.js", "health"]
# A 1 MB semi-space keeps the young generation small: a worker's RSS drops by 25–30 MB for a
# little more CPU (bench/worker-memory.bench.ts, docs/decisions/0012).
ENTRYPOINT ["node", "--max-semi-space-size=1", "bin/newsbrief.js"]
CMD ["demo"]
