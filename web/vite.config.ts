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
      // The charting code (visx, d3 and what they pull in) apart, loaded with /progress only.
      output: {
        codeSplitting: {
          // A group keeps to the modules it names: React stays in vendor rather than following visx.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'charts', priority: 1, test: /node_modules[\\/](@visx|d3-[a-z-]+|internmap|delaunator|robust-predicates|classnames|reduce-css-calc|reduce-function-call|balanced-match|math-expression-evaluator)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
