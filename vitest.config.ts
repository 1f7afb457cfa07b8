// Three suites: `unit` (pure: no process spawned, no browser), `cli` (*.cli.test.ts: spawn
// scripts/run.mjs as a user runs it) and `browser` (*.browser.test.ts: real decks in Chromium).
// `npm test` runs all three; CI runs `npm test`.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.cli.test.ts', 'test/**/*.browser.test.ts'],
          testTimeout: 20_000,
          // Pure tests share their workers' modules (no test mocks or sets global state), so
          // the planner is loaded and warmed up once per worker rather than once per file, and
          // they use every core (vitest's default leaves one free, i.e. one worker on two).
          isolate: false,
          maxWorkers: availableParallelism(),
          // Projects with their own worker counts run one after another: unit, cli, browser.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'cli',
          include: ['test/**/*.cli.test.ts'],
          testTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
