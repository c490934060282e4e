/**
 * Just enough XML for the parts of an XLSX package, read and written as text: escaping,
 * attributes, one element by name, and a chunked reader that hands out complete elements of
 * a part too large for one string (a 1,000,000-row sheet is hundreds of megabytes of XML).
 * Namespace prefixes (`<x:row>`) are allowed wherever an element is looked up by name.
 * No recursion anywhere: every scan is a loop over the text.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text or attribute value → XML (`&`, `<`, `>`, `"`; control characters as OOXML `_xHHHH_`). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

/** XML text → string: entities, character references, and OOXML's `_xHHHH_` escapes. */
export function unescapeXml(text: string): string {
  if (text.indexOf('&') < 0 && text.indexOf('_x') < 0) return text;
  return text
    .replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, name: string) =>
      name[0] === '#' ? String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : ENTITIES[name],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Attribute value (unescaped) of an element's start tag or attribute text, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return unescapeXml(match[1] ?? match[2]);
}

/** Every attribute of a start tag (names as written, values unescaped). */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(tag); match; match = pattern.exec(tag)) found.set(match[1], unescapeXml(match[2] ?? match[3]));
  return found;
}

/** A start tag with one attribute set (added, replaced, or removed with undefined). */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = tag.replace(pattern, '');
  if (value === undefined) return without;
  const end = without.endsWith('/>') ? without.length - 2 : without.length - 1;
  return `${without.slice(0, end)} ${name}="${escapeXml(value)}"${without.slice(end)}`;
}

/** An element found in a text: where it starts and ends, its start tag and inner text. */
export interface FoundElement {
  readonly start: number;
  readonly end: number;
  /** The start tag, `<row r="2" …>` (or the whole empty element `<row …/>`). */
  readonly tag: string;
  /** Between the start and the end tag; "" for an empty element. */
  readonly inner: string;
  readonly innerStart: number;
}

const nameChars = /[\w.-]/;

/**
 * The first element named `name` (any namespace prefix) at or after `from`. Elements of the
 * same name nested inside it are matched to their own end tags.
 */
export function findElement(text: string, name: string, from = 0): FoundElement | undefined {
  const open = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  const match = open.exec(text);
  if (!match) return undefined;
  const start = match.index;
  const tagEnd = text.indexOf('>', start);
  if (tagEnd < 0) return undefined;
  const tag = text.slice(start, tagEnd + 1);
  if (tag.endsWith('/>')) return { start, end: tagEnd + 1, tag, inner: '', innerStart: tagEnd + 1 };
  const qualified = match[0].slice(1);
  const any = new RegExp(`<(/?)${qualified.replace(/[.]/g, '\\.')}(?=[\\s/>])`, 'g');
  any.lastIndex = tagEnd + 1;
  let depth = 1;
  for (let next = any.exec(text); next; next = any.exec(text)) {
    const close = text.indexOf('>', next.index);
    if (next[1] === '/') depth--;
    else if (text[close - 1] !== '/') depth++;
    if (depth === 0) return { start, end: close + 1, tag, inner: text.slice(tagEnd + 1, next.index), innerStart: tagEnd + 1 };
  }
  return undefined;
}

/** Every element named `name` directly found in `text`, in order (not looking inside matches). */
export function findElements(text: string, name: string): FoundElement[] {
  const found: FoundElement[] = [];
  for (let element = findElement(text, name); element; element = findElement(text, name, element.end)) found.push(element);
  return found;
}

/** The text of every `<t>` inside an element (a shared string, an inline string, a comment), phonetic runs left out. */
export function textOf(inner: string): string {
  if (inner.indexOf('<') < 0) return unescapeXml(inner);
  const withoutPhonetic = inner.indexOf('rPh') < 0 ? inner : inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  const parts: string[] = [];
  const pattern = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  for (let match = pattern.exec(withoutPhonetic); match; match = pattern.exec(withoutPhonetic)) parts.push(match[1] ?? '');
  return unescapeXml(parts.join(''));
}

/**
 * Hands out every complete `<name …>…</name>` (or `<name …/>`) of a part read in chunks,
 * keeping only the unfinished tail between chunks, and returns the text around them: the
 * head before the first one and the tail after the last one (both small for a sheet's rows).
 * Elements of this name must not nest (rows, cells, shared strings do not).
 */
export async function streamElements(
  chunks: AsyncIterable<string>,
  name: string,
  onElement: (element: string) => void,
  /** Stop handing out elements where this first matches (e.g. the end tag of sheetData). */
  stopAt?: RegExp,
): Promise<{ head: string; tail: string }> {
  const open = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g');
  let buffer = '';
  let head: string | undefined;
  const tail: string[] = [];
  let stopped = false;
  let closeTag: string | undefined;
  for await (const chunk of chunks) {
    if (stopped) {
      tail.push(chunk);
      continue;
    }
    buffer += chunk;
    // Where the elements end in what we have (searched once per chunk, not per element).
    const stop = stopAt === undefined ? -1 : buffer.search(stopAt);
    const limit = stop >= 0 ? stop : buffer.length;
    let at = 0;
    for (;;) {
      open.lastIndex = at;
      const match = open.exec(buffer);
      if (!match || match.index >= limit) break;
      head ??= buffer.slice(0, match.index);
      const tagEnd = buffer.indexOf('>', match.index);
      if (tagEnd < 0) break;
      if (buffer[tagEnd - 1] === '/') {
        onElement(buffer.slice(match.index, tagEnd + 1));
        at = tagEnd + 1;
        continue;
      }
      closeTag ??= `</${match[0].slice(1)}>`;
      const close = buffer.indexOf(closeTag, tagEnd);
      if (close < 0) break;
      onElement(buffer.slice(match.index, close + closeTag.length));
      at = close + closeTag.length;
    }
    if (stop >= 0) {
      head ??= buffer.slice(0, stop);
      tail.push(buffer.slice(stop));
      stopped = true;
      buffer = '';
    } else if (head !== undefined) {
      buffer = buffer.slice(at);
    }
  }
  if (!stopped) {
    if (head === undefined) return { head: buffer, tail: '' };
    tail.push(buffer);
  }
  return { head: head ?? '', tail: tail.join('') };
}

/** 1-based column number of column letters (`A` → 1, `AA` → 27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    n = n * 26 + ((code >= 97 ? code - 32 : code) - 64);
  }
  return n;
}

/** `B12` → { row: 12, column: 2 } (1-based); undefined if it is not a cell reference. */
export function cellPosition(ref: string): { row: number; column: number } | undefined {
  let i = 0;
  while (i < ref.length && nameChars.test(ref[i]) && !(ref.charCodeAt(i) >= 48 && ref.charCodeAt(i) <= 57)) i++;
  const letters = ref.slice(0, i).replace(/\$/g, '');
  const digits = ref.slice(i).replace(/\$/g, '');
  if (letters === '' || digits === '' || !/^[A-Za-z]+$/.test(letters) || !/^\d+$/.test(digits)) return undefined;
  return { row: Number(digits), column: columnIndex(letters) };
}
