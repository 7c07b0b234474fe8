import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Dev: the SPA on :5173 with /graphql (HTTP and graphql-ws) proxied to the API on :4000
 * (API_URL points it elsewhere, e.g. a second server on another port).
 * Build: web/dist, which the server serves at / with an SPA fallback to index.html.
 */
export default defineConfig({
  plugins: [
    react(),
    // Installable, and the app shell loads with no network: a Workbox service worker precaches the
    // built files (revisioned, so a deploy replaces them) and answers navigations with index.html.
    // /graphql is never cached: the logger's offline writes go through the set outbox instead
    // (features/offline). `prompt`: a new version waits for the athlete's Reload, never mid-set.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The icons are in the precache already (globPatterns): listing them twice makes Workbox refuse the list.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Repwise',
        short_name: 'Repwise',
        description: 'Plan, log and watch strength training — logging works offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0f172a',
        background_color: '#f4f5f7',
        icons: [
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        navigateFallback: '/index.html',
        // The API (HTTP and graphql-ws) always goes to the network.
        navigateFallbackDenylist: [/^\/graphql/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // Only the built app: source maps stay on the server for whoever opens dev tools.
        globIgnores: ['**/*.map', '.vite/**'],
      },
    }),
  ],
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
