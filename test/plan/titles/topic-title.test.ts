import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { mainName } from '../../../src/plan/titles/main-name.js';
import { topicTitle } from '../../../src/plan/titles/topic-title.js';

const blocks = (markdown: string): RootContent[] => fromMarkdown(markdown).children;
const title = (markdown: string) => topicTitle(blocks(markdown), 'FALLBACK');

describe('topicTitle', () => {
  it('never ends a name on a word whose phrase goes on', () => {
    const text =
      '> Tổng thể, sự kiện giúp tôi hiểu rõ hơn về AI Agent, định hướng nghề nghiệp trong lĩnh vực Cloud Computing và Trí tuệ nhân tạo.';
    expect(title(text)).not.toMatch(/Trí$/u);
    expect(mainName('We followed a talk on Machine Learning and Deep Racer community races in AWS.')).toBe(
      'Machine Learning',
    );
    expect(mainName('Cloud Computing và Trí tuệ nhân tạo đang thay đổi doanh nghiệp')).toBe(
      'Cloud Computing',
    );
    // A joined name that ends where its clause ends stays whole.
    expect(mainName('We met the teams of Research and Development.')).toBe('Research and Development');
  });

  it('titles a wrap-up by what it is, in the language it is written in', () => {
    expect(
      title('Overall, the event deepened my appreciation for AWS best practices and community learning.'),
    ).toBe('Conclusion');
    expect(
      title('Tổng thể, sự kiện mang đến nhiều kiến thức thực tiễn về AI và Cloud trên nền tảng AWS cho tôi.'),
    ).toBe('Tổng kết');
    // What the wrap-up sets in bold is part of its sentence, not what the page is about.
    expect(
      title('> Overall, the event gave a clear framework for building **Agentic AI Systems** on AWS.'),
    ).toBe('Conclusion');
  });

  it('never takes a link’s text as the title', () => {
    const page = [
      'All the keynotes have been uploaded to the event site and summarised elsewhere, and my top 5 announcements are:',
      '',
      '1. [Braket](https://aws.amazon.com/braket/): quantum computing is coming.',
      '2. [Deep Composer](https://aws.amazon.com/deepcomposer): a musical keyboard.',
    ].join('\n');
    expect(title(page)).toBe('My top 5 announcements');
    expect(
      title('[**Amazon Builders Library**](https://example.com) has white papers on building.'),
    ).not.toMatch(/Builders/u);
  });

  it('passes over page furniture and lone brand words', () => {
    const page = [
      '**Published:**',
      '',
      'On 8/18 a couple members of my team and I attended the AWS Summit in a big convention hall downtown!',
      'The AWS Summit is a free event hosted by AWS at the Anaheim Convention Center.',
    ].join('\n');
    expect(title(page)).toBe('AWS Summit');
    expect(title('We went there with AWS people and had a very nice evening that we enjoyed a lot.')).toBe(
      'FALLBACK',
    );
  });

  it('keeps a quoted name whole, commas and all', () => {
    expect(mainName('Tham gia “DATA DRIVEN, AI RISEN” giúp tôi hiểu hơn về AI.')).toBe(
      'DATA DRIVEN, AI RISEN',
    );
  });

  it('takes a leading bold phrase, else a short whole first sentence', () => {
    expect(title('**Amazon Q Developer**: an assistant for the whole software cycle.')).toBe(
      'Amazon Q Developer',
    );
    expect(title('Now for the after party! It was hosted by a vendor at a restaurant nearby.')).toBe(
      'Now for the after party',
    );
  });
});
