import { matchKey } from '../tables/matchKey';
import { OutputLocale } from '../tabs/outputLocale';
import { readCommentWords } from './commentWords';
import { KeywordMatcher } from './keywordMatcher';
import { compareNames } from '../tabs/nameOrder';
import { Theme } from './themeKeywords';
import { discoverThemes } from './themeDiscovery';
import { THEME_TEXTS } from './themeTexts';

/**
 * What open answers are about (DESIGN §2 THEMES): for each theme, how many comments mention
 * it, how the people who wrote them scored, and the first such comment.
 *
 * Input: the non-blank comments in row order, and optionally each one's 0–10 score (NaN where
 * a comment has none). Themes come from a team's list, or are discovered (themeDiscovery.ts)
 * when there is none. Output rows:
 *  - one per theme, themes with no mention included, by mentions (most first), ties by
 *    name in the language's alphabetical order (tabs/nameOrder.ts), then by list order;
 *  - "(no theme)": the comments that mention none of them; its example is the first of them;
 *  - "Total": every comment, no example.
 * Mentions count comments, not occurrences: "late delivery, deliveries always late" is one
 * mention of Delivery. A theme named like the last two rows ("Total", "(no theme)", any case
 * or punctuation) is shown in double quotes, so no two rows read alike.
 *
 * Counts are per row: mentions, and among the mentioning comments with a score, promoters
 * (9–10), passives (7–8) and detractors (0–6).
 */
export interface ThemeCounts {
  readonly mentions: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Index of the first mentioning comment (the example), or −1. */
  readonly example: number;
}

export interface ThemeSummaryRow {
  readonly kind: 'theme' | 'noTheme' | 'total';
  readonly label: string;
  readonly counts: ThemeCounts;
}

export interface ThemeSummaryOptions {
  readonly locale: OutputLocale;
  /** How many discovered themes to keep when there is no theme list (DESIGN: 20). */
  readonly discover?: number;
}

export const DISCOVERED_THEMES = 20;

export function summariseThemes(
  comments: readonly string[],
  scores: ArrayLike<number> | undefined,
  themes: readonly Theme[] | undefined,
  options: ThemeSummaryOptions,
): ThemeSummaryRow[] {
  const texts = THEME_TEXTS[options.locale];
  const compare = compareNames(options.locale);
  const words = readCommentWords(comments);
  let names: readonly string[];
  let forEachMatch: (comment: number, hit: (theme: number) => void) => void;
  if (themes === undefined) {
    const discovery = discoverThemes(words, options.discover ?? DISCOVERED_THEMES, compare);
    names = discovery.themes.map((theme) => theme.label);
    forEachMatch = discovery.forEachMatch;
  } else {
    const matcher = new KeywordMatcher(themes, words.lexicon);
    names = themes.map((theme) => theme.name);
    forEachMatch = (comment, hit) => matcher.forEachMatch(words, comment, hit);
  }

  const tally = new Tally(names.length + 2);
  const noTheme = names.length;
  const total = names.length + 1;
  const seen = new Int32Array(names.length).fill(-1);
  let comment = 0;
  let score = NaN;
  let mentioned = false;
  const hit = (theme: number): void => {
    if (seen[theme] === comment) return;
    seen[theme] = comment;
    mentioned = true;
    tally.add(theme, comment, score);
  };
  for (; comment < comments.length; comment++) {
    score = scores === undefined ? NaN : scores[comment];
    mentioned = false;
    forEachMatch(comment, hit);
    if (!mentioned) tally.add(noTheme, comment, score);
    tally.add(total, comment, score);
  }

  const reserved = new Set([matchKey(texts.noTheme), matchKey(texts.total)]);
  const label = (name: string): string => (reserved.has(matchKey(name)) ? `"${name}"` : name);
  const order = names.map((_, index) => index);
  order.sort((a, b) => tally.mentions[b] - tally.mentions[a] || compare(names[a], names[b]) || a - b);
  return [
    ...order.map((index): ThemeSummaryRow => ({ kind: 'theme', label: label(names[index]), counts: tally.counts(index) })),
    { kind: 'noTheme', label: texts.noTheme, counts: tally.counts(noTheme) },
    { kind: 'total', label: texts.total, counts: { ...tally.counts(total), example: -1 } },
  ];
}

/** Counts per row in typed arrays: one add per (comment, row) pair. */
class Tally {
  readonly mentions: Int32Array;
  private readonly classes: Int32Array;
  private readonly examples: Int32Array;

  constructor(rows: number) {
    this.mentions = new Int32Array(rows);
    this.classes = new Int32Array(rows * 3);
    this.examples = new Int32Array(rows).fill(-1);
  }

  add(row: number, comment: number, score: number): void {
    this.mentions[row]++;
    if (this.examples[row] < 0) this.examples[row] = comment;
    if (score >= 9) this.classes[3 * row]++;
    else if (score >= 7) this.classes[3 * row + 1]++;
    else if (score >= 0) this.classes[3 * row + 2]++;
  }

  counts(row: number): ThemeCounts {
    return {
      mentions: this.mentions[row],
      promoters: this.classes[3 * row],
      passives: this.classes[3 * row + 1],
      detractors: this.classes[3 * row + 2],
      example: this.examples[row],
    };
  }
}
