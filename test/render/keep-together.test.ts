import { describe, expect, it } from 'vitest';
import {
  keepDashesWithWords,
  keepLastWordsTogether,
  keepNumbersWithWords,
} from '../../src/render/keep-together.js';

describe('keepNumbersWithWords', () => {
  it('keeps a number on the line of the word or number before it, and nothing else', () => {
    expect(keepNumbersWithWords('FCAJ Community Day - Tháng 6 2026')).toBe(
      'FCAJ Community Day - Tháng\u00a06\u00a02026',
    );
    expect(keepNumbersWithWords('AWS Cloud Mastery Series #2: DevOps')).toBe(
      'AWS Cloud Mastery Series\u00a0#2: DevOps',
    );
    expect(keepNumbersWithWords('Top 5 lessons - 3 days')).toBe('Top\u00a05 lessons - 3 days');
  });
});

describe('keepLastWordsTogether', () => {
  it('keeps a headline’s last two words on one line, where three words come before them', () => {
    expect(keepLastWordsTogether('AWS re:Invent 2025 Recap (Vietnam)')).toBe(
      'AWS re:Invent 2025 Recap\u00a0(Vietnam)',
    );
    expect(keepLastWordsTogether('AWS Well-Architected Security Pillar')).toBe(
      'AWS Well-Architected Security\u00a0Pillar',
    );
    expect(keepLastWordsTogether('Cloud Day 2025')).toBe('Cloud Day 2025');
  });
});

describe('keepDashesWithWords', () => {
  it('keeps a dash between phrases on the line of the word before it, and no hyphen in a word', () => {
    expect(keepDashesWithWords('Beyond Automation - AI Agents')).toBe('Beyond Automation\u00a0- AI Agents');
    expect(keepDashesWithWords('Amazon Q Developer – Trợ Lý AI')).toBe('Amazon Q Developer\u00a0– Trợ Lý AI');
    expect(keepDashesWithWords('Well-Architected re:Invent -5%')).toBe('Well-Architected re:Invent -5%');
  });
});

describe('a card title', () => {
  it('keeps its dash with the word before it on the slide', async () => {
    const { plan } = await import('../helpers.js');
    const recap = [
      '# Day',
      '',
      '## Tracks',
      '',
      '### Beyond Automation - AI Agents',
      '',
      'Agents as partners.',
      '',
      '### Securing GenAI - Applications',
      '',
      'Security in models.',
    ].join('\n');
    expect(plan(recap).markdown).toContain('Beyond Automation\u00a0- AI Agents');
  });
});
