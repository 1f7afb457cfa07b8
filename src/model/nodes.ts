// Block nodes recap-deck adds to mdast: callouts (Hugo `notice` shortcodes) and figures
// (images standing on their own, with a caption). Registered so unist utilities see them.
import type { BlockContent, Data, Node, Parent } from 'mdast';

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

declare module 'mdast' {
  interface BlockContentMap {
    callout: Callout;
    figure: Figure;
  }
  interface RootContentMap {
    callout: Callout;
    figure: Figure;
  }
}
