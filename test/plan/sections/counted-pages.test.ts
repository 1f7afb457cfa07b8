// A section on two slides is split where the second can be titled by the author's own label,
// over one whose second slide only a counter ("Conclusion 2/2") would tell apart.
import { describe, expect, it } from 'vitest';
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
