// Speaker notes as PowerPoint paragraphs: the notes' mdast blocks walked once, paragraphs
// and list items kept apart (items bulleted or numbered, nested ones indented), strong text
// bold and emphasis italic, every run tagged with the deck's language.
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { escapeXml } from './pptx-xml.js';
import '../model/nodes.js';
import { isOpenableLink } from '../model/url-policy.js';

interface Marks {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}

/** Paragraph XML (`<a:p>` elements) for a slide's notes. */
export function notesParagraphsXml(notes: RootContent[], lang: string): string {
  const out: string[] = [];
  const run = (text: string, marks: Marks) => {
    if (!text) return '';
    const attrs = `lang="${lang}"${marks.bold ? ' b="1"' : ''}${marks.italic ? ' i="1"' : ''} dirty="0"`;
    const font = marks.code ? '<a:latin typeface="Courier New"/>' : '';
    return `<a:r><a:rPr ${attrs}>${font}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
  };
  const phrasing = (nodes: PhrasingContent[], marks: Marks): string =>
    nodes
      .map((node) => {
        switch (node.type) {
          case 'text':
            return run(node.value.replace(/\s*\n\s*/g, ' '), marks);
          case 'strong':
            return phrasing(node.children, { ...marks, bold: true });
          case 'emphasis':
            return phrasing(node.children, { ...marks, italic: true });
          case 'delete':
            return phrasing(node.children, marks);
          case 'inlineCode':
            return run(node.value, { ...marks, code: true });
          case 'break':
            return `<a:br><a:rPr lang="${lang}" dirty="0"/></a:br>`;
          case 'link': {
            const text = toString(node);
            // The address stays readable in the notes, where a click is not the point.
            const address = text.includes(node.url) || !isOpenableLink(node.url) ? '' : ` (${node.url})`;
            return phrasing(node.children, marks) + run(address, marks);
          }
          case 'image':
            return run(node.alt ?? '', marks);
          case 'html':
            return '';
          default:
            return run(toString(node), marks);
        }
      })
      .join('');
  const paragraph = (content: string, props = '<a:pPr marL="0" indent="0"><a:buNone/></a:pPr>') => {
    if (content) out.push(`<a:p>${props}${content}<a:endParaRPr lang="${lang}" dirty="0"/></a:p>`);
  };
  const item = (node: ListItem, depth: number, bullet: string) => {
    const marL = 285750 * (depth + 1);
    const props = `<a:pPr marL="${marL}" indent="-285750">${bullet}</a:pPr>`;
    let first = true;
    for (const child of node.children) {
      if (child.type === 'list') {
        block(child, depth + 1);
        continue;
      }
      const content =
        child.type === 'paragraph' || child.type === 'heading'
          ? phrasing(child.children, {})
          : run(toString(child), {});
      // Further paragraphs of one item continue under its text, without a bullet of their own.
      paragraph(content, first ? props : `<a:pPr marL="${marL}" indent="0"><a:buNone/></a:pPr>`);
      first = false;
    }
  };
  const block = (node: RootContent, depth: number): void => {
    switch (node.type) {
      case 'paragraph':
        paragraph(phrasing(node.children, {}));
        return;
      case 'heading':
        paragraph(phrasing(node.children, { bold: true }));
        return;
      case 'list':
        node.children.forEach((child, i) => {
          const bullet = node.ordered
            ? '<a:buFont typeface="+mj-lt"/>' +
              `<a:buAutoNum type="arabicPeriod" startAt="${(node.start ?? 1) + i}"/>`
            : '<a:buFont typeface="Arial"/><a:buChar char="•"/>';
          item(child, depth, bullet);
        });
        return;
      case 'blockquote':
      case 'callout':
        for (const child of node.children) block(child as RootContent, depth);
        return;
      case 'code':
        for (const line of node.value.split('\n')) paragraph(run(line, { code: true }));
        return;
      case 'table':
        for (const row of node.children)
          paragraph(run(row.children.map((cell) => toString(cell)).join(' | '), {}));
        return;
      case 'figure':
        paragraph(run(node.caption ?? node.alt, {}));
        return;
      case 'thematicBreak':
      case 'html':
      case 'definition':
        return;
      default:
        paragraph(run(toString(node), {}));
    }
  };
  for (const node of notes) block(node, 0);
  return out.join('');
}
