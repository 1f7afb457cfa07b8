// Block nodes recap-deck adds to mdast: callouts (Hugo `notice` shortcodes) and figures
// (images standing on their own, with a caption). Registered so unist utilities see them.
import type { BlockContent, Data, Node, Parent, PhrasingContent } from 'mdast';

export type CalloutKind = 'note' | 'info' | 'tip' | 'warning';

export interface Callout extends Parent {
  type: 'callout';
  kind: CalloutKind;
  children: BlockContent[];
  data?: Data;
}

export interface Figure extends Node {
  type: 'figure';
  url: string;
  alt: string;
  caption?: string;
  data?: Data;
}

/** One step of a process flow. */
export interface FlowStep extends Parent {
  type: 'flowStep';
  children: PhrasingContent[];
}

/** A chain of steps drawn as a row of boxes (slides/flows.ts): on the slide only. */
export interface Flow extends Parent {
  type: 'flow';
  children: FlowStep[];
  data?: Data;
}

/** A chain of steps inside a sentence, drawn as step chips (it sits among phrasing content,
 * cast there: registering it would make every phrasing walker see FlowStep children). */
export interface FlowChain extends Parent {
  type: 'flowChain';
  children: FlowStep[];
  data?: Data;
}

/** A person on a speaker slide, read once by the planner for the renderer. */
export interface Person {
  name: string;
  role: string;
  /** Unique among the people on the slide. */
  initials: string;
}

/** How a grid of person cards is laid out (a class of the theme's speakers layout). */
export type PersonGrid = 'few' | 'four' | 'grid' | 'many';

declare module 'mdast' {
  interface ListItemData {
    /** A person card (speaker layout). */
    person?: Person;
    /** A line in a speaker list that names no person: it spans the grid. */
    other?: boolean;
  }
  interface ListData {
    grid?: PersonGrid;
    /** Cards in this many columns, where the planner chose other than the theme's default. */
    columns?: number;
  }
  interface LinkData {
    /** The link's text is its address, shown short (slides/display-links.ts). */
    bare?: boolean;
  }
  interface TableData {
    /** Each column's share of the width, fixed by the planner (slides/table-heights.ts). */
    columns?: number[];
  }
  interface CodeData {
    /** The slide shows only the block's first lines; the notes carry it whole. */
    excerpt?: boolean;
  }
  interface BlockContentMap {
    callout: Callout;
    figure: Figure;
    flow: Flow;
  }
  interface RootContentMap {
    callout: Callout;
    figure: Figure;
    flow: Flow;
    flowChain: FlowChain;
    flowStep: FlowStep;
  }
}
