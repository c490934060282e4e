import { Lexicon } from './lexicon';
import { scanWords } from './wordTokens';

/**
 * The words of every comment, read once (DESIGN §7): each comment's text is tokenised a
 * single time into form ids of a shared Lexicon, kept in one flat Int32Array. Everything
 * THEMES does afterwards (keyword matching, discovery, counting) walks these integers,
 * never the text again.
 *
 * Comment c's words are forms[starts[c]] … forms[starts[c + 1] − 1], in order. A −1 stands
 * between two words that are not adjacent (punctuation between them, see wordTokens.ts), so
 * "two words in a row" is simply two neighbouring entries ≥ 0.
 */
export interface CommentWords {
  readonly lexicon: Lexicon;
  readonly forms: Int32Array;
  readonly starts: Int32Array;
  readonly commentCount: number;
}

export function readCommentWords(comments: readonly string[], lexicon: Lexicon = new Lexicon()): CommentWords {
  let forms = new Int32Array(Math.max(64, comments.length * 12));
  let length = 0;
  const starts = new Int32Array(comments.length + 1);
  const add = (value: number): void => {
    if (length === forms.length) {
      const grown = new Int32Array(forms.length * 2);
      grown.set(forms);
      forms = grown;
    }
    forms[length++] = value;
  };
  let text = '';
  let first = true;
  const word = (start: number, end: number, adjacent: boolean, hash: number): void => {
    if (!adjacent && !first) add(-1);
    first = false;
    add(lexicon.formAt(text, start, end, hash));
  };
  for (let c = 0; c < comments.length; c++) {
    starts[c] = length;
    text = comments[c];
    first = true;
    scanWords(text, word);
  }
  starts[comments.length] = length;
  return { lexicon, forms: forms.subarray(0, length), starts, commentCount: comments.length };
}
