// The handout's styles: A4 pages holding one centred column of cards, a slide above its notes
// (or, for a light slide with little to say, beside them or two to a row); notes set by part
// (what to say, then the labelled connections and terms). Marp's print styles make every
// slide a page of its own; these undo that.

/** Millimetres: the column (the width of a slide above its notes) centred on an A4 page, and
 * the page's margins (its header and footer sit in them, aligned with the column). */
const COLUMN = 124;
const WIDTH = 210;
export const HANDOUT_PAGE = { width: WIDTH, height: 297, top: 20, bottom: 18, side: (WIDTH - COLUMN) / 2 };

const CONTENT = COLUMN;

export const HANDOUT_STYLE = [
  '',
  `@page { size: A4; margin: ${HANDOUT_PAGE.top}mm ${HANDOUT_PAGE.side}mm ${HANDOUT_PAGE.bottom}mm; }`,
  'html, body { margin: 0; padding: 0; background: #fff; break-inside: auto !important; ' +
    'page-break-inside: auto !important; }',
  `body { --gap: 7mm; --gutter: 6mm; width: ${CONTENT}mm; ` +
    `font-family: 'Be Vietnam Pro', 'Noto Sans Symbols', sans-serif;`,
  '  color: #16191f; font-size: 10pt; line-height: 1.5; }',
  'div.marpit > svg[data-marpit-svg] { display: block; width: 100% !important; height: 100% !important; }',
  'div.marpit > svg > foreignObject > section { break-before: auto !important; ' +
    'page-break-before: auto !important; }',
  `.hd-flow, .hd-sheet { width: ${CONTENT}mm; }`,
  '.hd-sheet { break-after: page; }',
  '.hd-sheet:last-child { break-after: auto; }',
  '.hd-sheet > * + * { margin-top: var(--gap); }',
  '.hd-card { width: 100%; }',
  '.hd-slide { aspect-ratio: 16 / 9; border: 0.3mm solid #d5dbdb; border-radius: 1.5mm; overflow: hidden;',
  '  break-inside: avoid; }',
  '.hd-card { overflow: hidden; }',
  '/* Nothing may be wider than the column: Chromium would shrink every page to fit it. */',
  '.hd-notes { padding: 3mm 1mm 0; overflow-wrap: anywhere; }',
  '.hd-notes pre { margin: 0 0 1.8mm; padding: 1.5mm 2mm; white-space: pre-wrap; background: #f2f4f6;',
  `  border-radius: 0.8mm; font-family: 'JetBrains Mono', monospace; font-size: 8pt; line-height: 1.4; }`,
  '.hd-notes pre code { background: none; padding: 0; font-size: inherit; }',
  '.hd-notes table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 1.8mm; ' +
    'font-size: 8.5pt; }',
  '.hd-notes th, .hd-notes td { padding: 0.6mm 1.2mm; border-bottom: 0.2mm solid #d5dbdb; text-align: left;',
  '  vertical-align: top; }',
  '.hd-notes img:not(.emoji) { max-width: 100%; height: auto; }',
  '.hd-notes blockquote { margin: 0 0 1.8mm; padding-left: 3mm; border-left: 0.6mm solid #d5dbdb; ' +
    'color: #414d5c; }',
  '.hd-notes > :last-child, .hd-notes li:last-child { margin-bottom: 0; }',
  '.hd-notes p { margin: 0 0 1.8mm; }',
  '.hd-notes ul, .hd-notes ol { margin: 0 0 1.8mm; padding-left: 5mm; }',
  '.hd-notes li { margin: 0 0 0.8mm; }',
  '.hd-notes li > p { margin: 0; }',
  '.hd-notes li.hd-cont-item { list-style: none; }',
  '.hd-notes strong { font-weight: 600; color: #232f3e; }',
  '.hd-notes img.emoji { width: 1em; height: 1em; margin: 0 0.05em 0 0.1em; vertical-align: -0.1em; }',
  '.hd-notes a { color: #0972d3; text-decoration: none; }',
  `.hd-notes code { font-family: 'JetBrains Mono', monospace; font-size: 8.5pt; background: #f2f4f6; ` +
    'padding: 0 0.6mm;',
  '  border-radius: 0.6mm; }',
  '.hd-notes .note-links, .hd-notes .note-terms { font-size: 9pt; color: #414d5c; }',
  '.hd-notes .note-label { margin: 2.6mm 0 0.8mm; font-size: 7pt; letter-spacing: 0.08em; ' +
    'text-transform: uppercase;',
  '  color: #5f6b7a; }',
  '.hd-notes .note-label strong { color: inherit; }',
  '.hd-notes > .note-label:first-child { margin-top: 0; }',
  '.hd-row { display: flex; justify-content: space-between; align-items: flex-start; }',
  '.hd-card.hd-half { width: calc((100% - var(--gutter)) / 2); }',
  '.hd-half .hd-notes { font-size: 9pt; }',
  '.hd-card.hd-side { display: grid; grid-template-columns: 1fr 1fr; column-gap: var(--gutter); ' +
    'align-items: start; }',
  '.hd-side .hd-notes { padding: 0 1mm; font-size: 9pt; }',
  '.hd-cont-head { display: flex; gap: 1.5mm; margin: 0 1mm; padding-left: 2mm; ' +
    'border-left: 0.8mm solid #ec7211;',
  '  font-size: 8pt; line-height: 1.4; color: #5f6b7a; white-space: nowrap; }',
  '.hd-cont-title { overflow: hidden; text-overflow: ellipsis; font-weight: 600; color: #232f3e; }',
  '.hd-cont-mark { flex: none; }',
  '.hd-cont .hd-notes { padding-top: 2mm; }',
  `.hd-probe { position: absolute; left: 0; top: 0; width: ${CONTENT}mm; visibility: hidden; }`,
  '.hd-probe .hd-gap { height: var(--gap); }',
  '',
].join('\n');
