# cramp-bot: a production image, the same steps test/install/production.test.ts runs without Docker.
#   docker build -t cramp-bot .
#   docker run --env-file .env -p 8080:8080 -v cramp-var:/app/var cramp-bot                     # HTTP endpoint
#   docker run --env-file .env -v cramp-var:/app/var cramp-bot \
#     node dist/src/bin/gateway.js                                                           # gateway bot

# One install: every dependency for the build, then the dev ones pruned. better-sqlite3 compiles here, so the
# compilers stay out of the final image.
FROM node:26-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:26-bookworm-slim
# tini is PID 1: it forwards SIGTERM from `docker stop` to node and reaps what exits.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production CRAMP_DB_PATH=/app/var/cramp.sqlite HTTP_PORT=8080
WORKDIR /app
COPY --chown=node:node package.json package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/dist dist
RUN mkdir var && chown node:node var && chmod 0700 var
USER node
VOLUME ["/app/var"]
EXPOSE 8080
# node, not curl: the image has no curl. /livez on METRICS_PORT when it is set, else the endpoint's /healthz.
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.METRICS_PORT ?? process.env.HTTP_PORT}/${process.env.METRICS_PORT ? 'livez' : 'healthz'}`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# node itself in exec form, never npm or a shell: the signal reaches the bot and no npm banner joins the JSON log.
# The same command as `npm run serve` (test/e2e/container.test.ts runs it and stops it with SIGTERM).
CMD ["node", "--require", "./dist/src/bin/thread-pool.cjs", "dist/src/bin/http.js"]
