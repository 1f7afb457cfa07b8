// Runs a command's main function and exits with the code it returns. An expected failure
// (RecapError) is printed as one line with its own exit code; anything else is a bug and
// keeps its stack. Shared by `deck` and `present`, the only places that exit.
import { RecapError } from '../errors.js';

export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof RecapError) {
        console.error(`error: ${error.format()}`);
        process.exit(error.exitCode);
      }
      console.error(error);
      process.exit(1);
    },
  );
}
