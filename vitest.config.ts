import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // Ceilings, not measures (ADR 015): a test that needs longer is stuck, not slow. They sit well
    // above the 10 s that findBy*/waitFor wait (testing/components/render-with-emulator.tsx), so a
    // component test with several waits on a busy 2-core machine fails on what it waited for.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'src/**/*.test.ts', 'testing/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['testing/components/setup-dom.ts'],
        },
      },
    ],
  },
});
