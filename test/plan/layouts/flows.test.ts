// Arrow chains drawn as process flows: a row of boxes when the chain is the line, step
// chips inside a sentence, nothing for a single arrow; the recap's words stay in the notes.
import type { List, Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { Flow, FlowChain } from '../../../src/model/nodes.js';
import { withChips, withFlows } from '../../../src/plan/layouts/flows.js';

const block = (markdown: string) => fromMarkdown(markdown).children[0] as RootContent;
const steps = (flow: Flow | FlowChain) => flow.children.map((step) => toString(step));

describe('process flows', () => {
  it('draws a line that is a chain, after a short label, as a row of steps', () => {
    const [item] = withFlows(block('- Demo pipeline: từ commit → build → test → deploy lên EC2/ECS.'));
    const children = (item as { children: { children: RootContent[] }[] }).children[0]!.children;
    expect(toString(children[0]!)).toBe('Demo pipeline:');
    expect(children[1]!.type).toBe('flow');
    expect(steps(children[1] as Flow)).toEqual(['commit', 'build', 'test', 'deploy lên EC2/ECS']);
  });

  it('draws a chain on the last line of a paragraph, after its lead-in line, as a row', () => {
    const [lead, flow] = withFlows(
      block('Overview of the lifecycle:  \n**Detect → Analyze → Contain → Recover**.'),
    );
    expect(toString(lead!)).toBe('Overview of the lifecycle:');
    expect(steps(flow as Flow)).toEqual(['Detect', 'Analyze', 'Contain', 'Recover']);
  });

  it('keeps only the names next to the arrows when the ends run on into the sentence', () => {
    const [out] = withFlows(
      block('Parallel processing of WebRTC → STT → LLM → TTS streams ensuring instant responses.'),
    ) as [Paragraph];
    const chain = out.children.find(
      (c) => (c as { type: string }).type === 'flowChain',
    ) as unknown as FlowChain;
    expect(steps(chain)).toEqual(['WebRTC', 'STT', 'LLM', 'TTS']);
    expect(toString(out)).toContain('Parallel processing of ');
  });

  it('leaves a chain as written when its ends are clauses or open a bracket', () => {
    for (const text of [
      'Hệ thống đa tầng: tầng thu thập dữ liệu (metrics, logs, traces) → tầng phân tích AI → tầng ra quyết định → tầng thực thi hành động tự động.',
      'This meant a mix of beginner → intermediate → advanced content for everyone.',
    ]) {
      const [out] = withFlows(block(text)) as [Paragraph];
      expect(out.children.map((c) => c.type)).toEqual(['text']);
      expect(toString(out)).toBe(text);
    }
  });

  it('draws a chain inside a sentence as step chips, the sentence around it kept', () => {
    const [out] = withFlows(
      block('Đối với tiếng Việt, mô hình Speech-to-Text → LLM → Text-to-Speech mang lại hiệu quả cao hơn.'),
    ) as [Paragraph];
    const chain = out.children.find(
      (c) => (c as { type: string }).type === 'flowChain',
    ) as unknown as FlowChain;
    expect(steps(chain)).toEqual(['Speech-to-Text', 'LLM', 'Text-to-Speech']);
    expect(toString(out.children[0]!)).toBe('Đối với tiếng Việt, mô hình ');
    expect(toString(out.children[out.children.length - 1]!)).toBe(' mang lại hiệu quả cao hơn.');
  });

  it('leaves a single arrow, and sentences between arrows, as text', () => {
    for (const text of [
      '- **AWS CDK**: IaC dạng imperative sử dụng Python, TypeScript → dễ mở rộng & tái sử dụng.',
      'We tried it → it failed because the quota was far too low for the whole team → we asked for more.',
    ]) {
      const out = withFlows(block(text));
      expect(JSON.stringify(out)).not.toMatch(/"flow(Chain)?"/);
      expect(out.map((b) => toString(b)).join('')).toBe(toString(block(text)));
    }
  });

  it('draws an arrow typed in ASCII as the arrow it stands for, outside code', () => {
    const shown = (text: string) =>
      withFlows(block(text))
        .map((b) => toString(b))
        .join('');
    expect(shown('Random traffic variations happen -> overloads happen, as in `a -> b`.')).toBe(
      'Random traffic variations happen → overloads happen, as in a -> b.',
    );
    expect(shown('Costs grew with every agent => Solution: cache the answers.')).toBe(
      'Costs grew with every agent ⇒ Solution: cache the answers.',
    );
  });

  it('changes a copy: the block the notes are made from keeps the recap words', () => {
    const original = block('- Demo pipeline: từ commit → build → test → deploy.');
    const before = JSON.stringify(original);
    withFlows(original);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('keeps the label formatting, and drops the brackets that only held the chain', () => {
    const [item] = withFlows(
      block('- **Get Certified**: Pursue AWS certifications (Cloud Practitioner → Associate → Professional)'),
    ) as List[];
    const [lead, flow] = item!.children[0]!.children as RootContent[];
    expect(lead).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }, { type: 'text' }] });
    expect(toString(lead!)).toBe('Get Certified: Pursue AWS certifications');
    expect(flow?.type).toBe('flow');
  });

  it('draws a code span that is only a chain as chips, and a chain in bold as chips in bold', () => {
    const chainOf = (node: RootContent): FlowChain | undefined => {
      let found: FlowChain | undefined;
      const walk = (n: { type: string; children?: unknown[] }) => {
        if (n.type === 'flowChain') found = n as unknown as FlowChain;
        else for (const c of (n.children ?? []) as { type: string }[]) walk(c);
      };
      walk(node as { type: string });
      return found;
    };
    const code = withChips(block('Kiến trúc: `Telephony → Streaming Audio → Amazon Nova Sonic → Bedrock`'));
    expect(steps(chainOf(code)!)).toEqual(['Telephony', 'Streaming Audio', 'Amazon Nova Sonic', 'Bedrock']);
    // Code that holds more than a chain stays code.
    expect(chainOf(withChips(block('Run `a → b → c && make`')))).toBeUndefined();
    const bold = withChips(block('The lifecycle: **Detect → Analyze → Contain → Recover**.')) as Paragraph;
    expect(bold.children[1]).toMatchObject({ type: 'strong', children: [{ type: 'flowChain' }] });
  });

  it('never draws a row of boxes when only chips are asked for (a card is too narrow for one)', () => {
    const out = withChips(block('**Get Certified**: Cloud Practitioner → Associate → Professional'));
    expect(out.type).toBe('paragraph');
    expect(chainOfType(out, 'flow')).toBe(false);
  });
});

describe('a verb that leads into a chain', () => {
  it('stays the line over the flow, not a word of its first step', () => {
    const [label, flow] = withFlows(block('Automates Source → Build → Test → Deploy'));
    expect(toString(label!)).toBe('Automates');
    expect(steps(flow as Flow)).toEqual(['Source', 'Build', 'Test', 'Deploy']);
    // A name is no verb: "AWS Lambda" stays the first step.
    const [only] = withFlows(block('AWS Lambda → SQS → SNS'));
    expect(steps(only as Flow)).toEqual(['AWS Lambda', 'SQS', 'SNS']);
  });
});

function chainOfType(node: RootContent, type: string): boolean {
  return JSON.stringify(node).includes(`"type":"${type}"`);
}
