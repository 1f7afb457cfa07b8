// Reads a command line with Node's parseArgs; any mistake in it is a usage error (exit 2)
// printed with the command's usage text. Shared by `deck` and `present`.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { RecapError } from '../errors.js';

export function readCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  usage: string,
) {
  try {
    return parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>({
      args: argv,
      allowPositionals: true,
      strict: true,
      options,
    });
  } catch (error) {
    throw new RecapError(`${(error as Error).message}\n\n${usage}`, { exitCode: 2 });
  }
}
