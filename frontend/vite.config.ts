/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built SPA goes straight into the module's classes so Maven packages it under public/,
// which the backend serves at /.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      output: {
        // React, React DOM and the router change only on upgrades: one long-cached chunk that every
        // page needs. Mantine is left to Rollup, which splits it by the pages that use each component,
        // so the first load carries only the shell's share of it.
        manualChunks(id) {
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react';
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/health': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Pages are lazy chunks transformed on first import; on a busy 2-core build machine that alone can take
    // longer than Vitest's 5 s default.
    testTimeout: 20_000,
  },
});
