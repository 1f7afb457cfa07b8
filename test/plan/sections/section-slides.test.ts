import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

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

  it('stays when it is the subject of its sentence', () => {
    const body = bodyOf(
      '# E\n\n## Amazon Bedrock AgentCore\n\n**Amazon Bedrock AgentCore** là dịch vụ AWS để vận hành AI Agent.\n',
      'Amazon Bedrock AgentCore',
    );
    expect(body).toBe('Amazon Bedrock AgentCore là dịch vụ AWS để vận hành AI Agent.');
  });
});

describe('the sentence that announces a list', () => {
  const items = Array.from(
    { length: 5 },
    (_, i) =>
      `- Point ${i + 1}: the team will design inputs with clear context and outputs with a schema, ` +
      'so that the results stay stable from one run of the pipeline to the next one.',
  ).join('\n');
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
