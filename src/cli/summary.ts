// The lines the CLI prints after a build: slides and notes, warnings with their recap
// line, each output with its size, the time each stage took, and fit results for --check.
import { relative, resolve } from 'node:path';
import { formatWarning, printable } from '../errors.js';
import type { BuildReport } from '../pipeline/build.js';
import { countedTitle } from '../model/deck.js';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function summary(report: BuildReport, display: string): string[] {
  const { deck } = report;
  const withNotes = deck.slides.filter((s) => s.notes.length > 0).length;
  const lines: string[] = [];
  const faults = report.warnings.filter((w) => !w.review).length;
  const reviews = report.warnings.length - faults;
  for (const warning of report.warnings)
    lines.push(`${warning.review ? 'review' : 'warning'}: ${formatWarning(warning)}`);
  const minutes = Math.max(1, Math.round(deck.timing.totalSeconds / 60));
  const talk = `${minutes} min talk${deck.timing.fromDuration ? ' (from duration)' : ' (estimated)'}`;
  lines.push(
    `${printable(display)}: ${deck.slides.length} slides, ${withNotes} with notes, ${talk}, ` +
      `${faults} warning${faults === 1 ? '' : 's'}` +
      (reviews ? `, ${reviews} review note${reviews === 1 ? '' : 's'}` : ''),
  );
  const shown = (path: string) =>
    relative(process.cwd(), path).startsWith('..') ? resolve(path) : relative(process.cwd(), path);
  const width = Math.max(0, ...report.outputs.map((o) => shown(o.path).length));
  for (const output of report.outputs)
    lines.push(`  ${printable(shown(output.path)).padEnd(width)}  ${formatSize(output.bytes).padStart(9)}`);
  const stages = [...report.timings.stages].map(([stage, ms]) => `${stage} ${formatMs(ms)}`);
  lines.push(`  time: ${stages.join(' · ')} · total ${formatMs(report.timings.total())}`);
  return lines;
}

/** For --check: one line per slide, with the recap line of any that does not fit. */
export function fitReport(report: BuildReport, display: string): string[] {
  const fits = report.fits ?? [];
  return fits.map((fit) => {
    const slide = report.deck.slides[fit.index]!;
    const title = countedTitle(slide);
    const label = `slide ${String(fit.index + 1).padStart(2)} ${slide.layout.padEnd(10)} ${title}`;
    return fit.fits
      ? `  ok    ${label}`
      : `  OVER  ${label} — ${fit.overflowPx}px past its edge ` +
          `at ${display}:${slide.origin.line}:${slide.origin.column}` +
          (fit.culprit ? ` (${fit.culprit})` : '');
  });
}

/** For --review: the notes to the author alone, each at its recap line, or that there are none. */
export function reviewReport(report: BuildReport, display: string): string[] {
  const notes = report.warnings.filter((w) => w.review);
  if (notes.length === 0) return [`${display}: nothing to review`];
  return notes.map((note) => formatWarning(note));
}
