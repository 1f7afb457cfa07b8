// The tests StrykerJS runs against each mutant of the plan stage (`npm run test:mutate`): the pure
// plan tests and the fixture goldens, without the corpus-wide and property runs, which would
// take minutes a mutant and test the same rules again.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/plan/**/*.test.ts', 'test/pipeline/fixtures.test.ts'],
    testTimeout: 20_000,
  },
});
