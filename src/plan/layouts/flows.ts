// A chain of steps written with arrows ("commit → build → test → deploy") is drawn as a
// process flow: a row of step boxes when the chain is what the line says (after a short
// label), step chips inside the sentence otherwise. Only what the slide shows changes; the
// notes keep the recap's words.
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Flow, FlowChain, FlowStep } from '../../model/nodes.js';
import { alternation } from '../../lexicon/lexicon.js';
import { slice, trimStart } from '../../model/phrasing-slice.js';

const ARROW = /\s*(?:→|->|=>|⇒|➜|➔|⟶|⟹)\s*/u;
const MIN_STEPS = 3;
/** A step of a chain set as code that reads as a name: words, numbers, a dot, dash or slash. */
const NAMED_STEP = /^[\p{L}\d][\p{L}\d .\-/+]*$/u;
/** Words a step may have: more and it is a sentence, not a step. */
const STEP_WORDS = 5;
/** A label before a chain that is the whole line ("Demo pipeline: từ"). */
const LABEL = 48;
/** Words that only lead into the chain ("from commit → …"), which a label over the flow leaves
 * out, and verbs that lead into it ("Automates Source → Build"), which it keeps: the lexicon's. */
const FROM = alternation('chainFrom');
const LEAD = new RegExp(`\\s*(?:${FROM}|:)\\s*$`, 'iu');
const LEAD_WORD = new RegExp(`^(.*?(?:^|\\s)(?:${FROM}|${alternation('chainLeads')})\\s+)(.+)$`, 'iu');

/**
 * The block as the slide shows it, its arrow chains drawn as flows: a paragraph may become
 * its lead-in and a row of boxes, so a block can come back as two.
 */
export function withFlows(node: RootContent): RootContent[] {
  const root: Root = { type: 'root', children: [structuredClone(node)] };
  visit(root, (child, index, parent) => {
    if (child.type !== 'paragraph' || !parent || index === undefined) return undefined;
    const flow = blockFlow(child);
    if (flow) (parent.children as RootContent[]).splice(index, 1, ...flow);
    else child.children = inlineChains(child.children);
    return SKIP;
  });
  return root.children;
}

/**
 * A paragraph whose last line is a chain (after a short label), as the lines before it and
 * a row of boxes: "Overview of the lifecycle:" over Detect → Analyze → … is a flow too.
 */
function blockFlow(paragraph: Paragraph): RootContent[] | undefined {
  const cut = paragraph.children.map((c) => c.type).lastIndexOf('break');
  const lead = paragraph.children.slice(0, Math.max(0, cut));
  const text = plainText(paragraph.children.slice(cut + 1));
  if (text === undefined) return undefined;
  const chain = findChain(text);
  if (chain?.after.replace(/[.!;,)\s]/g, '') !== '' || chain.before.length > LABEL) return undefined;
  const flow: Flow = { type: 'flow', children: chain.steps.map(step) };
  // The label keeps its own formatting ("**Get Certified**: …"); a bracket that only held
  // the chain goes with it ("certifications (A → B → C)").
  const bracketed = /\(\s*$/u.test(chain.before) && /^\s*\)/u.test(chain.after);
  const label = (bracketed ? chain.before.replace(/\s*\(\s*$/u, '') : chain.before)
    .replace(LEAD, '')
    .trimEnd();
  const tail = paragraph.children.slice(cut + 1);
  const labelled = label.trim() ? trimStart(slice(tail, label.length)) : [];
  const before: PhrasingContent[] = [...lead, ...labelled];
  return before.length > 0 ? [{ ...paragraph, children: before }, flow] : [flow];
}

/**
 * The block with its arrow chains as step chips only, never a row of boxes: the text of a card,
 * a quarter to a half of the slide wide, where boxes in a row would not fit.
 */
export function withChips(node: RootContent): RootContent {
  const root: Root = { type: 'root', children: [structuredClone(node)] };
  visit(root, 'paragraph', (child) => {
    child.children = inlineChains(child.children);
    return SKIP;
  });
  return root.children[0]!;
}

/** Chains inside a sentence become step chips in it; so does a code span that is only a chain
 * ("`Telephony → Nova Sonic → Bedrock`"): the author set a pipeline apart, not code. */
