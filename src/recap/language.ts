// Decides the recap's language: the front matter's `lang` when given, otherwise which
// language's common little words the text uses more (names with diacritics do not count),
// and, for text without any, the share of words written with Vietnamese letters.
import type { Lang } from '../model/deck.js';

/** A letter only Vietnamese writes: a vowel with its tone or its shape mark, or đ. */
const VIETNAMESE_LETTER = new RegExp(
  `[${[
    'àáảãạăằắẳẵặâầấẩẫậ', // a, ă, â
    'èéẻẽẹêềếểễệ', // e, ê
    'ìíỉĩị', // i
    'òóỏõọôồốổỗộơờớởỡợ', // o, ô, ơ
    'ùúủũụưừứửữự', // u, ư
    'ỳýỷỹỵ', // y
    'đ',
  ].join('')}]`,
  'i',
);
const VI_WORDS = new Set([
  'và',
  'của',
  'các',
  'là',
  'những',
  'được',
  'cho',
  'với',
  'trong',
  'này',
  'một',
  'có',
  'không',
  'để',
  'về',
  'từ',
  'khi',
  'cách',
  'giúp',
  'nhiều',
  'em',
  'tôi',
  'mình',
  'đã',
  'sẽ',
  'như',
  'thì',
  'hơn',
  'rất',
  'cũng',
]);
const EN_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'for',
  'with',
  'on',
  'that',
  'this',
  'are',
  'how',
  'from',
  'by',
  'as',
  'it',
  'be',
  'an',
  'was',
  'were',
  'which',
  'my',
  'we',
  'our',
  'into',
  'their',
  'what',
  'can',
  'about',
]);

export function detectLang(text: string, declared?: string): Lang {
  const code = declared?.toLowerCase();
  if (code?.startsWith('vi')) return 'vi';
  if (code?.startsWith('en')) return 'en';
  const words = (text
    .normalize('NFC')
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) as string[];
  let vi = 0;
  let en = 0;
  for (const word of words) {
    if (VI_WORDS.has(word)) vi += 1;
    else if (EN_WORDS.has(word)) en += 1;
  }
  if (vi + en >= 3) return vi >= en ? 'vi' : 'en';
  const vietnamese = words.filter((word) => VIETNAMESE_LETTER.test(word)).length;
  return words.length > 0 && vietnamese / words.length >= 0.3 ? 'vi' : 'en';
}
