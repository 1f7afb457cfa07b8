// The nothing-lost check: every word of the recap body (front matter, markup and URLs
// aside) must appear on a slide or in that slide's notes, in the source's order (within
// one slide, in any order). Returns the words that went missing, with their recap line.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Deck, Slide } from '../model/deck.js';
import '../model/nodes.js';
import { plainNotes, slideText } from './plain-text.js';

export interface LostWord {
  word: string;
  line: number;
  column: number;
}

const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+/gi;

export function words(text: string): string[] {
  return (text.normalize('NFC').replace(URL, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

/** The recap's words in order, each with where it was written. */
export function recapWords(tree: Root): LostWord[] {
  const out: LostWord[] = [];
  visit(tree, (node) => {
    const value = node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' ? node.value : node.type === 'figure' ? (node.caption ?? '') : undefined;
    if (value === undefined) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    for (const word of words(value)) out.push({ word, line: start.line, column: start.column });
  });
  return out;
}

function slideWords(slide: Slide): string[] {
  return words(`${slideText(slide)}\n${plainNotes(slide.notes)}`);
}

export function findLostWords(tree: Root, deck: Deck, titleLine?: number): LostWord[] {
  const slides = deck.slides.map(slideWords);
  // The title slide stands outside the flow: it gathers the H1, the front matter and the
  // lines around the H1, wherever the recap put them.
  const titleWords = new Set(deck.slides[0]?.layout === 'title' ? slides[0] : []);
  const lost: LostWord[] = [];
  let slide = 0;
  let position = 0;
  for (const token of recapWords(tree)) {
    if (titleWords.has(token.word) && (slide === 0 || token.line === titleLine)) continue;
    const found = seek(slides, slide, position, token.word);
    if (found) [slide, position] = [found[0], found[1] + 1];
    else if (slides[slide]?.includes(token.word)) continue;
    else lost.push(token);
  }
  return lost;
}

function seek(slides: string[][], fromSlide: number, fromPosition: number, word: string): [number, number] | undefined {
  for (let s = fromSlide; s < slides.length; s += 1) {
    const index = slides[s]!.indexOf(word, s === fromSlide ? fromPosition : 0);
    if (index !== -1) return [s, index];
  }
  return undefined;
}
