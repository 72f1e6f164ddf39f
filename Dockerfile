# syntax=docker/dockerfile:1
# Build stage: compile TypeScript, bundle the playground and explorer (web/dist), then drop dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY src ./src
COPY scripts/build-web.ts ./scripts/
COPY web ./web
COPY operations ./operations
RUN npm run build && npm run build:web && npm prune --omit=dev

# Runtime stage: only what the server needs, run as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node schema ./schema
COPY --chown=node:node seeds ./seeds
COPY --from=build --chown=node:node /app/web/dist ./web/dist
COPY --chown=node:node operations/persisted-operations.json ./operations/
COPY --chown=node:node docs/querying.md ./docs/
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
