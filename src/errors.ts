// The one error type for expected failures (bad input, missing browser, ...), and
// the warning record every stage reports with a `file:line:col` location.

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
}

export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

export function formatWarning(warning: Warning): string {
  return warning.location ? `${formatLocation(warning.location)}: ${warning.message}` : warning.message;
}

/** Collects warnings while a stage runs; each build owns its own list. */
export class Warnings {
  readonly list: Warning[] = [];

  constructor(readonly file: string) {}

  add(message: string, position?: { line: number; column?: number }): void {
    const location = position
      ? { file: this.file, line: position.line, column: position.column ?? 1 }
      : undefined;
    this.list.push(location ? { message, location } : { message });
  }
}
