import type { List, Paragraph, PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { prosePoints } from '../../../src/plan/points/prose-points.js';
import { phrasingText as plain } from '../../../src/model/text.js';
import { shorten } from '../../../src/plan/points/shorten.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const points = (list: List | undefined) =>
  list?.children.map((item) => plain((item.children[0] as Paragraph).children));

describe('shorten', () => {
  it('leaves text that fits alone, and text a cut would barely shorten', () => {
    expect(shorten([text('Short bullet.')], 100)).toBeUndefined();
    expect(
      shorten([text('A sentence that is just a little longer than the limit allows, by a word or two.')], 70),
    ).toBeUndefined();
  });

  it('keeps after a label the sentence that carries the point, a little over the room, over a weaker one', () => {
    const item = [
      strong('Context is Key'),
      text(
        ': As workflows become increasingly complex, standard context windows are insufficient. Applying ',
      ),
      strong('"Context Optimization"'),
      text(' strategies is essential for reducing operational costs while increasing Agent accuracy'),
    ];
    const short = shorten(item, 110)!;
    expect(plain(short)).toBe(
      'Context is Key: Applying "Context Optimization" strategies is essential for reducing operational costs while increasing Agent accuracy',
    );
  });

  it('keeps the bold label and the first whole sentence after it, unmarked', () => {
    const long = [
      strong('Opening'),
      text(
        ': Nguyễn Gia Hưng opens the event. He stresses the increasingly critical role of Agentic AI in the cloud landscape today and tomorrow, for every team.',
      ),
    ];
    const short = shorten(long, 70)!;
    expect(short[0]).toEqual(strong('Opening'));
    expect(plain(short)).toBe('Opening: Nguyễn Gia Hưng opens the event.');
  });

  it('keeps, after a label, the sentence that says most rather than a preamble or a sentence leaning back', () => {
    const session = [
      strong('Session 1: VPC Networking'),
      { type: 'break' } as PhrasingContent,
      text(
        'A detailed look at network flows. It explains the ephemeral ports 1024-65535 of NAT Gateway and ' +
          'how Zonal and Regional NAT differ. This was very interesting for everyone in the room today.',
      ),
    ];
    const short = shorten(session, 150)!;
    expect(short[1]).toEqual({ type: 'break' });
    expect(plain(short)).toMatch(/^Session 1: VPC Networking\n?It explains the ephemeral ports 1024-65535/);
    // A bold subject opening a sentence is no label.
    const subject = [
      strong('Agentic AI'),
      text(' acts on its own. It plans, picks tools and checks results.'),
    ];
    expect(
      points(prosePoints({ type: 'paragraph', children: subject }, { most: 1, pointLimit: 200 })),
    ).toEqual(['Agentic AI acts on its own.']);
  });

  it('takes the sentence a paragraph concludes with over its set-up, for a single point', () => {
    const story = [
      text('Initially, the team had too many ideas leading to heated debates. '),
      text('The lesson learned was to set ego aside and commit to the most feasible solution.'),
    ];
    expect(points(prosePoints({ type: 'paragraph', children: story }, { most: 1, pointLimit: 200 }))).toEqual(
      ['The lesson learned was to set ego aside and commit to the most feasible solution.'],
    );
  });

  it('keeps one long sentence whole rather than cut it anywhere inside', () => {
    const labelled = [
      strong('Agent Orchestration & Context Optimization'),
      text(': a long single sentence about agents, memory, tools and how they are chained for the user'),
    ];
    expect(shorten(labelled, 60)).toBeUndefined();
    const clause = [
      text(
        'Sự kiện được tổ chức nhằm kết nối cộng đồng học viên; mọi người cùng chia sẻ kinh nghiệm về Cloud Computing và AI',
      ),
    ];
    expect(shorten(clause, 80)).toBeUndefined();
  });

  it('cuts at the end of a sentence, never inside one when it can help it', () => {
    const long = [
      text(
        'DevOps is a culture. It joins development and operations so that teams ship faster and safer than before, every day.',
      ),
    ];
    expect(plain(shorten(long, 60)!)).toBe('DevOps is a culture.');
  });

  it('keeps inline formatting inside what it keeps', () => {
    const long = [
      text('Use '),
      { type: 'inlineCode', value: 'aws s3 ls' } as PhrasingContent,
      text(' to list buckets. Then continue with many more words that make this far too long for a slide.'),
    ];
    expect(shorten(long, 40)).toEqual([
      text('Use '),
      { type: 'inlineCode', value: 'aws s3 ls' },
      text(' to list buckets.'),
    ]);
  });

  it('keeps the sentences that carry the facts, in order, with no mark between them', () => {
    const long = [
      text(
        'Overall it was a really amazing and very interesting day for everyone who came. The conference ran three parallel channels: live demos, enterprise & security, big data & analytics. I also enjoyed the coffee a lot. Amazon Bedrock and SageMaker drew 40% of the questions.',
      ),
    ];
    const short = plain(shorten(long, 190)!);
    expect(short).toBe(
      'The conference ran three parallel channels: live demos, enterprise & security, big data & analytics. Amazon Bedrock and SageMaker drew 40% of the questions.',
    );
  });

  it('keeps bold phrases and their formatting when it picks sentences', () => {
    const long = [
      text('The event was held downtown and was quite pleasant overall for all. '),
      strong('Zero Trust'),
      text(' means every request is verified, whatever network it comes from, every time. '),
      text('We had lunch afterwards and talked about many things with many people.'),
    ];
    const short = shorten(long, 110)!;
    expect(short.some((node) => node.type === 'strong' && plain([node]) === 'Zero Trust')).toBe(true);
    expect(plain(short)).not.toContain('lunch');
    expect(plain(short)).not.toContain('…');
  });
});

describe('prosePoints', () => {
  const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });

  it('turns a paragraph into its key sentences, opening sentence first, each whole', () => {
    const list = prosePoints(
      paragraph(
        'The Well-Architected review covers six pillars of AWS design. We spent an hour on it. ' +
          'Security and Reliability took 40% of the questions from the 120 attendees. It was fun. ' +
          'Amazon GuardDuty and AWS Config were shown live in the console.',
      ),
      { most: 3, pointLimit: 200 },
    );
    expect(points(list)).toEqual([
      'The Well-Architected review covers six pillars of AWS design.',
      'Security and Reliability took 40% of the questions from the 120 attendees.',
      'Amazon GuardDuty and AWS Config were shown live in the console.',
    ]);
  });

  it('never shows a sentence that leans on the one before without it', () => {
    const alerts = paragraph(
      'Cloud systems raise thousands of alerts every day. ' +
        'Teams drown in notifications and cannot tell which ones are severe. ' +
        'As a result, MTTD and MTTR grow, which hurts users and revenue.',
    );
    const one = points(prosePoints(alerts, { most: 1, pointLimit: 200 }));
    expect(one).toEqual(['Cloud systems raise thousands of alerts every day.']);
    const two = points(prosePoints(alerts, { most: 2, pointLimit: 200 }))!;
    for (const [k, point] of two.entries())
      if (point.startsWith('As a result')) expect(two[k - 1]).toMatch(/^Teams drown/);
  });

  it('never shows a sentence that only adds to the one before without it', () => {
    const learned = paragraph(
      'We learned how the culture of a team decides how fast it ships its work. ' +
        'We also learned Infrastructure as Code with AWS CloudFormation, AWS CDK and 3 labs in 45 minutes.',
    );
    expect(points(prosePoints(learned, { most: 1, pointLimit: 200 }))).toEqual([
      'We learned how the culture of a team decides how fast it ships its work.',
    ]);
  });

  it('makes a single sentence one point', () => {
    const one = prosePoints(paragraph('Only one sentence here, about Amazon S3 buckets.'), {
      most: 3,
      pointLimit: 200,
    });
    expect(points(one)).toEqual(['Only one sentence here, about Amazon S3 buckets.']);
  });
});
