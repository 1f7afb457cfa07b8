// Plans the whole deck from the recap's outline: the cover (cover/), an agenda in longer decks
// or an overview of an index's events, each section's slides (behind a divider when every
// section gets one), the closing; then one type size per run of text slides and the lead-in
// lines that take the presenter from each slide to the next.
import { type Labels, labelsFor } from '../i18n/labels.js';
import type { Asset, Lang, Slide } from '../model/deck.js';
import { say } from '../model/deck.js';
import type { EventFacts } from '../recap/event-facts.js';
import type { RecapMeta } from '../recap/meta.js';
import type { Outline } from '../recap/outline.js';
import { type DateOf, onlyFacts } from './cover/cover-facts.js';
import { planCover } from './cover/cover-plan.js';
import { factNotes, introAsPreamble, openingSlides } from './cover/opening-slides.js';
import { evenTypeSizes } from './even-sizes.js';
import { eventsOverview, inTimeOrder } from './kind/events-index.js';
import { AGENDA_KEY, agendaSlides } from './layouts/agenda.js';
import { boxedPoints } from './layouts/boxed-points.js';
import { middled } from './layouts/middle.js';
import { closingSlide } from './layouts/frame-slides.js';
import { roomyCards } from './layouts/roomy-cards.js';
import { addLeadIns } from './lead-ins.js';
import type { Estimator } from './measure/estimate.js';
import { hideMissingPictures } from './notes-only.js';
import { joinPeopleGroups, liftFromPeople } from './people/sections.js';
import { formLabels } from './sections/form-labels.js';
import { framedSlides } from './sections/framed-slides.js';
import { planSection } from './sections/section-plan.js';
import { closingWords } from './sections/closing-words.js';
import { joinThinSections } from './sections/thin-sections.js';
import type { PlannedSection } from './sections/types.js';
import { aboutTitle, isIntroHeading } from './titles/about-title.js';
import { nameSections } from './titles/named-sections.js';
import { craftTitle } from './titles/title-craft.js';
import { uncountKickers } from './titles/uncounted-kickers.js';
import { type TitledSection, titleOutline } from './titles/outline-titles.js';

export interface PlanInput {
  outline: Outline;
  meta: RecapMeta;
  lang: Lang;
  /** File name without extension, the title of last resort. */
  name: string;
  /** The event's date: stated in the body, else the front matter's. */
  date?: DateOf;
  /** Date, time, place and role as the body states them, for the cover. */
  facts: EventFacts;
  /** Pictures by the URL the recap gives; missing ones stay off the slides. */
  assets: ReadonlyMap<string, Asset>;
  /** Show a placeholder where a picture is missing (for drafting). */
  placeholders?: boolean;
  /** Per section (keyed by its recap line): how much to shrink its height budget. */
  scales?: ReadonlyMap<number, number>;
  est: Estimator;
}

export interface Plan {
  slides: Slide[];
  headline: string;
  /** The first lines of the recap's parts in the order the deck tells them, where that is not
   * the recap's own (model/deck.ts Deck.partsTold). */
  partsTold?: number[];
}

/** An agenda needs this many sections, in a deck of at least this many slides. */
const AGENDA_SECTIONS = 3;
const AGENDA_DECK = 10;
/** Dividers introduce every section, or none: every one only in long decks of big sections. */
const DIVIDER_SECTIONS = 3;
const DIVIDER_SLIDES = 3;
const DIVIDER_DECK = 16;

