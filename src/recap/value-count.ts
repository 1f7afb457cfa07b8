// Bounds the size of a front matter's data once it is parsed. A YAML alias is a reference, so
// nine levels of nine aliases parse in microseconds into a tree of a billion values, which any
// later walk or `String(value)` then expands (billion laughs): counting stops at a fixed limit.

/** More values than any page's front matter holds; a block past it is ignored. */
export const MAX_FRONT_MATTER_VALUES = 10_000;

/** Whether `data`, with every alias expanded, holds at most `limit` values; it stops at the limit. */
export function withinValueCount(data: unknown, limit = MAX_FRONT_MATTER_VALUES): boolean {
  let left = limit;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    left -= 1;
    if (left < 0) return false;
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (stack.length >= left) return false;
      stack.push(child);
    }
  }
  return true;
}
