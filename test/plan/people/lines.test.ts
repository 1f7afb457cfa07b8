// One line of a people list: names (joint ones cut), role, bio, e-mails and a group's name.
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { personLine } from '../../../src/plan/people/lines.js';
import { parseMarkdown } from '../../../src/recap/parse.js';

const line = (markdown: string) =>
  personLine((parseMarkdown(`- ${markdown}\n`).children[0] as List).children[0]!);

describe('people lines', () => {
  it('reads a bold name and a role, a joint name as its people', () => {
    expect(line('**Anh Đỗ Huy Thắng** – DevOps Lead, VNG')).toMatchObject({
      names: ['Anh Đỗ Huy Thắng'],
      role: 'DevOps Lead, VNG',
      bio: '',
    });
    expect(line('**Chị Bảo và Anh Nguyên Nguyễn** - Cloud Engineer, Cloud Kinetic')).toMatchObject({
      names: ['Chị Bảo', 'Anh Nguyên Nguyễn'],
      role: 'Cloud Engineer, Cloud Kinetic',
    });
  });

  it('puts "(role – org)" on the card and what follows in the bio', () => {
    expect(
      line(
        '**Lâm Tuấn Kiệt** (Sr DevOps Engineer - FPT Software): Shared in-depth insights on system operations.',
      ),
    ).toMatchObject({
      names: ['Lâm Tuấn Kiệt'],
      role: 'Sr DevOps Engineer - FPT Software',
      bio: 'Shared in-depth insights on system operations.',
    });
  });

  it('gives a long role its first sentence and the bio the rest', () => {
    const read = line(
      '**Mr. Huynh Hoang Long** - Principal engineer at a bank. He spoke about the psychology of learning, keeping a team motivated and much more.',
    );
    expect(read?.role).toBe('Principal engineer at a bank.');
    expect(read?.bio).toMatch(/^He spoke about/);
  });

  it('takes e-mail addresses out of a plain line, for the notes', () => {
    expect(line('Dirk Fröhner (froehner@amazon.de), Solutions Architect, AWS')).toEqual({
      names: ['Dirk Fröhner'],
      role: 'Solutions Architect, AWS',
      bio: '',
      caption: '',
      emails: ['froehner@amazon.de'],
    });
    expect(
      line('Jane Doe ([jane@example.com](mailto:jane@example.com)) – Developer Advocate')?.emails,
    ).toEqual(['jane@example.com']);
  });

  it('reads a group line as a caption over its people, a bracket at the end as their organisation', () => {
    expect(
      line(
        '**Ban điều phối**: Chị Diem My, Anh Dai Truong, Anh Dinh Nguyen (AWS GenAI Builder Club Vietnam)',
      ),
    ).toMatchObject({
      caption: 'Ban điều phối',
      names: ['Chị Diem My', 'Anh Dai Truong', 'Anh Dinh Nguyen'],
      role: 'AWS GenAI Builder Club Vietnam',
    });
    // A nickname in brackets stays with the name.
    expect(line('**Mendel Grabski (Long)** – Cloud Security Architect')?.names).toEqual([
      'Mendel Grabski (Long)',
    ]);
  });

  it('names no one in labels, groups, services or a bare word beside no job', () => {
    expect(line('**Location:** Level 26, Bitexco Financial Tower')).toBeUndefined();
    expect(line('**AWS Experts Team**')).toBeUndefined();
    expect(line('**Amazon Bedrock** – managed foundation models')).toBeUndefined();
    expect(line('**Keynote** – the opening talk')).toBeUndefined();
    expect(line('**Kiệt** - AWS Study Builder')?.names).toEqual(['Kiệt']);
    expect(line('**Topic**: serverless on AWS')).toBeUndefined();
  });
});
