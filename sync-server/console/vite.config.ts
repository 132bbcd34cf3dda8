// The console is served by gridwork-server under /console/; its API is /api/console/v1/.
// GRIDWORK_CONSOLE_OUT: where the build goes (the CMake build dir; never the source tree).
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  build: {
    outDir: process.env.GRIDWORK_CONSOLE_OUT || 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  test: { environment: 'node', include: ['tests/**/*.test.ts'] },
} as any)
