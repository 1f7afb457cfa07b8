// Reads one line of a people list: who it names (a joint name is several people), their
// role and organisation, a bio after "(role – org):", the e-mail addresses (which go to the
// notes, not on a card), and a group's name ("**Ban điều phối**: Chị A, Anh B").
import type { ListItem, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isGroup, readsAsName, splitNames } from './names.js';
import { readsAsRole } from './roles.js';

export interface PersonLine {
  /** The people it names, honorifics as written. */
  names: string[];
  role: string;
  /** What the line says about them past their role: the notes carry it. */
  bio: string;
  /** A group's name the line opens with ("Ban điều phối"), or ''. */
  caption: string;
  emails: string[];
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const IS_EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** The longest a name and its role may be on a card; a bio may be any length (it goes to the notes). */
const MAX_LINE = 140;
/** A role longer than this gives its first sentence to the card and the rest to the notes. */
const MAX_ROLE = 90;
const MAX_CAPTION = 60;

/** The people a list item's one paragraph names, or undefined when it names no one. */
export function personLine(item: ListItem): PersonLine | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph' || item.children.length > 1) return undefined;
  return paragraphPeople(paragraph);
}

/** The people a paragraph names: a bold name and what follows, or "Name – role" in plain text. */
export function paragraphPeople(paragraph: Paragraph): PersonLine | undefined {
  const emails: string[] = [];
  const children = withoutEmails(paragraph.children, emails);
  const [first, ...rest] = children;
  let line: PersonLine | undefined;
  if (first?.type === 'strong') {
    const name = tidy(toString(first));
    const tail = tidy(toString({ type: 'paragraph', children: rest }));
    // "**Location:** …" is a label; "**Ban điều phối**: Chị A, Anh B" names a group's people.
    if (/[:：]$/.test(name) || (/^[:：]/.test(tail) && !readsAsName(name, true))) {
      const people = plainPeople(tail.replace(/^[:：]\s*/, ''));
      const caption = name.replace(/[:：]$/, '').trim();
      line = people && caption.length <= MAX_CAPTION ? { ...people, caption } : undefined;
    } else {
      // The author set the name in bold: a name may be one word, but it must read as one.
      const names = splitNames(name, true);
      line = names.every((n) => readsAsName(n, true)) ? { ...named(names, tail), caption: '' } : undefined;
    }
  } else line = plainPeople(tidy(toString({ type: 'paragraph', children })));
  if (!line || line.names.some(isGroup)) return undefined;
  // One bare word ("Kiệt", but also "Keynote") is a name only beside a job or an organisation.
  if (line.names.some((name) => !/\s/.test(name)) && !readsAsRole(line.role)) return undefined;
  if (line.names.some((name) => `${name} ${line.role}`.length > MAX_LINE)) return undefined;
  return { ...line, emails };
}

/** A plain-text line: "Name – role", "Name (role): bio", "Name: role", "Name, role", or names alone. */
function plainPeople(text: string): PersonLine | undefined {
  const dashed = /^(.{3,60}?)\s+[–—-]\s+(.+)$/su.exec(text);
  // A dash after a name is sign enough that one word may be a name ("Kiệt – AI Engineer").
  if (dashed && people(dashed[1]!, true)) return named(splitNames(dashed[1]!, true), dashed[2]!);
  // "Chị A, Anh B, Anh C (AWS GenAI Builder Club)": the bracket is all of theirs.
  const org = /^(.+?)\s*\(([^()]+)\)$/su.exec(text);
  if (org && !nickname(org[2]!) && people(org[1]!)) return named(splitNames(org[1]!), org[2]!);
  if (people(text)) return named(splitNames(text), '');
  for (const split of [
    /^([^()]{3,60}?)\s*(\(.+)$/su,
    /^([^:：]{3,60}?)\s*[:：]\s*(.+)$/su,
    /^([^,]{3,60}?),\s*(.+)$/su,
  ]) {
    const match = split.exec(text);
    if (match && people(match[1]!)) return named(splitNames(match[1]!), match[2]!);
  }
  return undefined;
}

/** Whether plain words name people, one or several. */
function people(text: string, loose = false): boolean {
  return splitNames(text, loose).every((name) => readsAsName(name, loose));
}

/** "(Long)" after a name is what he is called, not his organisation. */
function nickname(text: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(text.trim());
}

function named(names: string[], tail: string): PersonLine {
  return { names, ...roleAndBio(tail), caption: '', emails: [] };
}

/** What follows a name: "(Sr DevOps Engineer - FPT Software): Shared …" is a role and a bio. */
function roleAndBio(tail: string): { role: string; bio: string } {
  const text = tail.replace(/^[\s:：,–—-]+/u, '').trim();
  const bracketed = /^\(([^()]+)\)\s*(?:[:：,–—-]\s*)?(.*)$/su.exec(text);
  if (bracketed) return { role: bracketed[1]!.trim(), bio: bracketed[2]!.trim() };
  if (text.length <= MAX_ROLE) return { role: text, bio: '' };
  // A long tail: its first sentence (or what comes before a colon) is the role.
  const first = /^(.{8,}?[.:：])\s+(\S.*)$/su.exec(text);
  return first ? { role: first[1]!.replace(/[:：]$/, ''), bio: first[2]! } : { role: text, bio: '' };
}

/** The line without its e-mail addresses (collected), whether links or plain text. */
function withoutEmails(children: PhrasingContent[], emails: string[]): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    if (child.type === 'link' && (child.url.startsWith('mailto:') || IS_EMAIL.test(toString(child).trim()))) {
      emails.push(toString(child) || child.url.replace(/^mailto:/, ''));
      return [];
    }
    if (child.type === 'text') {
      const value = child.value.replace(EMAIL, (email) => {
        emails.push(email);
        return '';
      });
      return [{ ...child, value }];
    }
    if ('children' in child)
      return [
        { ...child, children: withoutEmails(child.children as PhrasingContent[], emails) } as PhrasingContent,
      ];
    return [child];
  });
}

/** Text with an address taken out: no empty brackets, no space before a comma, one space between words. */
function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+([,;:：)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
