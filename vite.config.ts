// The web app's build: Vite root is web/, output web/dist (served by the server in production); in development
// /api is proxied to the server on port 3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // DSFR's ~1,000 icons would otherwise be inlined into the CSS as data URIs (2 MB): as files, a page
    // downloads only the icons it shows.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    // The DSFR runtime (dsfr.module.js) is loaded on demand by react-dsfr and stays in its own chunk.
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      output: {
        // One long-lived vendor chunk for the libraries every page needs, so page chunks stay small.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler|react-router|@tanstack)\//.test(id)) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: {
    // Host kept as-is (changeOrigin false): the server's CSRF check accepts an Origin equal to the request's host.
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
