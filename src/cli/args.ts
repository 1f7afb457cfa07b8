// Reads the command line of `npm run deck`: recap names (or --all, a --shard of them, or
// --index-only), formats, output folder and the fit options. Mistakes are usage errors (exit 2).
import { RecapError } from '../errors.js';
import { readCommandLine } from './command-line.js';
import type { Format, NotesMode, PptxMode } from '../pipeline/build.js';
import { formatsOf, oneOf, positiveNumber } from './option-values.js';
import { parseShard, type Shard } from './shard.js';

export interface CliOptions {
  names: string[];
  all: boolean;
  /** With --all: build only this slice of the recaps. */
  shard?: Shard;
  /** Write <out>/index.html from the decks already in the output folder; build nothing. */
  indexOnly: boolean;
  formats: Format[];
  outDir: string;
  recapsDir: string;
  staticDir?: string;
  check: boolean;
  /** Print the notes to the author (what only the recap can improve) alone; build nothing. */
  review: boolean;
  allowOverflow: boolean;
  help: boolean;
  quiet: boolean;
  maxSlides?: number;
  imageScale?: number;
  allowRemoteImages: boolean;
  strict: boolean;
  placeholders: boolean;
  notes: NotesMode;
  pptx: PptxMode;
}

export const USAGE = `Usage: npm run deck <name> [-- options]
       npm run deck -- --all [--shard I/N] [options]
       npm run deck -- --index-only [--out DIR]

Turns recaps/<name>.md into decks/<name>.md (Marp), .html (present it in a browser),
.pdf, .handout.pdf and .pptx, with speaker notes.

Options:
  --all                 build every recap in recaps/, and decks/index.html listing them
  --shard I/N           with --all: build only every N-th recap in name order, starting with
                        the I-th (1 <= I <= N), and no index; N machines build a site together
  --index-only          write decks/index.html from the decks already in the output folder
                        (e.g. the shards' folders joined); build nothing
  --format LIST         outputs to make, comma-separated: html,pdf,pptx,handout (default: all)
  --out DIR             folder for the outputs (default: decks)
  --recaps DIR          folder of the recaps (default: recaps)
  --static DIR          Hugo static folder for /images/... paths (default: static beside recaps/)
  --check               measure every slide in the browser and report which do not fit; write nothing
  --review              list what only the recap can improve (slides titled by a label, parts
                        sharing a name), each at its recap line; write nothing, exit 0
  --max-slides N        warn when a deck has more than N slides (default 200; it is built anyway)
  --image-scale N       size of the PPTX pictures: 1.5 = 1920x1080 (default), 2 = 2560x1440 (marp-cli's)
  --allow-remote-images fetch http(s) images at build time and embed them (off by default)
  --strict              exit 1 when a slide still overflows or a picture is missing (the deck is written)
  --placeholders        show a box where a picture is missing (for drafting; hidden by default)
  --notes MODE          speaker (default): what to say, links, terms and cues; plain: the recap's own text
  --pptx MODE           editable (default): native text and shapes; pictures: one picture per slide
  --quiet               print only errors and the summary
  -h, --help            show this help

Exit codes: 0 ok, 1 build error, 2 usage error.`;

export function parseCli(argv: string[]): CliOptions {
  const options = optionsOf(readArgs(argv));
  if (!options.help) checkChoice(options);
  return options;
}

function readArgs(argv: string[]) {
  return readCommandLine(
    argv,
    {
      all: { type: 'boolean', default: false },
      shard: { type: 'string' },
      'index-only': { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string', default: 'decks' },
      recaps: { type: 'string', default: 'recaps' },
      static: { type: 'string' },
      check: { type: 'boolean', default: false },
      review: { type: 'boolean', default: false },
      'allow-overflow': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'max-slides': { type: 'string' },
      'image-scale': { type: 'string' },
      'allow-remote-images': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      placeholders: { type: 'boolean', default: false },
      notes: { type: 'string', default: 'speaker' },
      pptx: { type: 'string', default: 'editable' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
}

/** The options as given, each checked on its own (parseCli then checks them together). */
function optionsOf({ values, positionals }: ReturnType<typeof readArgs>): CliOptions {
  const options: CliOptions = {
    names: positionals,
    all: values.all ?? false,
    indexOnly: values['index-only'] ?? false,
    formats: formatsOf(values.format),
    outDir: values.out ?? 'decks',
    recapsDir: values.recaps ?? 'recaps',
    check: values.check ?? false,
    review: values.review ?? false,
    allowOverflow: values['allow-overflow'] ?? false,
    help: values.help ?? false,
    quiet: values.quiet ?? false,
    allowRemoteImages: values['allow-remote-images'] ?? false,
    strict: values.strict ?? false,
    placeholders: values.placeholders ?? false,
    notes: oneOf('--notes', values.notes ?? 'speaker', ['speaker', 'plain'] as const),
    pptx: oneOf('--pptx', values.pptx ?? 'editable', ['editable', 'pictures'] as const),
  };
  if (values['max-slides'] !== undefined)
    options.maxSlides = positiveNumber('--max-slides', values['max-slides'], true);
  if (values['image-scale'] !== undefined)
    options.imageScale = positiveNumber('--image-scale', values['image-scale'], false);
  if (values.static) options.staticDir = values.static;
  if (values.shard !== undefined) options.shard = parseShard(values.shard);
  return options;
}

/** What to build, said one way only: names, --all (perhaps a --shard of it), or --index-only. */
function checkChoice(options: CliOptions): void {
  if (options.indexOnly) {
    checkIndexOnly(options);
    return;
  }
  if (options.shard && !options.all)
    throw usage(`--shard slices the recaps of --all: \`npm run deck -- --all --shard 1/4\``);
  if (options.all && options.names.length > 0)
    throw usage(`--all builds every recap; give it no names (${options.names.join(', ')})`);
  if (!options.all && options.names.length === 0)
    throw usage('which recap? Give its name, e.g. `npm run deck event-4`.');
}

function checkIndexOnly(options: CliOptions): void {
  const clash = [
    options.names.length > 0 && 'recap names',
    options.all && '--all',
    options.shard && '--shard',
    options.check && '--check',
    options.review && '--review',
  ].filter(Boolean);
  if (clash.length > 0) throw usage(`--index-only builds nothing, so it takes no ${clash.join(' or ')}`);
}

function usage(message: string): RecapError {
  return new RecapError(`${message}\n\n${USAGE}`, { exitCode: 2 });
}
