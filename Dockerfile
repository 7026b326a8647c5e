# cramp-bot: a production image, the same steps test/install/production.test.ts runs without Docker.
#   docker build -t cramp-bot .
#   docker run --env-file .env -p 8080:8080 -v cramp-var:/app/var cramp-bot              # HTTP endpoint
#   docker run --env-file .env -v cramp-var:/app/var cramp-bot npm start                  # gateway bot

# Production dependencies only; better-sqlite3 compiles here, so the compilers stay out of the final image.
FROM node:26-bookworm-slim AS dependencies
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# The build, with every dev dependency.
FROM dependencies AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:26-bookworm-slim
ENV NODE_ENV=production CRAMP_DB_PATH=/app/var/cramp.sqlite HTTP_PORT=8080
WORKDIR /app
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node tools/build-if-needed.mjs tools/
COPY --from=dependencies --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/dist dist
RUN mkdir var && chown node:node var
USER node
VOLUME ["/app/var"]
EXPOSE 8080
# node, not curl: the image has no curl. The gateway bot answers on METRICS_PORT when it is set.
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.METRICS_PORT ?? process.env.HTTP_PORT}/${process.env.METRICS_PORT ? 'livez' : 'healthz'}`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["npm", "run", "serve"]
