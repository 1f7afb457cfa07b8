// The one error type for expected failures (bad input, missing browser, ...), and
// the warning record every stage reports with a `file:line:col` location.
import type { VFile } from 'vfile';

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** Exit codes of the CLI: 1 for a failed build, 2 for a usage mistake. */
export type ExitCode = 1 | 2;

export class RecapError extends Error {
  readonly location: SourceLocation | undefined;
  readonly exitCode: ExitCode;
  /** The browser failed (missing, crashed, timed out), not the recap. */
  readonly fromBrowser: boolean;

  constructor(
    message: string,
    options: { location?: SourceLocation; exitCode?: ExitCode; cause?: unknown; fromBrowser?: boolean } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RecapError';
    this.location = options.location;
    this.exitCode = options.exitCode ?? 1;
    this.fromBrowser = options.fromBrowser ?? false;
  }

  /** The line the CLI prints: `recaps/x.md:12:3: reason`. */
  format(): string {
    return this.location ? `${formatLocation(this.location)}: ${this.message}` : this.message;
  }
}

export interface Warning {
  message: string;
  location?: SourceLocation;
  /** A note to the author on what only the recap can improve (a slide's title, say), not a fault. */
  review?: boolean;
}

/** The rule of a `vfile` message that is a review note (plan/review.ts). */
export const REVIEW_RULE = 'review';

export function formatLocation(location: SourceLocation): string {
  return `${printable(location.file)}:${location.line}:${location.column}`;
}

/**
 * A file name as one line of text: a line break or other control character in it (a folder may
 * be named so) is written as `\uXXXX`, so a message stays one line and a comment stays a comment.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function formatWarning(warning: Warning): string {
  return warning.location ? `${formatLocation(warning.location)}: ${warning.message}` : warning.message;
}

/**
 * The warnings a stage left on its `VFile` (`file.message(reason, point)`), as records the CLI
 * prints; a message without a place has no location.
 */
export function warningsOf(file: VFile): Warning[] {
  return file.messages.map((m) => {
    const review = m.ruleId === REVIEW_RULE ? { review: true } : {};
    return m.line === undefined
      ? { message: m.reason, ...review }
      : {
          message: m.reason,
          location: { file: String(file.path), line: m.line, column: m.column ?? 1 },
          ...review,
        };
  });
}
