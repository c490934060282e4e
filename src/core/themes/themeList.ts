import { matchKey } from '../tables/matchKey';
import { Keyword, parseKeyword, splitKeywords, Theme } from './themeKeywords';

/**
 * A theme list from its rows (the THEMES `themes` argument, or the Themes table):
 *  - a theme with no keywords is its own keyword ("Delivery" finds "deliveries");
 *  - a theme named twice (case, accents and punctuation ignored) is one theme with the
 *    keywords of both rows, in the place of the first: teams split long lists over rows;
 *  - a keyword without a letter or a digit ("*", "–") is reported, as it could match nothing.
 */
export interface ThemeEntry {
  /** Where the row is, for problems: the row number the caller reports. */
  readonly row: number;
  readonly name: string;
  /** The Keywords cell as written; blank or undefined when there is none. */
  readonly keywords?: string;
}

export interface EmptyKeyword {
  readonly row: number;
  readonly theme: string;
  readonly keyword: string;
}

export interface ThemeList {
  readonly themes: readonly Theme[];
  readonly emptyKeywords: readonly EmptyKeyword[];
}

export function buildThemeList(entries: readonly ThemeEntry[]): ThemeList {
  const byKey = new Map<string, { name: string; keywords: Keyword[] }>();
  const emptyKeywords: EmptyKeyword[] = [];
  for (const entry of entries) {
    const name = entry.name.trim();
    const written = entry.keywords === undefined ? [] : splitKeywords(entry.keywords);
    const keywords = (written.length === 0 ? [name] : written).map(parseKeyword);
    for (const keyword of keywords) if (keyword.words.length === 0) emptyKeywords.push({ row: entry.row, theme: name, keyword: keyword.text });
    const key = matchKey(name) || name;
    const theme = byKey.get(key);
    if (theme === undefined) byKey.set(key, { name, keywords: keywords.filter((k) => k.words.length > 0) });
    else for (const keyword of keywords) if (keyword.words.length > 0) theme.keywords.push(keyword);
  }
  return { themes: [...byKey.values()], emptyKeywords };
}
