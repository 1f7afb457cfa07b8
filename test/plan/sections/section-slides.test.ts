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
