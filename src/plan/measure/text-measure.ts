// Sets text the way the browser will: glyph advances from the theme's fonts, words wrapped
// greedily at spaces and after hyphens, over-long words broken anywhere (the theme's
// `overflow-wrap: break-word`). Pure: the font tables come from the load stage.
import type { FaceKey, FontMetrics } from '../../assets/font-metrics.js';

/** A piece of text in one face: plain, bold, italic or code. */
export interface Run {
  text: string;
  face: FaceKey;
  /** Multiplies the font size (inline code is set a little smaller). */
  scale?: number;
}

export interface TextMeasure {
  /** Width in px of text in one face; `trackingEm`, the letter spacing the theme adds. */
  width(text: string, face: FaceKey, sizePx: number, trackingEm?: number): number;
  /** Lines the runs take in a box `widthPx` wide; a "\n" in a run starts a new line. */
  lines(runs: Run[], sizePx: number, widthPx: number, trackingEm?: number): number;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Emoji are drawn as 1em pictures with a little margin (themes/aws.css img.emoji). */
const EMOJI_EM = 1.15;

export function createTextMeasure(fonts: FontMetrics): TextMeasure {
  const advance = (char: string, face: FaceKey): number => {
    const known = fonts[face][char.codePointAt(0)!];
    if (known !== undefined) return known;
    if (EMOJI.test(char)) return EMOJI_EM;
    // Another face of the family, a wide script, or an average glyph of a fallback font.
    return fonts.regular[char.codePointAt(0)!] ?? (WIDE.test(char) ? 1 : 0.6);
  };
  const width = (text: string, face: FaceKey, sizePx: number, trackingEm = 0): number => {
    let em = 0;
    for (const char of text) em += advance(char, face) + trackingEm;
    return em * sizePx;
  };
  return {
    width,
    lines(runs, sizePx, widthPx, trackingEm = 0) {
      let lines = 1;
      let used = 0;
      // A word may span runs ("**AWS** Lambda's"): it is placed once its break point comes.
      let word = 0;
      const place = (space: number) => {
        if (used > 0 && used + word > widthPx + 0.5) {
          lines += 1;
          used = 0;
        }
        if (word > widthPx) {
          // A word longer than the line is broken where it reaches the edge.
          const extra = Math.ceil(word / widthPx) - 1;
          lines += extra;
          used = word - extra * widthPx;
        } else used += word;
        // A line's last space hangs outside it, so it only counts before the next word.
        used += space;
        word = 0;
      };
      for (const piece of pieces(runs)) {
        if (piece.newline) {
          place(0);
          lines += 1;
          used = 0;
          continue;
        }
        word += width(piece.word, piece.face, sizePx * piece.scale, trackingEm);
        if (piece.breakAfter) place(width(piece.space, piece.face, sizePx * piece.scale, trackingEm));
      }
      if (word > 0) place(0);
      return lines;
    },
  };
}

interface Piece {
  word: string;
  space: string;
  face: FaceKey;
  scale: number;
  /** A line may break after this piece (a space or a hyphen follows). */
  breakAfter: boolean;
  newline?: boolean;
}

/** Words (and break points after hyphens and dashes) across runs, in order. */
function* pieces(runs: Run[]): Generator<Piece> {
  for (const run of runs) {
    const scale = run.scale ?? 1;
    const parts = run.text.replace(/[ \t]+/g, ' ').split(/(\n)/);
    for (const part of parts) {
      if (part === '\n') {
        yield { word: '', space: '', face: run.face, scale, breakAfter: true, newline: true };
        continue;
      }
      for (const match of part.matchAll(/([^ ]*?[-–—](?=\p{L})|[^ ]+)( ?)|( )/gu)) {
        const space = match[2] ?? match[3] ?? '';
        const hyphen = /[-–—]$/.test(match[1] ?? '') && space === '';
        yield { word: match[1] ?? '', space, face: run.face, scale, breakAfter: space !== '' || hyphen };
      }
    }
  }
}
