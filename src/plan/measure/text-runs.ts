// Inline content as the runs of text the theme sets it in (regular, bold, italic, mono),
// for measuring; and its plain text as it reads.
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FaceKey } from '../../assets/font-metrics.js';
import type { FlowChain } from '../../model/nodes.js';
import type { Run } from './text-measure.js';

/** Inline content as runs of text in the faces the theme sets them in. */
export function runsOf(children: PhrasingContent[], face: FaceKey = 'regular'): Run[] {
  return children.flatMap((child): Run[] => {
    switch (child.type) {
      case 'text':
        return [{ text: child.value, face }];
      case 'break':
        return [{ text: '\n', face }];
      case 'inlineCode':
        return [{ text: child.value, face: 'mono', scale: 0.85 }];
      case 'strong':
        return runsOf(child.children, face === 'italic' ? 'boldItalic' : 'bold');
      case 'emphasis':
        return runsOf(child.children, face === 'bold' ? 'boldItalic' : 'italic');
      case 'image':
      case 'imageReference':
        return [{ text: '\u{1F5BC}\u{1F5BC}', face }];
      case 'html':
        return [];
      default:
        // Step chips: each step a little wider than its words, an arrow between them.
        if ((child as { type: string }).type === 'flowChain')
          return (child as unknown as FlowChain).children.flatMap((step, i) => [
            ...(i > 0 ? [{ text: ' → ', face: 'semibold' as const }] : []),
            { text: `${toString(step)}  `, face: 'semibold' as const },
          ]);
        return 'children' in child ? runsOf(child.children as PhrasingContent[], face) : [];
    }
  });
}

export function runText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
