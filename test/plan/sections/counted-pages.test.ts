// A section on two slides is split where the second can be titled by the author's own label,
// over one whose second slide only a counter ("Conclusion 2/2") would tell apart.
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { plan } from '../../helpers.js';

describe('a section too long for one slide', () => {
  it('breaks where the next slide opens with the author’s label, and takes it as its title', () => {
    const recap = [
      '# Cloud Mastery Series',
      '',
      '## Kết Luận',
      '',
      'Tham dự AWS Cloud Mastery Series #1 là một khoản đầu tư có giá trị cho sự phát triển nghề nghiệp. ' +
        'Sự kiện không chỉ cung cấp kiến thức kỹ thuật mà còn cả thông tin thực tế, cơ hội kết nối và động ' +
        'lực để theo đuổi các sáng kiến AI/ML.',
      '',
      '**Các bước tiếp theo:**',
      '1. Hoàn thành các lab thực hành với SageMaker và Bedrock',
      '2. Xây dựng các dự án proof-of-concept',
      '3. Chia sẻ kiến thức với nhóm',
      '4. Tham dự các sự kiện AWS Cloud Mastery Series trong tương lai',
      '5. Theo đuổi chứng chỉ AWS ML',
      '',
      '> Sự kiện đã thành công đạt được mục tiêu giới thiệu các dịch vụ AWS AI/ML và truyền cảm hứng cho ' +
        'người tham gia khám phá và triển khai các giải pháp AI trong công việc của họ.',
      '',
    ].join('\n');
    const slides = plan(recap).deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.some((s) => s.part)).toBe(false);
    expect(slides.map((s) => s.title)).toContain('Các bước tiếp theo');
  });
});

describe('a list whose items each take a slide of their own', () => {
  // Each point runs to two lines or three: a session fills more than half a slide.
  const why =
    ' The speaker showed how the team measured it, what it cost and what they would change next time.';
  const session = (n: number, name: string, line: string, points: string[]) => [
    `- **Session ${n}: ${name}** – ${line}`,
    ...[...points, 'Questions from the room went on past the end of the session.'].map(
      (p) => `  - ${p}${why}`,
    ),
  ];
  const sessions = [
    session(1, 'Serverless at scale', 'Cold starts and concurrency for bursty traffic.', [
      'Provisioned concurrency keeps the slowest requests fast when traffic arrives in sudden bursts.',
      'An order pipeline built on SQS, EventBridge and Step Functions retried failed steps on its own.',
    ]),
    session(2, 'Data lakes on Amazon S3', 'Table formats and access control across accounts.', [
      'Iceberg tables let analysts query yesterday’s data while today’s batch is still being written.',
      'Lake Formation grants row-level access to each team without copying the data into new buckets.',
    ]),
    session(3, 'Generative AI with Bedrock', 'Choosing a model for a support assistant.', [
      'Models were compared on cost and latency with the team’s own tickets rather than public benchmarks.',
      'Knowledge Bases kept the answers grounded in the product manuals and cited the page they came from.',
    ]),
  ];

  it('titles each slide by its item’s label, under the section’s title, and shows the item as the body', () => {
    const recap = ['# Community Day', '', '## Sessions attended', '', ...sessions.flat(), ''].join('\n');
    const slides = plan(recap).deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(slides.map((s) => s.title)).toEqual([
      'Session 1: Serverless at scale',
      'Session 2: Data lakes on Amazon S3',
      'Session 3: Generative AI with Bedrock',
    ]);
    for (const slide of slides) {
      expect(slide.eyebrow).toBe('Sessions attended');
      expect(slide.part).toBeUndefined();
      // The label is the title now: the body opens with the item's words, its points under them.
      const [lead, points] = slide.blocks;
      expect(lead?.type).toBe('paragraph');
      expect(toString(lead!)).not.toMatch(/^Session|^[–-]/u);
      expect(points?.type).toBe('list');
    }
  });

  it('keeps the section’s title with a counter where a slide holds two items', () => {
    const short = sessions.map(([head, first]) => [head!, first!]);
    const recap = ['# Community Day', '', '## Sessions attended', '', ...short.flat(), ''].join('\n');
    const slides = plan(recap).deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(slides.some((s) => /^Session \d/u.test(s.title))).toBe(false);
  });
});
