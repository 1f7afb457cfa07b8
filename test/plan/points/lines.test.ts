import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import {
  asList,
  collapsedLine,
  firstLine,
  isLabelLine,
  itemLine,
  wholeLine,
} from '../../../src/plan/points/lines.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const line = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

describe('lines', () => {
  it('reads a line as a label when it ends in a colon or is bold alone', () => {
    expect(isLabelLine(line(text('AWS WAF:')))).toBe(true);
    expect(isLabelLine(line(text('Dịch vụ： ')))).toBe(true);
    expect(isLabelLine(line({ type: 'strong', children: [text('Supervisor Agent')] }))).toBe(true);
    expect(isLabelLine(line({ type: 'strong', children: [text('S3')] }, text(' stores objects.')))).toBe(
      false,
    );
    expect(isLabelLine(line(text('A sentence that says something.')))).toBe(false);
  });

  it("takes an item's first paragraph as its line, not its sub-items", () => {
    const own = line(text('Parent'));
    const item: ListItem = {
      type: 'listItem',
      children: [
        { type: 'list', children: [{ type: 'listItem', children: [line(text('Child'))] }] },
        own,
        line(text('More')),
      ],
    };
    expect(firstLine(item)).toBe(own);
    expect(firstLine({ type: 'listItem', children: [] })).toBeUndefined();
  });

  it('sets lines as a tight list, one item each, in order', () => {
    const lines = [line(text('One')), line(text('Two'))];
    const list = asList(lines);
    expect(list).toMatchObject({ type: 'list', ordered: false, spread: false });
    expect(list.children.map((item) => item.children)).toEqual([[lines[0]], [lines[1]]]);
  });

  it('joins the sub-items an item leads into onto its line, and leaves other items their own', () => {
    const [list] = fromMarkdown(
      '- Used CloudTrail to:\n  - track KMS usage,\n  - audit IAM access.\n- Learned KMS\n  - key rotation\n',
    ).children;
    const [lead, plain] = (list as { children: ListItem[] }).children;
    expect(toString(wholeLine(lead!)!)).toBe('Used CloudTrail to: track KMS usage; audit IAM access');
    expect(toString(wholeLine(plain!)!)).toBe('Learned KMS');
  });

  it('collapses a head that says nothing alone with as many of its short sub-points as fit', () => {
    const items = (md: string) => (fromMarkdown(md).children[0] as { children: ListItem[] }).children;
    const [head, question, sentence] = items(
      [
        '- Why serverless is great',
        '  - More elastic',
        '  - Pay only for what you use',
        '- Why is not everything serverless?',
        '  - Customers wary of the new',
        '- Aurora gives you auto scaling of the database engine instances.',
        '  - Still running on dedicated instances',
      ].join('\n'),
    );
    expect(toString(collapsedLine(head!)!)).toBe(
      'Why serverless is great: More elastic; Pay only for what you use',
    );
    expect(toString(collapsedLine(question!)!)).toBe(
      'Why is not everything serverless? Customers wary of the new',
    );
    // A sentence says something by itself: it is no head.
    expect(collapsedLine(sentence!)).toBeUndefined();
  });

  it('collapses a label, its colon the joint, with the first sub-points that fit', () => {
    const [label] = (
      fromMarkdown(
        [
          '- **Supervisor Agent:**',
          '  - Uses AgentCore Runtime to orchestrate sub-agents.',
          '  - Integrates AgentCore Short-Term Memory to retain session context throughout the conversation.',
        ].join('\n'),
      ).children[0] as { children: ListItem[] }
    ).children;
    expect(toString(collapsedLine(label!)!)).toBe(
      'Supervisor Agent: Uses AgentCore Runtime to orchestrate sub-agents',
    );
  });

  it('names labelled sub-items by their labels, never a label run into a label', () => {
    const [head] = (
      fromMarkdown(
        [
          '- **Sub-agents & Tools:**',
          '  - **Crawler Subagent:** Triggers web scraping tools.',
          '  - **Data Sanitization:** Filters and cleans data right after crawling.',
        ].join('\n'),
      ).children[0] as { children: ListItem[] }
    ).children;
    expect(toString(collapsedLine(head!)!)).toBe('Sub-agents & Tools: Crawler Subagent; Data Sanitization');
  });
});

describe('itemLine', () => {
  const itemOf = (markdown: string) => (fromMarkdown(markdown).children[0] as List).children[0]!;

  it('names a label’s topic without its colon where none of its sub-items fits the line', () => {
    const long =
      'If the evaluation score is high, data is stored in Amazon S3 and its metadata in Amazon DynamoDB, then rendered on the dashboard.';
    const line = itemLine(itemOf(`- **Evaluation & Data Persistence:**\n  - ${long}\n  - ${long}`));
    expect(toString(line!)).toBe('Evaluation & Data Persistence');
    expect(line!.children[0]!.type).toBe('strong');
  });

  it('carries the sub-items that fit, and leaves a line that is no label as it is', () => {
    expect(toString(itemLine(itemOf('- **Why serverless:**\n  - Elastic\n  - Pay per use'))!)).toBe(
      'Why serverless: Elastic; Pay per use',
    );
    expect(toString(itemLine(itemOf('- Ship weekly: small changes are safer.'))!)).toBe(
      'Ship weekly: small changes are safer.',
    );
  });
});
