// A title that exclaims ("Welcome Cape Town!", "Attended AWS Summit!") greets or cheers rather
// than names: it names the event only in part. The recap's fuller name that holds those words
// ("AWS Summit Cape Town") is what the cover says; the exclamation stays in the notes.
import { nameCounts } from '../titles/main-name.js';

/** A name this long at most titles a cover. */
const LONGEST = 60;

/** The name the recap's text gives in full for the one an exclaiming `title` only greets; undefined
 * where the title does not exclaim, or no longer name in `text` holds its capitalised words. */
export function fullerName(title: string, text: string): string | undefined {
  if (!/!\s*$/u.test(title)) return undefined;
  const own = capitalised(title);
  if (own.size === 0) return undefined;
  const said = new Set(wordsOf(title));
  let best: { name: string; shared: number; count: number } | undefined;
  for (const [name, count] of nameCounts(text)) {
    const words = name.split(/\s+/u);
    const shared = words.filter((word) => own.has(word)).length;
    // A fuller name: some of the title's words and more of its own ("Cape Town" in "AWS Summit Cape
    // Town"), never a name the title already says whole.
    if (shared === 0 || words.every((word) => said.has(word)) || name.length > LONGEST) continue;
    if (!best || shared > best.shared || (shared === best.shared && count > best.count))
      best = { name, shared, count };
  }
  return best?.name;
}

/** The title's capitalised words, but its first: a greeting or a verb opens it ("Welcome"). */
function capitalised(title: string): Set<string> {
  return new Set(
    wordsOf(title)
      .slice(1)
      .filter((word) => /\p{Lu}|\d/u.test(word)),
  );
}

function wordsOf(title: string): string[] {
  return title
    .replace(/[!.?,:;]+/gu, ' ')
    .trim()
    .split(/\s+/u);
}
