# The API image for docker-compose.yml. It always talks to a Neo4j server (NEO4J_URI);
# the embedded Neo4j is for machines without Docker and is not part of the image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY scripts scripts
COPY cypher cypher
COPY schema schema
COPY web web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/cypher cypher
# npm's CLI scripts (`docker compose exec api npm run keys -- create …`) run dist/ through this
# launcher; with no src/ and no compiler in the image it runs dist/ as built.
COPY --from=build /app/scripts/run-compiled.cjs scripts/run-compiled.cjs
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/main.js"]
