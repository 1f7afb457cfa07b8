// A planned section's slides in order, framed for the talk: a divider in front with what the
// part holds, or the parent's title above each sub-section's slide; a short intro listing
// what follows, or sitting above the cards its sub-sections became.
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Labels } from '../../i18n/labels.js';
import type { Slide } from '../../model/deck.js';
import { cardTitles } from '../../model/text.js';
import { aboveCardsHeight } from '../layouts/card-grid.js';
import { dividerSlide, listOf } from '../layouts/frame-slides.js';
import { cardTitle, underParent } from '../layouts/summaries.js';
import { type Estimator, ledeHeight } from '../measure/estimate.js';
import { openingSentence } from '../points/opening-sentence.js';
import type { TitledSection } from '../titles/outline-titles.js';
import type { PlannedSection } from './types.js';

const SHORT_INTRO = 180;
/** An intro slide filled less than this is short enough to list its sub-sections too. */
const SHORT_SHARE = 0.35;

/** A section whose own slides list people: its sub-sections are not parts of it. */
export function listsPeople(slides: Slide[]): boolean {
  return slides.some((slide) => slide.layout === 'speakers');
}

/** A short section intro ("The programme had several sessions:") lists what follows under it;
 * so does any intro that ends by leading into what follows ("Key experiences included:"),
 * when the list fits under it. */
function introduced(section: TitledSection, own: Slide[], children: Slide[], est: Estimator): Slide[] {
  const titles = promised(section, children);
  const [intro] = own;
  if (own.length !== 1 || titles.length < 2 || titles.length > 8 || !intro) return own;
  const list = listOf(titles, false);
  const short = (intro.estimatedPx ?? Infinity) <= (intro.budgetPx ?? 0) * SHORT_SHARE;
  const leads = leadsIntoParts(intro);
  const height = [...intro.blocks, list].reduce((sum, b) => sum + est.blockHeight(b, 'content'), 0);
  if (!short && !(leads && height <= (intro.budgetPx ?? 0))) return own;
  return [{ ...intro, layout: 'content', blocks: [...intro.blocks, list], roomy: false, opensPart: true }];
}

/** An intro whose last line leads into the parts after it ("Key experiences included:"). */
export function leadsIntoParts(intro: Slide): boolean {
  const last = intro.blocks[intro.blocks.length - 1];
  return last?.type === 'paragraph' && /[:：]\s*$/u.test(toString(last));
}

/** What an intro alone on its slide says as a lede under a title: all of it where it is short,
 * else its opening sentence (the speaker has the whole); none where it is no such intro (more
 * than one paragraph) or it leads into what follows ("…included:"). */
export function introLede(own: Slide[]): { text: string; whole: boolean } | undefined {
  const [intro] = own;
  const [block] = intro?.blocks ?? [];
  if (own.length !== 1 || intro?.blocks.length !== 1 || block?.type !== 'paragraph') return undefined;
  const whole = toString(block).replace(/\s+/gu, ' ').trim();
  if (/[:：]$/u.test(whole)) return undefined;
  const opening = whole.length > SHORT_INTRO ? openingSentence(block) : block;
  return opening
    ? { text: toString(opening).replace(/\s+/gu, ' ').trim(), whole: opening === block }
    : undefined;
}

/** A short intro of one sentence or two ("The event had three parts.") is said under the
 * first sub-section's title, as its lede, where it fits: a slide of one line and a menu of
 * the slides after it is what a designer folds away. An intro that leads into all of them
 * ("…included:") keeps its own slide. */
function introAsLede(own: Slide[], children: Slide[], est: Estimator): Slide[] | undefined {
  const [intro] = own;
  const [first, ...rest] = children;
  const lede = introLede(own);
  if (!lede || !intro || !first || !ledeFits(lede.text, first, est)) return undefined;
  const said = lede.whole ? [] : intro.blocks;
  return [{ ...first, subtitle: [lede.text], notes: [...said, ...intro.notes, ...first.notes] }, ...rest];
}

function ledeFits(lede: string, first: Slide, est: Estimator): boolean {
  if (first.subtitle) return false;
  return (first.estimatedPx ?? Number.POSITIVE_INFINITY) + ledeHeight(lede, est) <= (first.budgetPx ?? 0);
}

/** Whether an intro alone on its slide folds into the first of the slides after it: as the
 * lede under its title (introAsLede), or above its cards (introOnCards). The section's plan
 * counts the slide it saves for whichever way of showing the sub-sections lets it fold. */
export function foldsIntro(own: Slide[], first: Slide | undefined, est: Estimator): boolean {
  if (!first) return false;
  if (first.layout === 'cards' && introAbove(own, first, est)) return true;
  const lede = introLede(own);
  return lede !== undefined && ledeFits(lede.text, first, est);
}

/** The room an intro alone on its slide takes as the lede under the first sub-section slide's
 * title (introAsLede), or, where it leads into the parts ("…bao gồm:"), above their cards
 * (introAbove): what the cards its sub-sections open with leave free for it on their first
 * slide (section-plan.ts), so that it leads them instead of standing alone. 0 where the
 * section's own slides are no such intro. */
export function introLead(own: Slide[], est: Estimator): number {
  const lede = introLede(own);
  // The lede's lines and the space the theme keeps under it (a title's gap).
  if (lede) return ledeHeight(lede.text, est) + est.metrics.title.gap;
  const [intro] = own;
  const one = own.length === 1 && intro?.blocks.length === 1;
  return one && leadsIntoParts(intro) ? aboveCardsHeight(intro.blocks, est) : 0;
}

