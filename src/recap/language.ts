// Decides the recap's language: the front matter's `lang` when given, otherwise the
// share of words written with Vietnamese letters (English recaps still name Vietnamese speakers).
import type { Lang } from '../model/deck.js';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const THRESHOLD = 0.15;

export function detectLang(text: string, declared?: string): Lang {
  const code = declared?.toLowerCase();
  if (code?.startsWith('vi')) return 'vi';
  if (code?.startsWith('en')) return 'en';
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'en';
  const vietnamese = words.filter((word) => VIETNAMESE_LETTER.test(word)).length;
  return vietnamese / words.length >= THRESHOLD ? 'vi' : 'en';
}
