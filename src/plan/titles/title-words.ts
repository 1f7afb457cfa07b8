// What makes a candidate title say nothing or stop mid-phrase, in English and Vietnamese:
// a site label ("Published"), a word every slide could carry ("AWS"), a bare label and
// number ("Week1", "Sự Kiện 4"), or a last word that needs more words after it ("và", "of").

/** Words a phrase cannot end on: conjunctions, prepositions, articles, possessives. */
const OPEN_ENDS = new Set(
  [
    'and or but nor of for with to the a an in on at by from as into via about than that which',
    'và hoặc hay nhưng mà của cho với trong là các những về để từ tại theo',
    'như thì khi đến trên',
    'dưới qua bởi vì do nên cùng giữa sau trước',
  ]
    .join(' ')
    .split(' '),
);

/** Labels of a blog's page furniture, and names every recap of an AWS event mentions. */
const GENERIC = new Set(
  [
    'published|posted|updated|author|date|tags|tag|categories|category|share|comments|home|menu|',
    'read more|table of contents|permalink|đăng|ngày đăng|cập nhật|tác giả|chia sẻ|mục lục|',
    'aws|amazon|amazon web services|ai|cloud|it|event|sự kiện|highlights|điểm chính',
  ]
    .join('')
    .split('|'),
);

/** A label and its number with nothing else: "Week1", "Sự Kiện 4", "Day 2", "#3". */
const BARE_NUMBER =
  /^(?:week|tuần|event|sự kiện|day|ngày|session|phiên|part|phần|module|lab|bài|chapter|chương|buổi|#)\s*\d{1,3}$/iu;

export function isGenericTitle(title: string): boolean {
  const text = title
    .replace(/[\s:：.,;!?…]+$/u, '')
    .trim()
    .toLocaleLowerCase();
  return text.length === 0 || GENERIC.has(text) || BARE_NUMBER.test(text);
}

/** The phrase stops on a word that opens more ("Cloud Computing và", "Best practices for"). */
export function endsOpen(title: string): boolean {
  const words = title.trim().split(/\s+/u);
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase();
  return OPEN_ENDS.has(last);
}

/** A word that only continues a phrase, never ends one. */
export function isOpenWord(word: string): boolean {
  return OPEN_ENDS.has(word.replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase());
}
