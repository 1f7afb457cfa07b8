// Slides the browser found running past their edge after every fallback (splitting,
// shortening, scaling): each becomes a warning at its recap line. The deck is written anyway.
import type { SlideFit } from '../export/fit.js';
import type { Deck, Origin } from '../model/deck.js';

export interface OverflowWarning {
  message: string;
  origin: Origin;
}

export function overflowWarnings(deck: Deck, fits: SlideFit[]): OverflowWarning[] {
  return fits
    .filter((fit) => !fit.fits)
    .map((fit) => {
      const slide = deck.slides[fit.index]!;
      const what = fit.culprit ? ` (${fit.culprit.replace(/\s+/g, ' ')})` : '';
      return {
        message:
          `slide ${fit.index + 1} "${slide.title}" runs ${fit.overflowPx}px past its edge${what}; ` +
          'written anyway',
        origin: slide.origin,
      };
    });
}
