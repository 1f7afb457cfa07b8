// Marks where a slide's notes may break between handout pages: every top-level block and
// every item of a top-level list is a unit (`data-u`, in reading order); a part's label
// (`note-label`) is kept with the unit after it (`data-keep`). Items remember their number.
import type { Element, ElementContent, Root } from 'hast';

export function markUnits(tree: Root): Root {
  let count = 0;
  const mark = (element: Element, extra: Element['properties'] = {}): Element => {
    const keep = classes(element).includes('note-label');
    count += 1;
    return {
      ...element,
      properties: { ...element.properties, ...extra, dataU: count - 1, ...(keep ? { dataKeep: true } : {}) },
    };
  };
  const children = tree.children.map((node): Root['children'][number] => {
    if (node.type !== 'element') return node;
    if (node.tagName !== 'ul' && node.tagName !== 'ol') return mark(node);
    let n = Number(node.properties.start ?? 1) - 1;
    return {
      ...node,
      children: node.children.map((item): ElementContent => {
        if (item.type !== 'element' || item.tagName !== 'li') return item;
        n += 1;
        return mark(item, { dataN: n });
      }),
    };
  });
  return { ...tree, children };
}

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}
