// Types shared by the build's stages, in a leaf module so that the modules sharing them
// (build, export-outputs, browser-fallback) import no module that imports them back.
import type { Browser } from 'puppeteer-core';
import type { Deck } from '../model/deck.js';

export type Format = 'html' | 'pdf' | 'pptx' | 'handout';
/** Speaker notes: what to say, links, terms and cues; or only the recap's own text. */
export type NotesMode = 'speaker' | 'plain';
/** PPTX: native, editable text and shapes; or one picture per slide. */
export type PptxMode = 'editable' | 'pictures';

export interface BuildRequest {
  name: string;
  recapPath: string;
  /** The recap's path as messages show it. */
  display: string;
  outDir: string;
  formats: Format[];
  themePath: string;
  /** The theme as loadTheme gives it, when the caller reads it once for several builds. */
  theme?: Promise<string>;
  staticDir: string;
  projectDir: string;
  /** Kept for old scripts: a deck is always written, overflowing slides are warnings. */
  allowOverflow?: boolean;
  /** Measure only; write nothing. */
  checkOnly?: boolean;
  /** Plan only, for the notes to the author (review notes): no browser, nothing written. */
  reviewOnly?: boolean;
  /** Fetch http(s) images at build time (never at presentation time). */
  allowRemoteImages?: boolean;
  /** A slide that still overflows fails the build (after writing). */
  strict?: boolean;
  /** Show a box where a picture is missing instead of leaving it out. */
  placeholders?: boolean;
  notes?: NotesMode;
  pptx?: PptxMode;
  /** Refuse decks with more slides than this (default 200). */
  maxSlides?: number;
  /** Pixels per CSS pixel of the PPTX pictures (default 1.5: 1920x1080). */
  imageScale?: number;
  /** Also take a small picture of the title slide (for the index of decks). */
  thumbnail?: boolean;
  /** Gives the browser, launched on first use and shared by every build of one run. */
  browser: () => Promise<Browser>;
  onStage?: (stage: string) => void;
}

/** The planned deck as Marp Markdown, and how to plan it again with other room per section. */
export interface Planned {
  deck: Deck;
  markdown: string;
  plan: (scales: Map<number, number>) => Deck;
  render: (deck: Deck) => string;
  themeCss: string;
}

/** What was written, and the title slide's thumbnail when one was asked for. */
export interface Outputs {
  written: { path: string; bytes: number }[];
  thumbnail?: string;
}
