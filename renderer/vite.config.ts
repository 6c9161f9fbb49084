import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The desktop app loads everything from disk: one chunk avoids nothing, many small ones cost nothing.
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: true },
});