function inlineChains(children: PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child, i): PhrasingContent[] => {
    if (child.type === 'inlineCode') {
      const chain = findChain(child.value);
      if (!chain || chain.before.trim() || chain.after.trim()) return [child];
      // Steps that read as names, not code ("a → b && make" stays code).
      if (!chain.steps.every((s) => NAMED_STEP.test(s))) return [child];
      return [{ type: 'flowChain', children: chain.steps.map(step) } as unknown as PhrasingContent];
    }
    // (A chain the author set in bold is chips in bold.)
    if (child.type === 'strong' || child.type === 'emphasis')
      return [{ ...child, children: inlineChains(child.children) }];
    if (child.type !== 'text') return [child];
    const chain = findChain(child.value);
    if (!chain) return [typeset(child)];
    const parts: PhrasingContent[] = [];
    if (chain.before) parts.push({ type: 'text', value: chain.before });
    const chip: FlowChain = { type: 'flowChain', children: chain.steps.map(step) };
    parts.push(chip as unknown as PhrasingContent);
    // (A full stop after chips that end the line only stands apart from them.)
    const stop = chain.after.trim() === '.' && i === children.length - 1;
    if (chain.after && !stop) parts.push({ type: 'text', value: chain.after });
    return parts;
  });
}

/** An arrow typed in ASCII between words ("retries -> overload", "=> Solution") is drawn as the
 * arrow it stands for; code keeps its own (inline code is no text node). */
function typeset(text: Text): Text {
  const value = text.value.replace(/(^|\s)->(?=\s)/gu, '$1→').replace(/(^|\s)=>(?=\s)/gu, '$1⇒');
  return value === text.value ? text : { ...text, value };
}

function step(text: string): FlowStep {
  return { type: 'flowStep', children: [{ type: 'text', value: text }] };
}

/** The steps of the first chain in `text`, and the text around it. */
function findChain(text: string): { before: string; steps: string[]; after: string } | undefined {
  const pieces = text.split(ARROW);
  if (pieces.length < MIN_STEPS) return undefined;
  const middle = pieces.slice(1, -1).map((p) => p.trim());
  if (middle.some((p) => p === '' || words(p) > STEP_WORDS)) return undefined;
  // The first step: the words after the last clause break before the first arrow.
  const head = pieces[0]!;
  const firstAt = Math.max(head.lastIndexOf(': '), head.lastIndexOf(', '), head.lastIndexOf('('));
  let first = head.slice(firstAt + 1).trim();
  let before = head.slice(0, head.length - first.length);
  const lead = LEAD_WORD.exec(first);
  if (lead) {
    before += lead[1];
    first = lead[2]!;
  }
  // "mô hình Speech-to-Text → LLM": the words in lower case before a name lead into it.
  const lower = /^((?:[\p{Ll}\d]+\s+)+)(?=\S*\p{Lu})/u.exec(first);
  if (lower) {
    before += lower[1];
    first = first.slice(lower[1]!.length);
  }
  // The ends are steps like the middle ones, not the sentence around the chain: an end that
  // runs longer keeps only the name next to the arrow ("processing of WebRTC → STT", "TTS
  // streams …"), and a chain with no such name, or a bracket at an end, is left as written.
  const longest = Math.max(3, Math.max(...middle.map(words)) + 2);
  const fits = (s: string) => s !== '' && words(s) <= longest && !/[()]/u.test(s);
  if (!fits(first)) {
    const name = nameRun(first.split(/\s+/).reverse()).reverse().join(' ');
    before += first.slice(0, first.length - name.length);
    first = name;
  }
  const tail = pieces[pieces.length - 1]!;
  const clause = tail.slice(0, tail.search(/[.;,)](?:\s|$)|$/u)).trim();
  const last = fits(clause) ? clause : nameRun(clause.split(/\s+/)).join(' ');
  const after = tail.slice(tail.indexOf(last) + last.length);
  if (!fits(first) || !fits(last)) return undefined;
  return { before, steps: [first, ...middle, last], after };
}

/** The words from the start that read as names (a capital or a digit in each). */
function nameRun(words: string[]): string[] {
  const end = words.findIndex((word) => !/[\p{Lu}\d]/u.test(word));
  return words.slice(0, end === -1 ? words.length : end);
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** The text of plain or emphasised runs; undefined when anything else (a link, code) is there. */
function plainText(children: PhrasingContent[]): string | undefined {
  let text = '';
  for (const child of children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'strong' || child.type === 'emphasis') {
      const inner = plainText(child.children);
      if (inner === undefined) return undefined;
      text += inner;
    } else return undefined;
  }
  return text;
}
