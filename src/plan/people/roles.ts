// Whether the words after a name read as someone's job or organisation ("Solutions Architect,
// AWS", "Renova Cloud", "Kỹ sư đám mây"): the evidence a list needs to be people when no
// speakers heading says so ("Zero Trust – never trust, always verify" names no one).

const JOBS = new Set(
  (
    'engineer engineers architect architects manager director lead leader head founder co-founder cofounder ' +
    'ceo cto coo cfo cio ciso vp president chairman officer developer developers specialist evangelist ' +
    'consultant facilitator moderator host speaker captain builder builders member members student ' +
    'intern trainee sales scientist analyst researcher professor lecturer teacher partner owner designer ' +
    'administrator admin mentor hero ambassador advocate expert principal senior junior sr jr staff ' +
    'devops sre instructor trainer coach organizer organiser volunteer alumni alumnus'
  ).split(' '),
);
const VI_JOBS =
  /kỹ sư|giám đốc|trưởng|sinh viên|sáng lập|chuyên gia|diễn giả|thành viên|giảng viên|cố vấn|điều phối|kiến trúc sư|nhà phát triển|lập trình viên|thực tập/iu;
/** A word of an organisation's name: capitalised, or an acronym ("AWS", "FPT", "TymeX"). */
const ORG_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*|&|of|and|for|the|tại|at|@)$/u;

export function readsAsRole(role: string): boolean {
  const text = role.normalize('NFC').trim();
  if (!text) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{M}-]+/gu) ?? [];
  if (words.some((w) => JOBS.has(w)) || VI_JOBS.test(text)) return true;
  // "AWS Vietnam", "Renova Cloud, AWS Study Builder": names of organisations only.
  const parts = text.split(/\s*[,/|]\s*|\s+[–—-]\s+/u).filter(Boolean);
  return parts.every((part) => part.split(/\s+/).every((w) => ORG_WORD.test(w)));
}
