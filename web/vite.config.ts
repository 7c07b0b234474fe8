import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Dev: the SPA on :5173 with /graphql (HTTP and graphql-ws) proxied to the API on :4000
 * (API_URL points it elsewhere, e.g. a second server on another port).
 * Build: web/dist, which the server serves at / with an SPA fallback to index.html.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: scripts/bundle-size.mjs reads it to hold Today's initial JS to budget.
    manifest: true,
    sourcemap: true,
    rolldownOptions: {
      // Libraries in one long-cached chunk, named for what it is.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
});
