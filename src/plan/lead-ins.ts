// The lead-in line that ends every slide's notes and takes the presenter to the next slide
// ("Next: CI/CD Pipeline"; into a continuation, what it opens with).
import { toString } from 'mdast-util-to-string';
import type { Labels } from '../i18n/labels.js';
import { markNote, type Slide, say } from '../model/deck.js';

/** Ends every slide's notes with a line that leads into the next slide. */
export function addLeadIns(slides: Slide[], labels: Labels): void {
  slides.forEach((slide, i) => {
    const following = slides[i + 1];
    if (slide.notes.length === 0)
      slide.notes.push(
        markNote(say(slide.layout === 'gallery' ? labels.galleryNote : slide.title), 'filler'),
      );
    if (!following) return;
    const title = following.layout === 'closing' ? labels.questions : following.title;
    // Into a continuation of the same title, the speaker hears what it opens with.
    const continued = following.part && following.title === slide.title;
    const opens = continued ? openingWords(following) : '';
    const next = continued ? `${title} ${labels.continued}${opens ? `: ${opens}` : ''}` : title;
    slide.notes.push(markNote(say(labels.next(next)), 'cue'));
  });
}

const OPENING_WORDS = 8;

/** What a slide opens with when it is short: its first item's line, or its first paragraph
 * (a trailing colon left out); nothing for a table, code or a longer line. */
function openingWords(slide: Slide): string {
  const [first] = slide.blocks;
  const block = first?.type === 'list' ? first.children[0]?.children[0] : first;
  if (block?.type !== 'paragraph') return '';
  // (Its words only: a muted line's markup, themes .repeated, is no word to say.)
  const words = toString(block, { includeHtml: false })
    .trim()
    .replace(/[:：]$/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  return words.length <= OPENING_WORDS ? words.join(' ') : '';
}
