// A title for a page of a recap without headings, from its own words and never a body
// sentence cut short: its first bold phrase, else its first sentence when that is short and
// whole, else the name it is about (the most frequent capitalised phrase), else `fallback`.
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

const MAX = 60;
const SHORT_SENTENCE = 48;
const MIN = 3;
/** A capitalised word ("Amazon", "OpenTelemetry", "S3", "re:Invent" aside) and the small words between two. */
const CAPITAL = /^(?:\p{Lu}[\p{L}\d'’-]*|\d+\p{L}*)$/u;
const JOINER = /^(?:of|for|the|and|&|on|in|de|và|của)$/iu;
/** Words that open sentences and name nothing. */
const OPENERS = new Set(
  'The A An This That These Those It Its We Our I My You Your He She They There Here Now Then So But And Or If When While After Before Overall Also Many Some All Each Every One First Next Finally Today Yesterday Đây Những Các Một Trong Khi Sau Trước Với Tôi Em Mình Chúng Ngoài Cuối Nhìn'.split(
    ' ',
  ),
);

export function topicTitle(blocks: RootContent[], fallback: string): string {
  let bold: string | undefined;
  let first: string | undefined;
  const texts: string[] = [];
  for (const block of blocks) {
    visit(block, (node) => {
      if (bold === undefined && node.type === 'strong') {
        const text = clean(toString(node));
        if (text.length >= MIN && text.length <= MAX) bold = text;
      }
      if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
        const text = toString(node as { children: PhrasingContent[] });
        texts.push(text);
        first ??= text;
      }
    });
  }
  return bold ?? shortSentence(first ?? '') ?? mainName(texts.join('\n')) ?? fallback;
}

function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s…]+/u, '')
    .replace(/[\s:：.,;…]+$/u, '')
    .trim();
}

/** The first sentence or lead-in clause, when it is short enough to be a title and whole. */
function shortSentence(text: string): string | undefined {
  if (/^\s*…/u.test(text)) return undefined;
  const sentence = /^(.+?)(?:[.!?](?:\s|$)|[:：]\s*$|[:：]\s*\n)/su.exec(text.trim())?.[1]?.trim();
  return sentence && sentence.length <= SHORT_SENTENCE && !sentence.includes('\n')
    ? clean(sentence)
    : undefined;
}

/** The capitalised phrase the page mentions most (a name, a service, an event). */
function mainName(text: string): string | undefined {
  const counts = new Map<string, number>();
  // Names never run across a clause: split at punctuation first.
  for (const clause of text.split(/[.,:;!?()[\]"“”\n…]+/u)) {
    const words = clause.trim().split(/\s+/);
    let i = 0;
    while (i < words.length) {
      const start = i;
      i += 1;
      if (!CAPITAL.test(words[start]!) || (start === 0 && OPENERS.has(words[start]!))) continue;
      while (
        i < words.length &&
        (CAPITAL.test(words[i]!) || (JOINER.test(words[i]!) && CAPITAL.test(words[i + 1] ?? '')))
      )
        i += 1;
      const name = words.slice(start, i).join(' ');
      // A single capitalised word is a name only when it is an acronym or has inner capitals.
      const single = i - start === 1;
      if ((single && !/\p{Lu}.*\p{Lu}|\d/u.test(name)) || name.length > MAX) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  const score = (name: string) => counts.get(name)! * 2 + name.split(' ').length;
  for (const name of counts.keys()) if (!best || score(name) > score(best)) best = name;
  return best;
}
