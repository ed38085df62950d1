# syntax=docker/dockerfile:1
# `syncagent serve` as a container (DESIGN section 9). Built in one stage from the sources; the
# runtime stage holds Node 24, git (the store is a git clone) and the bundled dist/ only.

FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

FROM node:24-slim
# git talks to the store's remote; ca-certificates for https. Debian's current versions are wanted
# (security fixes), so they are not pinned.
# hadolint ignore=DL3008
RUN apt-get update \
  && apt-get install -y --no-install-recommends git ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=8080
WORKDIR /app
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/dist ./dist
# The store clone, spool and file-sync tarball live on the volume mounted at /data.
RUN mkdir -p /data && chown 1000:1000 /data
# The image's unprivileged `node` user, by number so any runtime resolves it.
USER 1000:1000
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/cli.cjs"]
# SYNCAGENT_STORE_URL (with GITHUB_TOKEN for a private repository) is cloned into /data/store on first start.
CMD ["serve", "--host", "0.0.0.0", "--store", "/data/store", "--json"]
