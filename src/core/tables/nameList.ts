/**
 * A list of names typed in one cell, as a Projects table lists the touchpoints a project
 * lifts: separated by semicolons, commas or new lines (DESIGN §3). Blank entries are
 * dropped and a name repeated in the list (in any case or accents) counts once.
 */
import { matchKey } from './matchKey';

export function splitNameList(cell: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of cell.split(/[;,\r\n]+/)) {
    const name = part.trim();
    if (name === '' || seen.has(matchKey(name))) continue;
    seen.add(matchKey(name));
    names.push(name);
  }
  return names;
}
