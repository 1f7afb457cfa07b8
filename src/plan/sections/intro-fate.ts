// What becomes of a part's intro that stands alone on its slide before its sub-parts' slides: a
// slide of a framing sentence or two, mostly empty, under the title the next slide repeats. Each
// way of showing the sub-parts is weighed with what it lets the intro do.
import { toString } from 'mdast-util-to-string';
import type { Slide } from '../../model/deck.js';
import { textLength } from '../../model/text.js';
import { emptyShare, hiddenShare, WEIGHTS } from '../cost.js';
import type { Estimator } from '../measure/estimate.js';
import { slideFill } from '../measure/fill.js';
import { sentenceSpans } from '../points/sentences.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { foldsIntro, introLede, leadsIntoParts } from './framed-slides.js';

const KEPT: IntroFate = { cost: 0, said: false };

/** Most sentences of an intro that only frames what follows. */
const FRAMING_SENTENCES = 2;

/** What the intro costs beside one way of showing the sub-parts, and whether it is said (its
 * words in the speaker's notes) rather than shown. */
export interface IntroFate {
  cost: number;
  said: boolean;
}

/**
 * The intro folds into the first slide after it where that has room (as its lede, or above its
 * cards: framed-slides.ts), which saves its slide. Where it cannot, an intro of one framing
 * paragraph may be said rather than shown, priced as words the slides leave to the notes
 * (cost.ts), but only where every way that shows it takes a slide more: a designer does not give
 * a sentence a slide of its own before a full slide of cards. Otherwise it keeps its slide,
 * which every way pays alike (0). One fate for each way of showing the sub-parts (its slides).
 */
export function introFates(
  own: Slide[],
  section: TitledSection,
  est: Estimator,
  ways: (Slide[] | undefined)[],
): IntroFate[] {
  const [intro] = own;
  if (!intro || own.length !== 1 || section.children.length === 0) return ways.map(() => KEPT);
  // An intro that leads into the parts ("Các trải nghiệm chính bao gồm:") kept on its own slide is
  // a lead-in cut from what it announces, as a list's opening line at the foot of a slide is.
  const kept = { cost: leadsIntoParts(intro) ? WEIGHTS.leadInCut : 0, said: false };
  // Its slide: one slide more, mostly empty.
  const slide = WEIGHTS.slide + WEIGHTS.emptiness * emptyShare(slideFill(intro, est));
  const folds = ways.map((way) => way !== undefined && foldsIntro(own, way[0], est));
  // (Fewest slides of a way that shows it.)
  const shown = Math.min(...ways.map((way, i) => (folds[i] ? way!.length : Number.POSITIVE_INFINITY)));
  // (A framing paragraph: a sentence or two. Longer, it says something of its own.)
  const framing = introLede(own) && sentenceSpans(toString(intro.blocks[0]!)).length <= FRAMING_SENTENCES;
  const all = allWords(section);
  const said = -slide + WEIGHTS.hidden * hiddenShare(all - textLength(intro.blocks), all);
  return ways.map((way, i) => {
    if (folds[i]) return { cost: -slide, said: false };
    return framing && way && way.length < shown && said < 0 ? { cost: said, said: true } : kept;
  });
}

/** Characters a part and all its sub-parts say. */
function allWords(section: TitledSection): number {
  return textLength(section.blocks) + section.children.reduce((n, c) => n + allWords(c), 0);
}
