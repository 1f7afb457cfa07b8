// Flattens lists and quotes nested past a fixed depth, right after parsing: a hostile
// `- - - … x` of 500 levels otherwise overflows the stack of every recursive walk after it.
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

/** Deeper than any outline a talk shows; past it, lists and quotes are flattened. */
export const MAX_NESTING = 50;

const isContainer = (node: Nodes): boolean =>
  node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote';

/** Lifts the contents of every list or quote deeper than MAX_NESTING into its parent. */
export function flattenDeepNesting(tree: Root, warnings: VFile): void {
  // Iterative, so the walk itself holds any depth.
  const stack: [Parent, number][] = [[tree, 0]];
  let warned = false;
  while (stack.length > 0) {
    const [parent, level] = stack.pop()!;
    parent.children = parent.children.flatMap((child: RootContent): RootContent[] => {
      const deeper = child.type === 'list' || child.type === 'blockquote' ? level + 1 : level;
      if (deeper > MAX_NESTING && isContainer(child)) {
        if (!warned)
          warnings.message(
            `lists or quotes nested deeper than ${MAX_NESTING} levels are flattened from here on`,
            child.position?.start,
          );
        warned = true;
        return innerBlocks(child as Parent);
      }
      if ('children' in child) stack.push([child, deeper]);
      return [child];
    }) as typeof parent.children;
  }
}

/** The blocks inside a container, however deep, in reading order, without the containers. */
function innerBlocks(node: Parent): RootContent[] {
  const blocks: RootContent[] = [];
  const stack: RootContent[] = [...node.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (isContainer(child))
      for (let i = (child as Parent).children.length - 1; i >= 0; i -= 1)
        stack.push((child as Parent).children[i]!);
    else blocks.push(child);
  }
  return blocks;
}
