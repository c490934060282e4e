/**
 * A list of names typed in one cell, as a Projects table lists the touchpoints a project
 * lifts: separated by semicolons, commas or new lines (DESIGN §3). A name that itself holds
 * `;` or `,` is written in double quotes (`"Pick-up; returns", Delivery`), and a quote
 * inside quotes is doubled, as in CSV. Blank entries are dropped and a name repeated in
 * the list (in any case or accents) counts once.
 */
import { matchKey } from './matchKey';

/** The entries of the cell, split at separators outside double quotes. */
function entries(cell: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (quoted) {
      if (ch === '"' && cell[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current.trim() === '') {
      current = '';
      quoted = true;
    } else if (ch === ';' || ch === ',' || ch === '\r' || ch === '\n') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function splitNameList(cell: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of entries(cell)) {
    const name = part.trim();
    if (name === '' || seen.has(matchKey(name))) continue;
    seen.add(matchKey(name));
    names.push(name);
  }
  return names;
}

/**
 * The names written back into one cell, so that splitNameList reads the same list: a name
 * holding `;`, `,`, a line break or a leading quote in double quotes (inner quotes doubled),
 * the others as they are, joined by ", ".
 */
export function joinNameList(names: readonly string[]): string {
  return names.map((name) => (/[;,\r\n]|^\s*"/.test(name) ? `"${name.replace(/"/g, '""')}"` : name)).join(', ');
}