export function planDeck(input: PlanInput): Plan {
  const { meta, lang, scales, est } = input;
  const labels = labelsFor(lang);
  const titled = titleOutline(
    input.placeholders
      ? input.outline
      : hideMissingPictures(input.outline, input.assets, labels.imageMissing),
  );
  const named = nameSections(liftFromPeople(joinPeopleGroups(formLabels(titled.sections), est)));
  // An index of events is told in date order; the deck records the order it tells its parts in.
  const sections = inTimeOrder(named);
  const told = sections.map((s) => s.origin.line);
  const reordered = sections.some((section, i) => section !== named[i]);
  const outline = introAsPreamble({ ...titled, sections });
  const scale = (line: number) => scales?.get(line);
  const context = { labels, scale, est };
  const front = planCover(outline, input, labels);
  const { headline, cover, index } = front;
  const opening = openingSlides(outline, { ...front, meta, labels, est, scale });
  // A section titled like the deck itself introduces it: it is the overview.
  const same = (title: string) => title.toLocaleLowerCase().trim() === headline.toLocaleLowerCase().trim();
  // A section that only states the facts the cover shows needs no slide: its words go to the cover's notes.
  const stated = (s: TitledSection) => s.children.length === 0 && onlyFacts(s.blocks, cover.shown);
  // The part that opens the deck under a label only ("Introduction") says what it is about: the
  // first with a slide of its own (a part that only states the cover's facts has none).
  const opener = outline.sections.findIndex((s) => !stated(s));
  const aboutFirst = (section: TitledSection, i: number): TitledSection => {
    const about = i === opener && !index && isIntroHeading(section.title) && section.children.length === 0;
    const title = about ? aboutTitle(section.blocks, headline, labels.about) : undefined;
    return title
      ? { ...section, title, introNotes: [section.heading, ...(section.introNotes ?? [])] }
      : section;
  };
  const each = closingWords(outline.sections)
    .map(aboutFirst)
    .map(
      (section): PlannedSection =>
        stated(section)
          ? {
              section,
              own: [],
              children: [],
              // Its notes too: the titles of the empty sub-sections in it and sections after it.
              leftover: [
                say(section.heading),
                ...factNotes(section.blocks),
                ...[...(section.introNotes ?? []), ...section.notes].map(say),
              ],
            }
          : planSection(same(section.title) ? asOverview(section, labels, same, headline) : section, context),
    );
  // Neighbouring parts that each fill their slide thinly share one, as cards; not the part that
  // opens by saying what the event was.
  const first = each[opener];
  const opens = first && (isIntroHeading(first.section.heading) || same(first.section.heading));
  const planned = joinThinSections(each, context, opens ? first : undefined);
  // Sections that show something; a section of missing pictures only has no slide.
  const shown = planned.filter((p) => p.own.length + p.children.length > 0);
  const size = (p: PlannedSection) => p.own.length + p.children.length;
  const big = shown.filter((p) => size(p) >= DIVIDER_SLIDES).length;
  const count = shown.reduce((n, p) => n + size(p), 0);
  // Every section gets a divider, or none: only where most sections run to several slides.
  const dividers =
    shown.length >= DIVIDER_SECTIONS && big * 2 >= shown.length && count + opening.length >= DIVIDER_DECK;
  // An index of events opens with all of them on one slide, where an agenda would stand.
  const overview = index ? eventsOverview(outline.sections, labels, est, outline.sections[0]!.origin) : [];
  // (After the author's own introduction, the parts before the first event: it says what the
  // index is, as it would before an agenda.)
  const intro = index
    ? Math.max(
        0,
        planned.findIndex((p) => p.section.stated),
      )
    : 0;
  const body: Slide[] = [];
  for (const [i, section] of planned.entries()) {
    if (i === intro) body.push(...overview);
    const framed = size(section) > 0 ? framedSlides(section, dividers, labels, est) : [];
    (body[body.length - 1] ?? opening[opening.length - 1])!.notes.push(...section.leftover);
    body.push(...framed);
  }
  const agenda =
    overview.length === 0 &&
    shown.length >= AGENDA_SECTIONS &&
    opening.length + body.length + 2 >= AGENDA_DECK
      ? agendaSlides(
          shown.map((p) => p.own[0]?.title ?? p.section.title),
          labels,
          body[0]?.origin ?? opening[0]!.origin,
          est,
          scale(AGENDA_KEY),
        )
      : [];
  // The deck's last words, a closing quote, stand for the whole talk: no part's name above them.
  const last = body[body.length - 1];
  if (last?.layout === 'quote' && last.eyebrow) body[body.length - 1] = withoutEyebrow(last);
  const slides = uncountKickers(
    middled(evenTypeSizes(roomyCards(boxedPoints([...opening, ...agenda, ...body], est), est))),
  );
  slides.push(closingSlide(headline, labels, slides[slides.length - 1]!.origin));
  addLeadIns(slides, labels);
  return { slides, headline, ...(reordered ? { partsTold: told } : {}) };
}

/** A section titled like the deck is its overview; the notes keep the heading it had. A section
 * named after the deck only for the facts it states keeps its own heading ("Thông tin sự kiện"):
 * that says what the slide holds, where "Introduction" would not; the cover states the rest. */
function asOverview(
  section: TitledSection,
  labels: Labels,
  isDeckTitle: (title: string) => boolean,
  headline: string,
): TitledSection {
  const own = craftTitle(section.heading).title;
  if (!section.stated || !own || isDeckTitle(own)) {
    const title = aboutTitle(section.blocks, headline, labels.about) ?? labels.overview;
    return { ...section, title, introNotes: [section.title, ...(section.introNotes ?? [])] };
  }
  const { kicker, lede, ...rest } = section;
  const facts = [section.stated.date, section.stated.place].filter(Boolean).join(' · ');
  const kept = kicker?.split(' · ').filter((part) => part !== own && part !== facts) ?? [];
  return {
    ...rest,
    title: own,
    introNotes: [section.title, ...(section.introNotes ?? [])],
    ...(kept.length > 0 ? { kicker: kept.join(' · ') } : {}),
    ...(lede && lede !== facts ? { lede } : {}),
  };
}

function withoutEyebrow(slide: Slide): Slide {
  const { eyebrow: _, ...rest } = slide;
  return rest;
}
