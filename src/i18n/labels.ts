// Every word the tool adds to a deck (agenda, closing, continuation, note phrases, dates),
// in each supported recap language.
import type { Lang } from '../model/deck.js';

export interface Labels {
  agenda: string;
  /** The agenda's title when a section already has the usual one. */
  agendaAlt: string;
  overview: string;
  /** An opening part's title by what it is about: "About Berlin Summit". */
  about: (name: string) => string;
  /** Title of a page of a headingless recap that names nothing better. */
  highlights: string;
  /** Title of a slide that holds three thin parts or more side by side. */
  glance: string;
  /** Title of an opening part that holds the day's timetable. */
  schedule: string;
  /** An index of several events: the title of the slide that lists them, and its columns. */
  events: { title: string; columns: [string, string, string] };
  /** The line above a weekly worklog's cover. */
  worklog: string;
  /** A worklog's week as its cover names it ("Week 3", "Tuần 3"). */
  week: (number: string) => string;
  /** "A, B and C" in the recap's language. */
  joined: (items: string[]) => string;
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
  /** Speaker notes: part labels and the generated lines of each part. */
  notes: {
    links: string;
    terms: string;
    keyPoints: (phrases: string[]) => string;
    /** On the closing slide, for questions: which slide explained which term. */
    termIndex: (items: string[]) => string;
    budget: (seconds: number) => string;
    /** On a divider: the time and slides of the part it opens. */
    section: (seconds: number, slides: number) => string;
    slide: (n: number) => string;
    /** The site's menu label for the recap's page, which the speaker has, said as what it is. */
    sitePage: (label: string) => string;
  };
  presenter: {
    budget: string;
    plan: string;
    /** Marp's own controls and titles in the presenter, overview and slide views. */
    controls: PresenterControls;
  };
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

export interface PresenterControls {
  previousSlide: string;
  nextSlide: string;
  fullscreen: string;
  overview: string;
  presenterView: string;
  /** The page counter of the slide view, with {n} and {total} in it. */
  page: string;
  previous: string;
  next: string;
  smallerNotes: string;
  biggerNotes: string;
  currentTime: string;
  timer: string;
  presenterTitle: string;
  overviewTitle: string;
  closeOverview: string;
  /** Locale of the clock: Vietnamese reads a 24-hour clock. */
  clockLocale: string;
  hour12: boolean;
}

/** "A, B and C"; items with commas or an "and" of their own are set apart by semicolons
 * ("Kết nối và làm quen; Thiết lập tài khoản"), so none reads as two. */
const list = (items: string[], and: string): string => {
  if (items.length <= 1) return items[0] ?? '';
  if (items.some((item) => item.includes(', ') || ` ${item} `.includes(` ${and} `))) return items.join('; ');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
};

const LABELS: Record<Lang, Labels> = {
  vi: {
    agenda: 'Nội dung chính',
    agendaAlt: 'Chương trình',
    overview: 'Giới thiệu',
    about: (name) => `Về ${name}`,
    highlights: 'Điểm chính',
    glance: 'Tóm tắt nhanh',
    schedule: 'Chương trình',
    events: {
      title: 'Tổng quan các sự kiện',
      columns: ['Sự kiện', 'Thời gian', 'Địa điểm'],
    },
    worklog: 'Nhật ký công việc',
    week: (number) => `Tuần ${number}`,
    joined: (items) => list(items, 'và'),
    thanks: 'Cảm ơn!',
    questions: 'Hỏi & Đáp',
    imageMissing: 'Không tìm thấy ảnh',
    codeExcerpt: (shown, more) => `${shown} dòng đầu; ${more} dòng còn lại trong ghi chú`,
    opening: (headline, date) => {
      const when = date ? `, sự kiện ngày ${date}` : '';
      return `Chào mọi người! Hôm nay là phần chia sẻ về “${headline}”${when}.`;
    },
    agendaNote: (titles) => `Bài chia sẻ gồm ${titles.length} phần: ${list(titles, 'và')}.`,
    dividerNote: (title, children) =>
      children.length ? `Phần “${title}” gồm: ${list(children, 'và')}.` : `Phần “${title}”.`,
    next: (title) => `Tiếp theo: ${title}.`,
    continued: '(tiếp)',
    closingNote: 'Cảm ơn mọi người đã lắng nghe. Mọi người có câu hỏi nào không?',
    galleryNote: 'Một vài hình ảnh từ sự kiện.',
    dateLocale: 'vi-VN',
    notes: {
      links: 'Liên hệ trong bài',
      terms: 'Thuật ngữ',
      keyPoints: (phrases) => `Ý chính: ${list(phrases, 'và')}.`,
      termIndex: (items) => `Đã giải thích ở slide: ${items.join(', ')}.`,
      budget: (seconds) => `≈ ${duration(seconds, 'phút', 'giây', 'phút', 'giây')}`,
      section: (seconds, slides) =>
        `cả phần ≈ ${duration(seconds, 'phút', 'giây', 'phút', 'giây')} cho ${slides} slide`,
      slide: (n) => `slide ${n}`,
      sitePage: (label) => `(Mục trên website: ${label})`,
    },
    presenter: {
      budget: 'Slide này',
      plan: 'Kế hoạch',
      controls: {
        previousSlide: 'Slide trước',
        nextSlide: 'Slide sau',
        fullscreen: 'Bật/tắt toàn màn hình (f)',
        overview: 'Bật/tắt xem tổng quan (o)',
        presenterView: 'Mở chế độ người trình bày (p)',
        page: 'Trang {n} / {total}',
        previous: 'Trước',
        next: 'Sau',
        smallerNotes: 'Thu nhỏ chữ ghi chú',
        biggerNotes: 'Phóng to chữ ghi chú',
        currentTime: 'Giờ hiện tại',
        timer: 'Thời gian đã trình bày (bấm để đặt lại)',
        presenterTitle: 'Chế độ người trình bày',
        overviewTitle: 'Tổng quan',
        closeOverview: 'Đóng tổng quan',
        clockLocale: 'vi-VN',
        hour12: false,
      },
    },
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
    about: (name) => `About ${name}`,
    highlights: 'Highlights',
    glance: 'At a glance',
    schedule: 'Schedule',
    events: { title: 'The events at a glance', columns: ['Event', 'When', 'Where'] },
    worklog: 'Worklog',
    week: (number) => `Week ${number}`,
    joined: (items) => list(items, 'and'),
    thanks: 'Thank you!',
    questions: 'Questions & Answers',
    imageMissing: 'Image not found',
    codeExcerpt: (shown, more) => `First ${shown} lines; ${more} more in the notes`,
    opening: (headline, date) => {
      const when = date ? `, held on ${date}` : '';
      return `Hello everyone! Today I am sharing what I learned at “${headline}”${when}.`;
    },
    agendaNote: (titles) => `This talk has ${titles.length} parts: ${list(titles, 'and')}.`,
    dividerNote: (title, children) =>
      children.length ? `“${title}” covers ${list(children, 'and')}.` : `“${title}”.`,
    next: (title) => `Next: ${title}.`,
    continued: '(continued)',
    closingNote: 'Thank you for listening. Any questions?',
    galleryNote: 'A few pictures from the event.',
    dateLocale: 'en-US',
    notes: {
      links: 'Connections',
      terms: 'Terms',
      keyPoints: (phrases) => `Key points: ${list(phrases, 'and')}.`,
      termIndex: (items) => `Explained on slides: ${items.join(', ')}.`,
      budget: (seconds) => `≈ ${duration(seconds, 'minute', 'second', 'minutes', 'seconds')}`,
      section: (seconds, slides) =>
        `the whole part ≈ ${duration(seconds, 'minute', 'second', 'minutes', 'seconds')} ` +
        `over ${slides} slide${slides === 1 ? '' : 's'}`,
      slide: (n) => `slide ${n}`,
      sitePage: (label) => `(On the website's menu: ${label})`,
    },
    presenter: {
      budget: 'This slide',
      plan: 'Plan',
      controls: {
        previousSlide: 'Previous slide',
        nextSlide: 'Next slide',
        fullscreen: 'Toggle fullscreen (f)',
        overview: 'Toggle overview view (o)',
        presenterView: 'Open presenter view (p)',
        page: 'Page {n} of {total}',
        previous: 'Previous',
        next: 'Next',
        smallerNotes: 'Smaller notes font size',
        biggerNotes: 'Bigger notes font size',
        currentTime: 'Current time',
        timer: 'Timer (click to reset)',
        presenterTitle: 'Presenter view',
        overviewTitle: 'Overview',
        closeOverview: 'Close overview',
        clockLocale: 'en-US',
        hour12: true,
      },
    },
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

/** "1 phút 20 giây", "40 seconds": whole minutes and the seconds left over. */
function duration(seconds: number, minute: string, second: string, minutes: string, secondsWord: string) {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (m === 0) return part(s, second, secondsWord);
  return s === 0 ? part(m, minute, minutes) : `${part(m, minute, minutes)} ${part(s, second, secondsWord)}`;
}

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

/** Two dates as one range in the recap's language ("22–28 tháng 9, 2025"). */
export function formatDateRange(fromIso: string, toIso: string, lang: Lang): string {
  if (fromIso === toIso) return formatDate(fromIso, lang);
  return dateFormat(lang).formatRange(utcDate(fromIso), utcDate(toIso));
}

/** A YYYY-MM-DD date written the way the recap's language writes dates. */
export function formatDate(isoDate: string, lang: Lang): string {
  return dateFormat(lang).format(utcDate(isoDate));
}

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LABELS[lang].dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A YYYY-MM-DD date as that day at midnight UTC (the format above reads it in UTC too). */
function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
