import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { est, plan } from '../../helpers.js';
import { findLostWords } from '../../oracle/coverage.js';

const bodyOf = (recap: string, title: string) =>
  toString({ type: 'root', children: plan(recap).deck.slides.find((s) => s.title === title)!.blocks });

describe('a bold lead that repeats the slide title', () => {
  it('leaves when it only labels what follows', () => {
    const body = bodyOf(
      '# E\n\n## Conclusion\n\n**Conclusion:** The event was worth the trip.\n',
      'Conclusion',
    );
    expect(body).toBe('The event was worth the trip.');
  });

  it('leaves when it stands alone on its line over what it names', () => {
    const body = bodyOf(
      '# E\n\n## Keynote & Industry Sharing\n\n**Keynote & Industry Sharing**\n\n- 9:15 | Future Direction\n- 9:40 | DevOps & Future Career\n',
      'Keynote & Industry Sharing',
    );
    expect(body).not.toContain('Keynote & Industry Sharing');
    expect(body).toContain('Future Direction');
  });

  it('stays when it is the subject of its sentence', () => {
    const body = bodyOf(
      '# E\n\n## Amazon Bedrock AgentCore\n\n**Amazon Bedrock AgentCore** là dịch vụ AWS để vận hành AI Agent.\n',
      'Amazon Bedrock AgentCore',
    );
    expect(body).toBe('Amazon Bedrock AgentCore là dịch vụ AWS để vận hành AI Agent.');
  });
});

/** Five long points: a list that fills most of a slide. */
const items = Array.from(
  { length: 5 },
  (_, i) =>
    `- Point ${i + 1}: the team will design inputs with clear context and outputs with a schema, ` +
    'so that the results stay stable from one run of the pipeline to the next one.',
).join('\n');

describe('the sentence that announces a list', () => {
  const recap = (lead: string) => `# E\n\n## Links to our project\n\n${lead}\n\n${items}\n`;
  const lead =
    'After the event I drew a number of points that relate to the project our team is building now:';

  it('goes to the notes where that keeps the list on one slide', () => {
    const slides = plan(recap(lead)).deck.slides.filter((s) => s.title === 'Links to our project');
    expect(slides).toHaveLength(1);
    expect(toString({ type: 'root', children: slides[0]!.blocks })).not.toContain('After the event');
    expect(slides[0]!.notes.map((n) => toString(n)).join('\n')).toContain('After the event');
  });

  it('stays as a bold label naming its group', () => {
    const slides = plan(recap('**Links to our project, by area of the platform that we build:**')).deck
      .slides;
    const shown = slides.filter((s) => s.title === 'Links to our project');
    expect(shown.some((s) => toString({ type: 'root', children: s.blocks }).includes('by area'))).toBe(true);
  });
});

describe('the remark that closes a section after its list', () => {
  const remark =
    'The program is not just about technology training, but also serves as a bridge between ' +
    'knowledge and career, helping students confidently join the modern tech world.';
  const slidesOf = (closing: string) =>
    plan(`# E\n\n## What we take home\n\n${items}\n\n${closing}\n`).deck.slides.filter(
      (s) => s.title === 'What we take home',
    );

  it('goes to the notes where it alone takes the list onto a second slide', () => {
    const slides = slidesOf(remark);
    expect(slides).toHaveLength(1);
    expect(toString({ type: 'root', children: slides[0]!.blocks })).not.toContain('not just about');
    expect(slides[0]!.notes.map((n) => toString(n)).join('\n')).toContain('not just about');
  });

  it('stays when it is a labelled point, a quote set apart, or a part of its own (three sentences)', () => {
    const shown = (closing: string) =>
      slidesOf(closing).some((s) => toString({ type: 'root', children: s.blocks }).includes('not just'));
    expect(shown(`**Verdict:** ${remark}`)).toBe(true);
    expect(shown(`> ${remark}`)).toBe(true);
    expect(shown(`${remark} ${remark} ${remark}`)).toBe(true);
  });
});

describe('continuation pages of a section whose parts the author labelled', () => {
  const sentence = (topic: string, n: number) =>
    `${topic} step ${n} runs in the pipeline of the platform team and reports to the operations board.`;
  const part = (label: string) =>
    `**${label}:**\n${[1, 2, 3, 4, 5].map((n) => sentence(label, n)).join(' ')}`;
  const recap = (parts: string[]) => `# E\n\n## Deep Response Engine\n\n${parts.join('\n\n')}\n`;

  it('are titled by the label they open with, the section above it', () => {
    // More parts than one grid of cards holds (labelled-cards.ts): pages of the section's text.
    const labels = [
      'Alert fatigue',
      'Action-driven operations',
      'Layered architecture',
      'Live demo',
      'Business impact',
      'Open questions',
      'Next steps',
    ];
    const slides = plan(recap(labels.map(part))).deck.slides.filter((s) => s.layout === 'content');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[0]!.title).toBe('Deep Response Engine');
    for (const slide of slides.slice(1)) {
      expect(labels).toContain(slide.title);
      expect(slide.eyebrow).toContain('Deep Response Engine');
      expect(slide.part).toBeUndefined();
    }
  });

  it('keep the section title and its counter when a page opens mid-part', () => {
    const list = Array.from({ length: 14 }, (_, n) => `- ${sentence('Plain', n)}`).join('\n');
    const slides = plan(recap([part('Alert fatigue'), list])).deck.slides.filter(
      (s) => s.layout === 'content',
    );
    expect(slides.length).toBeGreaterThan(1);
    expect(new Set(slides.map((s) => s.title))).toEqual(new Set(['Deep Response Engine']));
  });
});