/** A short intro whose sub-sections open with a slide of cards sits above those cards, on
 * that slide, when it fits: a designer would not make a slide of the intro alone under the
 * same title. */
function introOnCards(planned: PlannedSection, est: Estimator): PlannedSection {
  const { own, children } = planned;
  const [intro] = own;
  const [cards, ...rest] = children;
  // (Cards of the section's own parts: under its title, or titled by the parts they hold.)
  const ours =
    cards?.title === intro?.title || (cards?.section !== undefined && cards.section === intro?.section);
  if (!intro || cards?.layout !== 'cards' || !ours) return planned;
  const above = introAbove(own, cards, est);
  if (!above) return planned;
  const merged: Slide = {
    ...cards,
    blocks: [...above, ...cards.blocks],
    notes: [...(above === intro.blocks ? [] : intro.blocks), ...intro.notes, ...cards.notes],
    origin: intro.origin,
    estimatedPx: Math.round(aboveCardsHeight(above, est) + (cards.estimatedPx ?? 0)),
  };
  return { ...planned, own: [], children: [merged, ...rest] };
}

/** The intro's lines that stand above the cards: all of them, or, where they are too long, the
 * opening sentence (the speaker has the whole); undefined where neither fits. */
function introAbove(own: Slide[], cards: Slide, est: Estimator): RootContent[] | undefined {
  const [intro] = own;
  if (own.length !== 1 || !intro || !intro.blocks.every((b) => b.type === 'paragraph')) return undefined;
  const fits = (blocks: RootContent[]) =>
    aboveCardsHeight(blocks, est) + (cards.estimatedPx ?? Infinity) <= (cards.budgetPx ?? 0);
  if (fits(intro.blocks)) return intro.blocks;
  const opening = intro.blocks.length === 1 ? openingSentence(intro.blocks[0] as Paragraph) : undefined;
  return opening && fits([opening]) ? [opening] : undefined;
}

/** The section's slides in order: with a divider in front, or its title above each. */
export function framedSlides(
  planned: PlannedSection,
  divided: boolean,
  labels: Labels,
  est: Estimator,
): Slide[] {
  const { section, own, children } = introOnCards(planned, est);
  if (!divided) {
    // Without a divider, each sub-section's slide says which section it belongs to.
    const parent = [section.kicker, section.title].filter(Boolean).join(' · ');
    // A sub-section told apart by its parent's name (outline-titles.ts) has it there already.
    const ownEyebrow = (slide: Slide) => slide.eyebrow?.split(' · ').filter((p) => p !== section.title) ?? [];
    // A list of people is no topic's part, nor the parent of one: recaps nest "Speakers" under
    // the event's goals, or the talks' sections under "Speakers", by heading level alone.
    const people = listsPeople(own);
    const titled = children.map((slide) =>
      slide.title === section.title ||
      slide.title.startsWith(`${section.title}: `) ||
      people ||
      slide.layout === 'speakers'
        ? slide
        : { ...slide, eyebrow: [parent, ...ownEyebrow(slide)].join(' · ') },
    );
    return introAsLede(own, titled, est) ?? [...introduced(section, own, children, est), ...titled];
  }
  // A section of one slide needs no divider in front: the slide itself says which part it opens.
  if (own.length + children.length === 1) {
    const [only] = [...own, ...children];
    const label = [section.kicker, only!.eyebrow].filter(Boolean);
    return [label.length > 0 ? { ...only!, eyebrow: [...new Set(label)].join(' · ') } : only!];
  }
  const shortIntro =
    own.length === 1 &&
    section.blocks.length === 1 &&
    section.blocks[0]!.type === 'paragraph' &&
    toString(section.blocks[0]!).length <= SHORT_INTRO;
  const divider = dividerSlide(
    section.title,
    promised(section, children),
    shortIntro ? section.blocks : [],
    labels,
    section.origin,
  );
  if (section.kicker) divider.eyebrow = section.kicker;
  if (shortIntro) divider.notes.push(...own[0]!.notes);
  if (shortIntro || own.length === 0) return [divider, ...(shortIntro ? [] : own), ...children];
  // An intro too long for the divider opens the part itself, rather than follow a divider
  // of the same title: it takes the divider's label and says what the part holds.
  const [first, ...rest] = introduced(section, own, children, est);
  const opening: Slide = {
    ...first!,
    ...(divider.eyebrow || first!.eyebrow
      ? { eyebrow: [divider.eyebrow, first!.eyebrow].filter(Boolean).join(' · ') }
      : {}),
    notes: [...divider.notes, ...first!.notes],
    opensPart: true,
  };
  return [opening, ...rest, ...children];
}

/** What a divider or an intro promises is what follows: the titles of the sub-sections'
 * slides, or, where some share slides under the part's own title (cards), the sub-sections'
 * names. */
function promised(section: TitledSection, children: Slide[]): string[] {
  if (children.length < 2) return [];
  const titles = [...new Set(children.map((c) => c.title))];
  if (titles.every((t) => t !== section.title)) return titles;
  if (children.every((c) => c.title === section.title))
    return underParent(section.children, section.title).map(cardTitle);
  // Some slides are titled by their sub-section, others hold several as cards: each in order.
  const names = children.flatMap((c) => {
    const cards = c.title === section.title ? cardTitles(c) : [];
    return cards.length > 0 ? cards : [c.title];
  });
  return [...new Set(names)];
}
