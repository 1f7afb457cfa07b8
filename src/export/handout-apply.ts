// Lays the measured handout out in pages, in the browser, by moving its cards (never making
// them again: slides and pictures stay decoded): notes cut where the layout breaks them (a
// paragraph between two lines), one sheet per page, cards two to a row where the layout says,
// and notes continued on a later page under a header naming their slide.
import type { Page } from 'puppeteer-core';
import type { HandoutLayout } from '../render/handout-measures.js';
import { lineEnds } from './handout-lines.js';

export async function applyLayout(page: Page, layout: HandoutLayout): Promise<void> {
  await page.evaluate(`(${String(layOut)})(${String(lineEnds)}, ${JSON.stringify(layout)})`);
}

/** Runs in the page. */
function layOut(lines: typeof lineEnds, layout: HandoutLayout): void {
  const flow = document.querySelector('.hd-flow')!;
  const cards = [...flow.querySelectorAll<HTMLElement>(':scope > .hd-card')];
  const template = document.querySelector('[data-cont]')!;

  /** Cuts a unit of running text after its nth line; the rest follows it as a unit of its own. */
  const splitAfterLine = (unit: HTMLElement, line: number): void => {
    const boundary = lines(unit)[line - 1];
    if (boundary === undefined) return;
    const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
    const probe = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < (node.textContent ?? '').length; offset += 1) {
        probe.setStart(node, offset);
        probe.setEnd(node, offset + 1);
        const box = probe.getBoundingClientRect();
        if (box.height === 0 || box.top + box.height / 2 < boundary) continue;
        const rest = document.createRange();
        rest.setStart(node, offset);
        rest.setEnd(unit, unit.childNodes.length);
        const tail = unit.cloneNode(false) as HTMLElement;
        tail.append(rest.extractContents());
        tail.setAttribute('data-tail', '');
        if (tail.tagName === 'LI') tail.classList.add('hd-cont-item');
        unit.after(tail);
        return;
      }
    }
  };

  /** A card's notes in parts, one per break: part 0 stays under the slide. */
  const partsOf = (card: HTMLElement, cuts: HandoutLayout['cuts']): Element[][] => {
    // Later lines first, so each split still finds the lines it measured.
    for (const cut of [...cuts].reverse())
      if (cut.line) splitAfterLine(card.querySelector<HTMLElement>(`[data-u="${cut.unit}"]`)!, cut.line);
    const parts: Element[][] = [[]];
    let previous = -1;
    for (const unit of card.querySelectorAll<HTMLElement>('[data-u]')) {
      const u = Number(unit.dataset.u);
      const afterUnit = u !== previous && cuts.some((c) => c.unit === previous && !c.line);
      if (afterUnit || unit.hasAttribute('data-tail')) parts.push([]);
      parts.at(-1)!.push(unit);
      previous = u;
    }
    return parts;
  };

  /** A later part of a card's notes, in a card of its own headed by the slide's title. */
  const continued = (card: HTMLElement, units: Element[]): Element => {
    const piece = template.cloneNode(true) as HTMLElement;
    piece.removeAttribute('data-cont');
    const title = card.querySelector('section h1, section h2')?.textContent?.trim();
    piece.querySelector('.hd-cont-title')!.textContent = title || String(Number(card.dataset.card) + 1);
    const notes = piece.querySelector('.hd-notes')!;
    notes.replaceChildren();
    let source: Element | null = null;
    let list: Element | null = null;
    for (const unit of units) {
      if (unit.tagName !== 'LI') {
        source = null;
        notes.append(unit);
        continue;
      }
      // Items go on in a list like theirs, numbered on.
      if (unit.parentElement !== source || !list) {
        source = unit.parentElement;
        list = source!.cloneNode(false) as Element;
        if (list.tagName === 'OL') list.setAttribute('start', (unit as HTMLElement).dataset.n ?? '1');
        notes.append(list);
      }
      list.append(unit);
    }
    return piece;
  };

  const parts = cards.map((card, i) => {
    const later = partsOf(
      card,
      layout.cuts.filter((cut) => cut.card === i),
    ).slice(1);
    return [card, ...later.map((units) => continued(card, units))];
  });
  const sheets = layout.pages.map((pieces) => {
    const sheet = document.createElement('section');
    sheet.className = 'hd-sheet';
    for (const piece of pieces) {
      if (piece.kind === 'card') {
        // A part whose cut could not be made stays with the part before it.
        const part = parts[piece.card]?.[piece.part];
        if (part) sheet.append(part);
        continue;
      }
      if (piece.kind === 'side') {
        cards[piece.card]!.classList.add('hd-side');
        sheet.append(cards[piece.card]!);
        continue;
      }
      const row = document.createElement('div');
      row.className = 'hd-row';
      for (const i of piece.cards) row.append(cards[i]!);
      for (const card of row.children) card.classList.add('hd-half');
      sheet.append(row);
    }
    return sheet;
  });
  document.querySelector('.hd-probe')?.remove();
  flow.replaceWith(...sheets);
  // A list whose items all went to a later page goes too.
  for (const list of document.querySelectorAll('.hd-notes > :is(ul, ol)'))
    if (list.children.length === 0) list.remove();
}
