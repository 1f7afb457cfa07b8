import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { condense, plain } from '../../../src/plan/points/condense.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

describe('condense', () => {
  it('leaves text that fits alone, and text a cut would barely shorten', () => {
    expect(condense([text('Short bullet.')], 100)).toBeUndefined();
    expect(
      condense(
        [text('A sentence that is just a little longer than the limit allows, by a word or two.')],
        70,
      ),
    ).toBeUndefined();
  });

  it('keeps the bold key phrase and the first clause after it', () => {
    const long = [
      strong('Opening'),
      text(
        ': Nguyễn Gia Hưng opens the event, emphasizing the increasingly critical role of Agentic AI in the cloud landscape today and tomorrow',
      ),
    ];
    const short = condense(long, 70)!;
    expect(short[0]).toEqual(strong('Opening'));
    expect(plain(short)).toBe('Opening: Nguyễn Gia Hưng opens the event…');
  });

  it('falls back to the bold phrase alone when no clause fits', () => {
    const long = [
      strong('Agent Orchestration & Context Optimization'),
      text(
        ': Thisisaverylongwordwithoutbreaksthatcannotbecutanywhereatallreallytrulyhonestly and more words after it',
      ),
    ];
    expect(plain(condense(long, 60)!)).toBe('Agent Orchestration & Context Optimization …');
  });

  it('cuts at the end of the first sentence, never inside one when it can help it', () => {
    const long = [
      text(
        'DevOps is a culture. It joins development and operations so that teams ship faster and safer than before, every day.',
      ),
    ];
    expect(plain(condense(long, 60)!)).toBe('DevOps is a culture. …');
  });

  it('cuts at a clause break and marks the cut', () => {
    const long = [
      text(
        'Sự kiện được tổ chức nhằm kết nối cộng đồng học viên, sinh viên, kỹ sư và những người quan tâm đến Cloud Computing và AI',
      ),
    ];
    const short = plain(condense(long, 80)!);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(81);
    expect(long[0]!.type === 'text' && long[0]!.value.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('keeps inline formatting inside what it keeps', () => {
    const long = [
      text('Use '),
      { type: 'inlineCode', value: 'aws s3 ls' } as PhrasingContent,
      text(' to list buckets. Then continue with many more words that make this far too long for a slide.'),
    ];
    expect(condense(long, 40)).toEqual([
      text('Use '),
      { type: 'inlineCode', value: 'aws s3 ls' },
      text(' to list buckets.'),
      text(' …'),
    ]);
  });

  it('keeps the sentences that carry the facts, in order, marking each gap', () => {
    const long = [
      text(
        'Overall it was a really amazing and very interesting day for everyone who came. The conference ran three parallel channels: live demos, enterprise & security, big data & analytics. I also enjoyed the coffee a lot. Amazon Bedrock and SageMaker drew 40% of the questions.',
      ),
    ];
    const short = plain(condense(long, 190)!);
    expect(short).toContain(
      'three parallel channels: live demos, enterprise & security, big data & analytics.',
    );
    expect(short).toContain('Amazon Bedrock and SageMaker drew 40% of the questions.');
    expect(short).not.toContain('Overall');
    expect(short.startsWith('… ')).toBe(true);
    expect(short.indexOf('three parallel')).toBeLessThan(short.indexOf('Amazon Bedrock'));
  });

  it('keeps bold phrases and their formatting when it picks sentences', () => {
    const long = [
      text('The event was held downtown and was quite pleasant overall for all. '),
      strong('Zero Trust'),
      text(' means every request is verified, whatever network it comes from, every time. '),
      text('We had lunch afterwards and talked about many things with many people.'),
    ];
    const short = condense(long, 110)!;
    expect(short.some((node) => node.type === 'strong' && plain([node]) === 'Zero Trust')).toBe(true);
    expect(plain(short)).not.toContain('lunch');
  });
});
