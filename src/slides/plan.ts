// Plans the whole deck from the recap's outline: title, agenda, one divider per section
// with sub-sections, content slides that fit, closing; then the lead-in lines that take
// the presenter from each slide to the next.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatDate, labelsFor } from '../i18n/labels.js';
import { markNote, say, type Lang, type Slide } from '../model/deck.js';
import type { RecapMeta } from '../recap/meta.js';
import type { Outline, Section } from '../recap/outline.js';
import { AGENDA_KEY, agendaSlides, closingSlide, dividerSlide, titleSlide } from './frame-slides.js';
import { notesFor } from './notes.js';
import type { Estimator } from './estimate.js';
import { sectionSlides } from './section-slides.js';
import { titleParts } from './title.js';

export interface PlanInput {
  outline: Outline;
  meta: RecapMeta;
  lang: Lang;
  /** File name without extension, the title of last resort. */
  name: string;
  /** Per section (keyed by its recap line): how much to shrink its height budget. */
  scales?: ReadonlyMap<number, number>;
  est: Estimator;
}

export interface Plan {
  slides: Slide[];
  headline: string;
}

const SHORT_INTRO = 180;
const SHORT_PREAMBLE = 260;
/** Fewer sections than this need no agenda slide. */
const MIN_AGENDA = 3;

export function planDeck({ outline, meta, lang, name, scales, est }: PlanInput): Plan {
  const labels = labelsFor(lang);
  const { headline, kicker } = titleParts(outline.title?.text ?? meta.title ?? name);
  const titleOrigin = outline.title?.origin ?? { line: 1, column: 1 };
  // The front matter's title is shown above the headline unless the H1 already says it.
  const said = `${kicker ?? ''} ${headline}`.toLowerCase();
  const frontTitle =
    meta.title &&
    !said.includes(meta.title.toLowerCase()) &&
    !meta.title.toLowerCase().includes(headline.toLowerCase())
      ? meta.title
      : undefined;
  const eyebrow = [meta.pre, frontTitle].filter(Boolean).join(' ');
  const preambleFits =
    outline.preamble.every((b) => b.type === 'paragraph') && textLength(outline.preamble) <= SHORT_PREAMBLE;
  const scale = (line: number) => scales?.get(line);

  const slides: Slide[] = [
    titleSlide(
      {
        headline,
        ...(kicker ? { kicker } : {}),
        ...(eyebrow ? { eyebrow } : {}),
        ...(meta.date ? { dateLabel: formatDate(meta.date, lang) } : {}),
        details: preambleFits ? outline.preamble : [],
        // Headings that only wrap sections follow the preamble: their words go after it.
        notes: preambleFits
          ? [...notesFor(outline.preamble), ...outline.titleNotes.map(say)]
          : outline.preamble.length
            ? []
            : outline.titleNotes.map(say),
        origin: titleOrigin,
      },
      labels,
    ),
  ];
  if (!preambleFits) {
    const origin = { line: outline.preamble[0]?.position?.start.line ?? 1, column: 1 };
    slides.push(
      ...sectionSlides({
        title: labels.overview,
        origin,
        blocks: outline.preamble,
        extraNotes: outline.titleNotes,
        scale: scale(origin.line),
        est,
      }),
    );
  }
  const titled = outline.sections.map((s) => ({ ...s, title: s.title || headline }));
  if (titled.length >= MIN_AGENDA) {
    // The agenda numbers its items itself; "1. Mục đích" is listed as "Mục đích".
    const items = titled.map((s) => s.title.replace(/^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+/, ''));
    const title = items.some((item) => item.toLowerCase() === labels.agenda.toLowerCase())
      ? labels.agendaAlt
      : labels.agenda;
    slides.push(
      ...agendaSlides(items, { ...labels, agenda: title }, titled[0]!.origin, est, scale(AGENDA_KEY)),
    );
  }
  for (const [i, section] of titled.entries())
    slides.push(...slidesOf(section, i + 1, { labels, scale, est }));
  slides.push(closingSlide(headline, labels, slides[slides.length - 1]!.origin));
  addLeadIns(slides, labels);
  return { slides, headline };
}

interface SectionContext {
  labels: ReturnType<typeof labelsFor>;
  scale: (line: number) => number | undefined;
  est: Estimator;
}

function slidesOf(section: Section, index: number, { labels, scale, est }: SectionContext): Slide[] {
  const own = {
    title: section.title,
    origin: section.origin,
    blocks: section.blocks,
    scale: scale(section.origin.line),
    est,
  };
  const children = section.children.flatMap((child) =>
    sectionSlides({
      title: child.title,
      origin: child.origin,
      blocks: child.blocks,
      extraNotes: child.notes,
      scale: scale(child.origin.line),
      est,
    }),
  );
  let slides: Slide[];
  // A divider only introduces two or more sub-sections; one follows its section directly.
  if (section.children.length < 2) {
    const ownSlides = sectionSlides(own);
    // With no slide of its own, the section's title rides above its one sub-section's.
    if (ownSlides.length === 0) for (const slide of children) slide.eyebrow = section.title;
    slides = [...ownSlides, ...children];
  } else {
    const shortIntro =
      section.blocks.length === 1 &&
      section.blocks[0]!.type === 'paragraph' &&
      textLength(section.blocks) <= SHORT_INTRO;
    const divider = dividerSlide(
      section.title,
      index,
      section.children.map((c) => c.title),
      shortIntro ? section.blocks : [],
      labels,
      section.origin,
    );
    if (shortIntro) divider.notes.push(...notesFor(section.blocks));
    slides = [divider, ...(shortIntro ? [] : sectionSlides(own)), ...children];
  }
  // Words with no slide of their own (an empty sub-section's title) go after the slide
  // before them: the section's own last one, or else they close the section.
  const ownCount = slides.length - children.length;
  slides[Math.max(0, ownCount - 1)]?.notes.push(...(section.introNotes ?? []).map(say));
  slides[slides.length - 1]?.notes.push(...section.notes.map(say));
  return slides;
}

/** Ends every slide's notes with a line that leads into the next slide. */
function addLeadIns(slides: Slide[], labels: ReturnType<typeof labelsFor>): void {
  slides.forEach((slide, i) => {
    const following = slides[i + 1];
    if (slide.notes.length === 0)
      slide.notes.push(say(slide.layout === 'gallery' ? labels.galleryNote : slide.title));
    if (!following) return;
    const title = following.layout === 'closing' ? labels.questions : following.title;
    slide.notes.push(
      markNote(
        say(
          labels.next(
            following.part && following.title === slide.title ? `${title} ${labels.continued}` : title,
          ),
        ),
        'leadIn',
      ),
    );
  });
}

function textLength(blocks: RootContent[]): number {
  return blocks.reduce((sum, b) => sum + toString(b).length, 0);
}
