import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * Two pages from one build: the app (index.html, every client route) and GraphiQL
 * (graphiql.html). Everything they load — scripts, styles, Monaco's workers, fonts — is
 * emitted into dist/web, so the app works with no network but the API's own.
 */
export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  // Monaco's workers split into chunks, which only ES module workers allow.
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(__dirname, '..', 'dist', 'web'),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) and ECharts are big by nature; they load only on their pages.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's modules start with React Compiler's "use no memo" directive, which a bundle drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        app: path.resolve(__dirname, 'index.html'),
        graphiql: path.resolve(__dirname, 'graphiql.html'),
      },
    },
  },
  server: {
    // `npx vite web` during development: the API runs on its own port.
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true }, '/claims': 'http://127.0.0.1:4000' },
  },
});
