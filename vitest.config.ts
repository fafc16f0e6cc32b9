import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests share one real Redis; files run one at a time so their
    // prefixes, ports and child redis-servers never contend on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 20_000,
  },
});
