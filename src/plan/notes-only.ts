// Blocks meant for the speaker alone (a picture that could not be found, a note the author
// left for themselves) carry `data.notesOnly`: the planner keeps them in the notes and off
// the slides. Missing pictures are marked here, unless the user asked to see placeholders.
import type { Paragraph, RootContent } from 'mdast';
import { filter } from 'unist-util-filter';
import { map } from 'unist-util-map';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { type Asset, isNotesOnly } from '../model/deck.js';
import { words } from '../model/text.js';
import type { Outline, Section } from '../recap/outline.js';

/** A block for the speaker alone: kept in the notes, off the slides and out of the handout. */
export function speakerOnly<T extends RootContent>(node: T): T {
  return { ...node, data: { ...node.data, notesOnly: true } };
}

/** What a slide shows of a block: a copy without its notes-only parts, or nothing. */
export function shownPart<T extends RootContent>(node: T): T | undefined {
  if (isNotesOnly(node)) return undefined;
  return filter(node, { cascade: true }, (n) => !isNotesOnly(n)) as T | undefined;
}

/** The notes-only parts of a block, outermost first, in order. */
export function hiddenParts(node: RootContent): RootContent[] {
  const parts: RootContent[] = [];
  visit(node, (n) => {
    if (!isNotesOnly(n)) return CONTINUE;
    parts.push(n as RootContent);
    return SKIP;
  });
  return parts;
}

/** Each missing picture becomes a notes-only line with its alt text and caption. */
export function hideMissingPictures(
  outline: Outline,
  assets: ReadonlyMap<string, Asset>,
  missingLabel: string,
): Outline {
  const hide = (blocks: RootContent[]): RootContent[] =>
    blocks.map(
      (block) =>
        map(block, (node) => {
          if (node.type !== 'figure' || assets.get((node as { url: string }).url)?.ok) return node;
          const { alt, caption, position } = node as RootContent & { alt: string; caption?: string };
          // A caption that repeats the alt text ("Giao diện CloudShell") is said once: the one
          // that holds every word of the other.
          const words = said(alt, caption).join(' — ');
          const note: Paragraph = {
            type: 'paragraph',
            children: [{ type: 'text', value: `📷 ${words ? `${words} ` : ''}(${missingLabel})` }],
            data: { notesOnly: true } as Paragraph['data'],
            ...(position ? { position } : {}),
          };
          return note;
        }) as RootContent,
    );
  const section = (s: Section): Section => ({
    ...s,
    blocks: hide(s.blocks),
    children: s.children.map(section),
  });
  return { ...outline, preamble: hide(outline.preamble), sections: outline.sections.map(section) };
}

/** Alt text and caption, or the one of them that holds every word of the other. */
function said(alt: string, caption: string | undefined): string[] {
  if (!alt || !caption) return [alt, caption ?? ''].filter(Boolean);
  const has = (whole: string, part: string) => {
    const all = new Set(words(whole));
    return words(part).every((word) => all.has(word));
  };
  if (has(caption, alt)) return [caption];
  if (has(alt, caption)) return [alt];
  return [alt, caption];
}
