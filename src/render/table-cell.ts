// A line break inside a table cell (a list the author kept in one cell) cannot be a
// Markdown line end there: it is written as `<br>`, which the engine's allowlist keeps.
import type { Handle } from 'mdast-util-to-markdown';
import { defaultHandlers } from 'mdast-util-to-markdown';

export const breakInCell: Handle = (node, parent, state, info) =>
  state.stack.includes('tableCell') ? '<br>' : defaultHandlers.break(node, parent, state, info);
