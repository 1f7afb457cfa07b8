// Cuts inline content by the character offsets of its plain text (as phrasingText reads it,
// a line break one character), keeping every piece's formatting.
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The phrasing cut after `end` characters of its plain text, formatting kept. */
export function slice(children: PhrasingContent[], end: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let left = end;
  for (const child of children) {
    if (left <= 0) break;
    const length = child.type === 'break' ? 1 : toString(child).length;
    if (length <= left) out.push(child);
    // A chain of steps is shown whole or not at all.
    else if ((child as { type: string }).type === 'flowChain') break;
    else if (child.type === 'text' || child.type === 'inlineCode')
      out.push({ ...child, value: child.value.slice(0, left) });
    else if ('children' in child)
      out.push({ ...child, children: slice(child.children as PhrasingContent[], left) } as PhrasingContent);
    left -= length;
  }
  return out;
}

/** The phrasing between two offsets of its plain text, formatting kept. */
export function between(children: PhrasingContent[], start: number, end: number): PhrasingContent[] {
  return drop(slice(children, end), start);
}

function drop(children: PhrasingContent[], count: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let left = count;
  for (const child of children) {
    const length = child.type === 'break' ? 1 : toString(child).length;
    if (left >= length) {
      left -= length;
      continue;
    }
    if (left === 0) out.push(child);
    else if (child.type === 'text' || child.type === 'inlineCode')
      out.push({ ...child, value: child.value.slice(left) });
    else if ('children' in child)
      out.push({ ...child, children: drop(child.children as PhrasingContent[], left) } as PhrasingContent);
    left = 0;
  }
  return out;
}

/** Phrasing that now starts a line (a label or a cut taken from before it) starts with a capital,
 * as a line does. */
export function capitalised(children: PhrasingContent[]): PhrasingContent[] {
  const [head, ...tail] = children;
  if (head?.type !== 'text' || !/^\p{Ll}/u.test(head.value)) return children;
  return [{ ...head, value: head.value.charAt(0).toLocaleUpperCase() + head.value.slice(1) }, ...tail];
}

/** The phrasing without the space it opens with, or what else `lead` matches there (an
 * empty first text goes). */
export function trimStart(children: PhrasingContent[], lead = /^\s+/u): PhrasingContent[] {
  const [head, ...tail] = children;
  if (head?.type !== 'text') return children;
  const value = head.value.replace(lead, '');
  return value ? [{ ...head, value }, ...tail] : tail;
}

/** The phrasing without the space or line break it ends with (an emptied last text goes). */
export function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type === 'break') out.pop();
    else if (last.type === 'text') {
      const value = last.value.replace(/\s+$/u, '');
      if (value === '') out.pop();
      else {
        out[out.length - 1] = { ...last, value };
        break;
      }
    } else break;
  }
  return out;
}
