import { foldWord } from './foldWord';

/**
 * A team's theme list (DESIGN §2 THEMES, §3 Themes table): each theme has a name and
 * keywords, written in one cell separated by `,` or `;` ("delivery, courier; late*").
 *
 * A keyword is one or more words. A word matches a comment's word when their folded forms
 * are equal or their English or Polish stems are (keywordMatcher.ts); a word ending in `*`
 * is a prefix and matches every word whose folded form starts with it ("spóźni*" →
 * "spóźniła", "spoznione"). Several words match the same words in a row ("on time",
 * "e-mail").
 */
export interface KeywordWord {
  /** The folded word, or the folded prefix (without its `*`). */
  readonly folded: string;
  readonly prefix: boolean;
}

export interface Keyword {
  /** As the user wrote it, trimmed: "late delivery". */
  readonly text: string;
  readonly words: readonly KeywordWord[];
}

export interface Theme {
  readonly name: string;
  readonly keywords: readonly Keyword[];
}

/** A word (the same letters as in comments) optionally followed by `*`. */
const KEYWORD_WORD = /([\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*)(\*?)/gu;
const SEPARATORS = /[,;\n]/;

/** The words of one keyword; empty when it holds no letter or digit ("*", "—"). */
export function parseKeyword(text: string): Keyword {
  const words: KeywordWord[] = [];
  KEYWORD_WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = KEYWORD_WORD.exec(text)) !== null) words.push({ folded: foldWord(match[1]), prefix: match[2] === '*' });
  return { text: text.trim(), words };
}

/** The keywords of a Keywords cell: split at `,`, `;` or a line break; blank pieces dropped. */
export function splitKeywords(cell: string): string[] {
  return cell.split(SEPARATORS).map((part) => part.trim()).filter((part) => part !== '');
}
