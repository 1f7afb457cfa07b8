// Reads the values of `npm run deck`'s options one by one (args.ts reads the command line):
// numbers, words from a list, formats. A value out of place is a usage error (exit 2).
import { RecapError } from '../errors.js';
import type { Format } from '../pipeline/build.js';

const FORMATS: readonly Format[] = ['html', 'pdf', 'pptx', 'handout'];

export function positiveNumber(flag: string, value: string, integer: boolean): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number)))
    throw new RecapError(`${flag} needs a positive ${integer ? 'whole ' : ''}number, not "${value}"`, {
      exitCode: 2,
    });
  if (number > 10_000) throw new RecapError(`${flag} ${value} is more than 10000`, { exitCode: 2 });
  return number;
}

export function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new RecapError(`${flag} is one of ${choices.join(', ')}, not "${value}"`, { exitCode: 2 });
}

/** The formats of `--format` (all when it is not given), each once. */
export function formatsOf(value: string | undefined): Format[] {
  const formats = (value ?? FORMATS.join(','))
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format));
  if (formats.length === 0)
    throw new RecapError(`--format needs at least one of ${FORMATS.join(', ')}`, { exitCode: 2 });
  if (unknown.length > 0)
    throw new RecapError(`unknown format "${unknown.join(', ')}"; choose from ${FORMATS.join(', ')}`, {
      exitCode: 2,
    });
  return [...new Set(formats)] as Format[];
}
