// Emoji in the handout's notes drawn as the deck draws them on slides (Twemoji pictures), not
// as text: the handout embeds only the theme's fonts, which have no emoji, so a character
// would print as an empty box. Symbols shown as text (→, ★, ©) stay text.
import type { ElementContent, Root, RootContent } from 'hast';

/** A pictograph marked as a picture (U+FE0F) or with its skin tone, or one with emoji presentation. */
const PICTURE = [
  '[\\p{Emoji_Presentation}\\p{Extended_Pictographic}](?:\\uFE0F|\\p{Emoji_Modifier})',
  '\\p{Emoji_Presentation}',
].join('|');
/** A part joined to the picture before it (U+200D), marked or toned or not. */
const JOINED = '\\u200D[\\p{Extended_Pictographic}\\p{Emoji_Presentation}](?:\\uFE0F|\\p{Emoji_Modifier})?';

/** An emoji shown as a picture: a flag; a keycap; one with emoji presentation, or any marked so
 * (U+FE0F), with its skin tone and joined parts. */
const EMOJI = new RegExp(
  ['\\p{Regional_Indicator}{2}', '[#*0-9]\\uFE0F?\\u20E3', `(?:${PICTURE})(?:${JOINED})*`].join('|'),
  'gu',
);

/** Pictures point at the engine's placeholder; `inlineEmoji` (engine.ts) embeds them. */
export function drawEmoji(tree: Root): Root {
  return { ...tree, children: tree.children.flatMap((node) => draw(node) as RootContent | RootContent[]) };
}

function draw(node: RootContent | ElementContent): RootContent | ElementContent | ElementContent[] {
  if (node.type === 'element')
    return { ...node, children: node.children.flatMap((child) => draw(child) as ElementContent) };
  const matches = node.type === 'text' ? [...node.value.matchAll(EMOJI)] : [];
  if (node.type !== 'text' || matches.length === 0) return node;
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of matches) {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const code = [...match[0]].map((c) => c.codePointAt(0)!.toString(16)).join('-');
    parts.push({
      type: 'element',
      tagName: 'img',
      properties: { className: ['emoji'], alt: match[0], src: `recap-deck-emoji:svg/${code}.svg` },
      children: [],
    });
    last = match.index + match[0].length;
  }
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
