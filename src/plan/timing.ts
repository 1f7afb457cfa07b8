// How long each slide should take to present: its notes read at a speaking pace (plus
// time to look at tables and pictures), scaled to the recap's `duration` when it has one.
import type { Deck, Lang, Slide } from '../model/deck.js';
import { words } from '../model/text.js';
import { plainNotes } from '../notes/write-notes.js';

/** Words (English) or syllables (Vietnamese, one per written word) per minute. */
const PACE: Record<Lang, number> = { en: 130, vi: 160 };
const MIN_SECONDS = 12;

export interface Timing {
  /** Seconds per slide, in order. */
  perSlide: number[];
  totalSeconds: number;
  /** True when scaled to the front matter's duration, false when estimated. */
  fromDuration: boolean;
}

export function slideSeconds(slide: Slide, lang: Lang): number {
  const spoken = (words(plainNotes(slide.notes)).length / PACE[lang]) * 60;
  const looking = slide.blocks.reduce((sum, block) => {
    if (block.type === 'figure') return sum + 8;
    if (block.type === 'table') return sum + 4 * Math.max(0, block.children.length - 1);
    if (block.type === 'code') return sum + 3 * block.value.split('\n').length;
    return sum;
  }, 0);
  return Math.max(MIN_SECONDS, Math.round(spoken + looking));
}

export function planTiming(deck: Pick<Deck, 'slides' | 'meta'>): Timing {
  const estimated = deck.slides.map((slide) => slideSeconds(slide, deck.meta.lang));
  const total = estimated.reduce((a, b) => a + b, 0);
  const target = deck.meta.durationMinutes ? deck.meta.durationMinutes * 60 : undefined;
  if (!target || total === 0) return { perSlide: estimated, totalSeconds: total, fromDuration: false };
  const perSlide = estimated.map((s) => Math.max(1, Math.round((s * target) / total)));
  return { perSlide, totalSeconds: perSlide.reduce((a, b) => a + b, 0), fromDuration: true };
}