describe('a paragraph of three long sentences, a wall as it stands', () => {
  it('is three points, every sentence shown, where they fit one slide', () => {
    const sentences = [
      'The livestream connected the builder community of Ho Chi Minh City with the main conference in ' +
        'Hanoi, so that everyone in the south could follow the keynotes and the technical sessions live, and ask the speakers their own questions.',
      'Local hosts from AWS ran a builders session on Event-Driven Architecture and Domain-Driven Design, with ' +
        'demonstrations of how Amazon EventBridge splits a monolith into small services that scale on their own and fail without taking the others down.',
      'Developers from the AWS Community Builders stayed to talk about AWS Certification, careers in ' +
        'the cloud and the AWS User Group Vietnam programmes that help people learn from each other every month, online and in person.',
    ];
    const { deck } = plan(`# E\n\n## About the day\n\n${sentences.join(' ')}\n\n## Next\n\nMore.\n`);
    const slides = deck.slides.filter((s) => s.title === 'About the day');
    expect(slides).toHaveLength(1);
    const list = slides[0]!.blocks.find((b) => b.type === 'list');
    expect(list?.type === 'list' ? list.children.length : 0).toBe(3);
    const shown = toString({ type: 'root', children: slides[0]!.blocks });
    for (const sentence of sentences) expect(shown).toContain(sentence.slice(0, 40));
  });
});

describe('a title that nearly fills its line', () => {
  it('keeps the body its full room: the counter a split adds is set small (themes .part)', () => {
    const { title, body, counter } = est.metrics;
    const room = body.width - counter.gap - est.textWidth('9/9', counter, 'semibold');
    // The longest run of words that still fits one line beside a small counter.
    const words =
      'About the First Cloud Journey Workforce Program and its Alumni Network Today Tomorrow'.split(' ');
    let heading = '';
    for (const word of words) {
      const next = heading ? `${heading} ${word}` : word;
      if (est.textWidth(next, title, 'bold') > room) break;
      heading = next;
    }
    // (At the title's own size, a counter would have pushed it onto a second line.)
    expect(est.textLines(`${heading} (9/9)`, title, body.width, 'bold')).toBe(2);
    const { deck } = plan(`# Deck\n\n## ${heading}\n\n- One point about the program.\n- Another one.\n`);
    const slide = deck.slides.find((s) => s.title === heading)!;
    expect(slide.budgetPx).toBe(Math.round(body.height));
  });
});

describe('a line of one sentence over a list, in a part set as points', () => {
  it('heads the list as a line, not as its first point', () => {
    const items = Array.from(
      { length: 14 },
      (_, i) => `  - Launch ${i + 1}: a new service for teams that build and run their apps on AWS`,
    );
    const { deck } = plan(
      `# Re:Invent\n\n# CTO Keynote\n\nBuzzword: \`transformation\`\n\n${items.join('\n')}\n`,
    );
    const [first] = deck.slides.filter((s) => s.title === 'CTO Keynote');
    expect(first!.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(toString(first!.blocks[0]!)).toBe('Buzzword: transformation');
  });
});

describe('a break in the programme', () => {
  const day = (title: string, line: string) =>
    [
      '# Cloud Day',
      '',
      '## 9:00 – 10:00: Opening keynote',
      '',
      '- AWS shared its plans for the region.',
      '- Three customers told their stories.',
      '',
      `## 10:00 – 10:15: ${title}`,
      '',
      line,
      '',
      '## 10:15 – 11:30: Serverless workshop',
      '',
      '- We built an API with Lambda.',
      '- We traced it with X-Ray.',
      '',
    ].join('\n');

  it('takes no slide of its own: the slide before says it in its notes, every word kept', () => {
    for (const title of ['Giải lao', 'Tea break', 'Lunch Break']) {
      const { deck, recap } = plan(day(title, 'Coffee and cakes in the hall.'));
      expect(deck.slides.map((s) => s.title)).not.toContain(title);
      const keynote = deck.slides.find((s) => s.title === 'Opening keynote')!;
      expect(keynote.notes.map((n) => toString(n)).join('\n')).toContain('Coffee and cakes in the hall.');
      expect(findLostWords(recap.tree, deck)).toEqual([]);
    }
  });

  it('keeps its slide where it says more than a line, and a talk that only mentions a break', () => {
    const long = 'During the break we ran a quick quiz. '.repeat(5).trim();
    expect(plan(day('Giải lao', long)).deck.slides.map((s) => s.title)).toContain('Giải lao');
    const talk = plan(day('Breaking changes in Lambda', 'Runtimes reach end of life.')).deck;
    expect(talk.slides.map((s) => s.title)).toContain('Breaking changes in Lambda');
  });
});
