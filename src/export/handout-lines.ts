// In the page: the lines of a block of running text, as the browser set them. Sent to the
// page as source (see handout-measure.ts, handout-apply.ts); it must stay self-contained.

/** Where each line of an element's text ends and the next begins (viewport y, one fewer than
 * its lines): half way between one line's glyphs and the next's. */
export function lineEnds(element: Element): number[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  const lines: { top: number; bottom: number }[] = [];
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  for (const rect of rects.sort((a, b) => a.top - b.top)) {
    const line = lines.at(-1);
    // Rects of one line overlap (bold, code and plain runs differ a little in height).
    if (line && rect.top < line.bottom - 1) line.bottom = Math.max(line.bottom, rect.bottom);
    else lines.push({ top: rect.top, bottom: rect.bottom });
  }
  return lines.slice(1).map((line, i) => (lines[i]!.bottom + line.top) / 2);
}
