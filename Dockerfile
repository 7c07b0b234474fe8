# Multi-stage build for docker-compose.yml: `server` runs the API (and can serve the SPA),
# `web` serves the built SPA with nginx and proxies /graphql (HTTP and WebSocket) to the server.
FROM node:24-slim AS build
RUN npm install -g pnpm@10.34.9
WORKDIR /repo
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY server/package.json server/
COPY web/package.json web/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build && pnpm --filter @repwise/server deploy --prod --legacy /out/server

FROM node:24-slim AS server
ENV NODE_ENV=production PORT=4000
WORKDIR /app/server
COPY --from=build /out/server ./
COPY --from=build /repo/web/dist /app/web/dist
# The SPA sends only the hashes of its documents; the server looks them up here.
COPY --from=build /repo/web/src/gql/persisted-documents.json /app/web/src/gql/persisted-documents.json
USER node
EXPOSE 4000
CMD ["node", "--enable-source-maps", "dist/main.js"]

FROM nginx:1.29-alpine AS web
COPY web/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/web/dist /usr/share/nginx/html
