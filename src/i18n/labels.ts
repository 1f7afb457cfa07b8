// Every word the tool adds to a deck (agenda, closing, continuation, note phrases, dates),
// in each supported recap language.
import type { Lang } from '../model/deck.js';

export interface Labels {
  agenda: string;
  /** The agenda's title when a section already has the usual one. */
  agendaAlt: string;
  overview: string;
  part: (n: number) => string;
  thanks: string;
  questions: string;
  imageMissing: string;
  /** Under a code block shown in part: how many lines it shows and how many the notes hold. */
  codeExcerpt: (shown: number, more: number) => string;
  /** Note lines */
  opening: (headline: string, date?: string) => string;
  agendaNote: (titles: string[]) => string;
  dividerNote: (title: string, children: string[]) => string;
  next: (title: string) => string;
  continued: string;
  closingNote: string;
  galleryNote: string;
  dateLocale: string;
  presenter: { budget: string; plan: string };
  page: string;
  index: {
    title: string;
    decks: string;
    slides: string;
    minutes: string;
    html: string;
    pdf: string;
    handout: string;
    pptx: string;
    /** Over a deck whose build failed, and after the number of such decks. */
    failed: string;
    failedDecks: string;
  };
}

const list = (items: string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const LABELS: Record<Lang, Labels> = {
  vi: {
    agenda: 'Nội dung chính',
    agendaAlt: 'Chương trình',
    overview: 'Giới thiệu',
    part: (n) => `Phần ${n}`,
    thanks: 'Cảm ơn!',
    questions: 'Hỏi & Đáp',
    imageMissing: 'Không tìm thấy ảnh',
    codeExcerpt: (shown, more) => `${shown} dòng đầu; ${more} dòng còn lại trong ghi chú`,
    opening: (headline, date) =>
      `Chào mọi người! Hôm nay là phần chia sẻ về “${headline}”${date ? `, sự kiện ngày ${date}` : ''}.`,
    agendaNote: (titles) => `Bài chia sẻ gồm ${titles.length} phần: ${list(titles, 'và')}.`,
    dividerNote: (title, children) =>
      children.length ? `Phần “${title}” gồm: ${list(children, 'và')}.` : `Phần “${title}”.`,
    next: (title) => `Tiếp theo: ${title}.`,
    continued: '(tiếp)',
    closingNote: 'Cảm ơn mọi người đã lắng nghe. Mọi người có câu hỏi nào không?',
    galleryNote: 'Một vài hình ảnh từ sự kiện.',
    dateLocale: 'vi-VN',
    presenter: { budget: 'Slide này', plan: 'Kế hoạch' },
    page: 'Trang',
    index: {
      title: 'Các bài thuyết trình',
      decks: 'bài',
      slides: 'slide',
      minutes: 'phút',
      html: 'Trình chiếu',
      pdf: 'PDF',
      handout: 'Tài liệu (handout)',
      pptx: 'PowerPoint',
      failed: 'Không tạo được bài này',
      failedDecks: 'bài lỗi',
    },
  },
  en: {
    agenda: 'Agenda',
    agendaAlt: 'Outline',
    overview: 'Introduction',
    part: (n) => `Part ${n}`,
    thanks: 'Thank you!',
    questions: 'Questions & Answers',
    imageMissing: 'Image not found',
    codeExcerpt: (shown, more) => `First ${shown} lines; ${more} more in the notes`,
    opening: (headline, date) =>
      `Hello everyone! Today I am sharing what I learned at “${headline}”${date ? `, held on ${date}` : ''}.`,
    agendaNote: (titles) => `This talk has ${titles.length} parts: ${list(titles, 'and')}.`,
    dividerNote: (title, children) =>
      children.length ? `“${title}” covers ${list(children, 'and')}.` : `“${title}”.`,
    next: (title) => `Next: ${title}.`,
    continued: '(continued)',
    closingNote: 'Thank you for listening. Any questions?',
    galleryNote: 'A few pictures from the event.',
    dateLocale: 'en-US',
    presenter: { budget: 'This slide', plan: 'Plan' },
    page: 'Page',
    index: {
      title: 'Decks',
      decks: 'decks',
      slides: 'slides',
      minutes: 'min',
      html: 'Present',
      pdf: 'PDF',
      handout: 'Handout',
      pptx: 'PowerPoint',
      failed: 'Build failed',
      failedDecks: 'failed',
    },
  },
};

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

/** A YYYY-MM-DD date written the way the recap's language writes dates. */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return new Intl.DateTimeFormat(LABELS[lang].dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
