import type { List, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

describe('thin siblings too long-titled for cards', () => {
  it('share one slide as a list, each heading over its first point, a list sibling its first item', () => {
    const sibling = (name: string) =>
      `### On ${name}, the part of the workshop that the whole team talked about for the rest of the day\n\n- ${name} point one\n- ${name} point two\n`;
    const { deck } = plan(
      `# Workshop\n\n## Intro\n\n- A point.\n\n## Takeaways\n\n${sibling('security')}\n${sibling('tools')}\n${sibling('response')}\n`,
    );
    const slide = deck.slides.find((s) => s.title === 'Takeaways')!;
    const items = (slide.blocks[0] as List).children;
    expect(items).toHaveLength(3);
    for (const item of items) {
      const line = item.children[0] as Paragraph;
      expect(line.children[0]!.type).toBe('strong');
      expect(toString(line.children.slice(2) as never)).toMatch(/point one$/);
    }
  });
});

describe('sibling parts that each list several points', () => {
  const domains = [
    [
      'Identity & Access Management',
      'Hiểu các khái niệm cốt lõi của IAM: Users, Roles, Policies và lý do tránh dùng long-term credentials',
      'Khám phá IAM Identity Center (SSO) với phân quyền',
      'Thực hành các best practices về bảo mật: MFA, credential rotation, IAM Access Analyzer',
    ],
    [
      'Detection',
      'Học cách CloudTrail cho phép audit đầy đủ trên nhiều tài khoản',
      'Khám phá các dịch vụ phát hiện mối đe dọa: GuardDuty và Security Hub',
      'Hiểu cách logging ở nhiều lớp: VPC Flow Logs, ALB logs, S3 access logs',
      'Xây dựng alerting và automation workflow sử dụng EventBridge',
    ],
    [
      'Infrastructure Protection',
      'KMS: key policies, grants, rotation',
      'Mã hóa dữ liệu at-rest & in-transit: S3, EBS, RDS, DynamoDB',
      'Secrets Manager & Parameter Store — pattern rotation',
      'Phân loại dữ liệu & access guardrails',
    ],
    [
      'Incident Response',
      'Vòng đời IR trên AWS',
      'Xử lý compromised IAM key',
      'Phát hiện S3 public exposure',
      'Phát hiện malware trên EC2',
      'Snapshot, isolation, evidence collection',
      'Tự động phản hồi với Lambda/Step Functions',
    ],
  ];

  it('show every point, as cards, never only the first item of each in a list of them', () => {
    const parts = domains.map(
      ([name, ...items]) => `### ${name}\n${items.map((i) => `- ${i}`).join('\n')}\n`,
    );
    const recap = `# Pillar\n\n## Mục tiêu\n\n- Học về bảo mật.\n\n## Những điểm nổi bật\n\n${parts.join('\n')}\n## Trải nghiệm\n\n- Một ngày bổ ích.\n`;
    const { deck } = plan(recap);
    const shown = deck.slides.map((s) => toString({ type: 'root', children: s.blocks })).join('\n');
    for (const [, ...items] of domains) for (const item of items) expect(shown).toContain(item);
    // Incident Response's six short points, two columns on a slide of their own, share a slide
    // of cards with their neighbour as the other parts do.
    const holding = deck.slides.filter((s) =>
      toString({ type: 'root', children: s.blocks }).includes('Vòng đời IR'),
    );
    expect(holding.map((s) => s.layout)).toEqual(['cards']);
  });
});
