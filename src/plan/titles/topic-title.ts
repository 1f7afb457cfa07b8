// A title for a page of a recap without headings, from its own words and never a body
// sentence cut short nor a link's text: its first bold phrase, else the topic its first
// paragraph leads into a list with ("My focus areas are:"), else its first sentence when that
// is short and whole, else a wrap-up's name when it opens with "Overall,", else the name it is
// about (main-name.ts), else `fallback`. A candidate that says nothing ("Published", "AWS") or
// stops on an open word ("… và") is passed over.
import type { Nodes, RootContent } from 'mdast';
import { alternation, LANGS, phrases } from '../../lexicon/lexicon.js';
import { mainName } from './main-name.js';
import { endsOpen, isGenericTitle } from './title-words.js';

const MAX = 60;
const SHORT_SENTENCE = 48;
const MIN = 3;
/** Marks where a link's words were: no title runs across one or is made of one. */
const LINK = '\uFFFC';
/** "X are:", "X include:", "X gồm:": X is what the list after it is about. */
const LEAD_IN = new RegExp(
  `(?:^|[,.;:!?]\\s+)([^,.;:!?\\uFFFC]{3,60}?)\\s+(?:${alternation('leadInVerbs')})\\s*[:：]`,
  'iu',
);
const JOIN = new RegExp(`^(?:${alternation('leadInJoins')})\\s+`, 'iu');
/** Words that open a wrap-up ("Overall, …"), and what such a page is called, per language. */
const WRAP_UP = LANGS.map((lang) => ({
  opens: new RegExp(`^(?:${alternation('wrapUpOpenings', lang)}),`, 'iu'),
  title: phrases('wrapUpTitle', lang)[0]!,
}));

export function topicTitle(blocks: RootContent[], fallback: string): string {
  let bold: string | undefined;
  const paragraphs: string[] = [];
  const texts: string[] = [];
  const walk = (node: Nodes, inLink: boolean): void => {
    const linked = inLink || node.type === 'link' || node.type === 'linkReference';
    if (!linked && bold === undefined && node.type === 'strong') {
      const text = clean(linkMarkedText(node));
      if (fits(text) && !linkMarkedText(node).includes(LINK) && !labelOnly(text, node)) bold = text;
    }
    if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
      const text = linkMarkedText(node);
      texts.push(text);
      if (!labelOnly(clean(text), node)) paragraphs.push(text);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, linked);
  };
  for (const block of blocks) walk(block, false);
  const first = paragraphs[0] ?? '';
  // A page that opens by wrapping up ("Overall, …") is the conclusion, whatever it puts in bold.
  const candidates = [
    () => WRAP_UP.find(({ opens }) => opens.test(first.trim()))?.title,
    () => bold,
    () => leadIn(first),
    () => shortSentence(first),
    () => mainName(texts.join('\n')),
  ];
  for (const candidate of candidates) {
    const title = candidate();
    if (title && fits(title)) return title;
  }
  return fallback;
}

function fits(text: string): boolean {
  return text.length >= MIN && text.length <= MAX && !isGenericTitle(text) && !endsOpen(text);
}

/** A node's words, with each link's words replaced by one mark. */
export function linkMarkedText(node: Nodes): string {
  if (node.type === 'link' || node.type === 'linkReference') return LINK;
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('alt' in node) return '';
  return 'children' in node ? node.children.map((child) => linkMarkedText(child as Nodes)).join('') : '';
}

/** A page furniture label and its value: "**Published:** June 3" or a label left empty. */
function labelOnly(text: string, node: Nodes): boolean {
  if (isGenericTitle(text)) return true;
  const head = /^([^:：]{1,24})[:：]/u.exec(text);
  return Boolean(head && isGenericTitle(head[1]!) && node.type !== 'heading');
}

function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s…]+/u, '')
    .replace(/[\s:：.,;…]+$/u, '')
    .trim();
}

/** The topic a first paragraph leads into its list with: "my top 5 announcements are:". */
function leadIn(text: string): string | undefined {
  const topic = LEAD_IN.exec(text.replace(/\s+/g, ' ').trim())?.[1]?.replace(JOIN, '');
  return topic ? capitalise(clean(topic)) : undefined;
}

/** The first sentence or lead-in clause, when it is short enough to be a title and whole. */
function shortSentence(text: string): string | undefined {
  if (/^\s*…/u.test(text)) return undefined;
  const sentence = /^(.+?)(?:[.!?](?:\s|$)|[:：]\s*$|[:：]\s*\n)/su.exec(text.trim())?.[1]?.trim();
  return sentence && sentence.length <= SHORT_SENTENCE && !sentence.includes('\n') && !sentence.includes(LINK)
    ? clean(sentence)
    : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
