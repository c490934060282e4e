import { CommentWords } from './commentWords';
import { PairTable } from './pairTable';

/**
 * Themes found in the comments themselves, when no theme list is given (DESIGN §2 THEMES):
 * the words and two-word phrases mentioned by the most comments.
 *
 * - Stop words (stopWords.ts), one-character words and words without a letter ("24") are
 *   left out, and a phrase is two adjacent words (wordTokens.ts) neither of which is left
 *   out: in "late with the delivery" there is no phrase, in "late delivery" there is one.
 * - The inflected forms of a word count as that word: two words are one when their folded
 *   forms, English stems or Polish stems are equal — the relation keywords match by — taken
 *   transitively, so "delivery", "deliveries" and "Delivery" are one row.
 * - Mentions count comments, not occurrences; a phrase needs at least two comments (one
 *   comment's wording is not a theme).
 * - Each row is shown lower-cased in the form written most often (by occurrences; the first
 *   written on a tie): "delivery" when that spelling outnumbers "deliveries".
 * - The `limit` rows with the most mentions are kept, ties by name in `compareNames` order.
 *
 * One pass over the comments' word ids counts everything; labels are worked out only for
 * the rows that can make the cut.
 */
export interface DiscoveredTheme {
  readonly label: string;
  readonly mentions: number;
}

export interface Discovery {
  readonly themes: readonly DiscoveredTheme[];
  /** Calls `hit(row)` for each discovered theme comment c mentions (possibly more than once). */
  forEachMatch(comment: number, hit: (row: number) => void): void;
}

export const MIN_PHRASE_MENTIONS = 2;

export function discoverThemes(words: CommentWords, limit: number, compareNames: (a: string, b: string) => number): Discovery {
  const { lexicon, forms, starts, commentCount } = words;
  const groupOfWord = wordGroups(words);
  const groupCount = groupOfWord.count;
  const groupOf = groupOfWord.groups;
  const formCount = lexicon.formCount;

  const groupMentions = new Int32Array(groupCount);
  const groupLast = new Int32Array(groupCount).fill(-1);
  const formUses = new Int32Array(formCount);
  const phrases = new PairTable(forms.length >> 3); // (first group, second group) → phrase
  const phraseMentions: number[] = [];
  const phraseLast: number[] = [];

  for (let c = 0; c < commentCount; c++) {
    let previousGroup = -1;
    for (let i = starts[c], end = starts[c + 1]; i < end; i++) {
      const form = forms[i];
      const group = form < 0 ? -1 : groupOf[lexicon.wordOfForm(form)];
      if (group < 0) {
        previousGroup = -1;
        continue;
      }
      formUses[form]++;
      if (groupLast[group] !== c) {
        groupLast[group] = c;
        groupMentions[group]++;
      }
      if (previousGroup >= 0 && previousGroup !== group) {
        const phrase = phrases.add(previousGroup, group);
        if (phrase === phraseMentions.length) {
          phraseMentions.push(1);
          phraseLast.push(c);
        } else if (phraseLast[phrase] !== c) {
          phraseLast[phrase] = c;
          phraseMentions[phrase]++;
        }
      }
      previousGroup = group;
    }
  }

  // Candidates: every group, and the phrases of at least two comments; index < groupCount is a group.
  const candidateMentions: number[] = [];
  for (let g = 0; g < groupCount; g++) candidateMentions.push(groupMentions[g]);
  for (let p = 0; p < phraseMentions.length; p++) candidateMentions.push(phraseMentions[p] >= MIN_PHRASE_MENTIONS ? phraseMentions[p] : 0);
  const threshold = kthLargest(candidateMentions, limit);

  // Labels of the groups and phrases that can make the cut.
  const bestForm = new Int32Array(groupCount).fill(-1);
  for (let f = 0; f < formCount; f++) {
    if (formUses[f] === 0) continue;
    const g = groupOf[lexicon.wordOfForm(f)];
    if (groupMentions[g] >= threshold && (bestForm[g] < 0 || formUses[f] > formUses[bestForm[g]])) bestForm[g] = f;
  }
  const bestPair = phraseSpellings(words, groupOf, groupCount, phrases, (phrase) => phraseMentions[phrase] >= Math.max(threshold, MIN_PHRASE_MENTIONS));
  const labelOf = (candidate: number): string => {
    if (candidate < groupCount) return lexicon.formText(bestForm[candidate]);
    const [first, second] = bestPair.get(candidate - groupCount)!;
    return `${lexicon.formText(first)} ${lexicon.formText(second)}`;
  };

  // Above the threshold: fewer than `limit`, all in. At it: as many as there is room for, by name.
  type Chosen = { readonly candidate: number; readonly mentions: number; readonly label: string };
  const byName = (a: Chosen, b: Chosen): number => compareNames(a.label, b.label) || a.candidate - b.candidate;
  const above: Chosen[] = [];
  const atThreshold: Chosen[] = [];
  candidateMentions.forEach((mentions, candidate) => {
    if (mentions > threshold) above.push({ candidate, mentions, label: labelOf(candidate) });
    else if (mentions === threshold) atThreshold.push({ candidate, mentions, label: labelOf(candidate) });
  });
  const chosen = [...above, ...smallest(atThreshold, Math.max(0, limit - above.length), byName)];
  chosen.sort((a, b) => b.mentions - a.mentions || byName(a, b));

  const rowOfGroup = new Int32Array(groupCount).fill(-1);
  const rowOfPhrase = new Map<number, number>();
  const startsPhrase = new Uint8Array(groupCount);
  chosen.forEach(({ candidate }, row) => {
    if (candidate < groupCount) {
      rowOfGroup[candidate] = row;
    } else {
      rowOfPhrase.set(candidate - groupCount, row);
    }
  });
  phrases.forEach((first, _second, phrase) => {
    if (rowOfPhrase.has(phrase)) startsPhrase[first] = 1;
  });

  return {
    themes: chosen.map(({ label, mentions }) => ({ label, mentions })),
    forEachMatch(comment, hit) {
      let previousGroup = -1;
      for (let i = starts[comment], end = starts[comment + 1]; i < end; i++) {
        const form = forms[i];
        const group = form < 0 ? -1 : groupOf[lexicon.wordOfForm(form)];
        if (group < 0) {
          previousGroup = -1;
          continue;
        }
        if (rowOfGroup[group] >= 0) hit(rowOfGroup[group]);
        if (previousGroup >= 0 && startsPhrase[previousGroup] === 1) {
          const row = rowOfPhrase.get(phrases.get(previousGroup, group));
          if (row !== undefined) hit(row);
        }
        previousGroup = group;
      }
    },
  };
}

/**
 * The most written spelling of each phrase that `wanted` accepts: [first form, second form]
 * used most often (by occurrences; on a tie, the one met first). A second pass over the
 * comments' word ids, counting only the pairs of the few phrases that can be shown, so the
 * first pass counts phrases with one look-up per pair of words.
 */
function phraseSpellings(words: CommentWords, groupOf: Int32Array, groupCount: number, phrases: PairTable, wanted: (phrase: number) => boolean): Map<number, readonly [number, number]> {
  const { lexicon, forms, starts, commentCount } = words;
  const startsWanted = new Uint8Array(groupCount);
  phrases.forEach((first, _second, phrase) => {
    if (wanted(phrase)) startsWanted[first] = 1;
  });
  const spellings = new PairTable(64);
  const spellingUses: number[] = [];
  const spellingOrder: number[] = []; // first occurrence, for ties
  let occurrence = 0;
  for (let c = 0; c < commentCount; c++) {
    let previousGroup = -1;
    let previousForm = -1;
    for (let i = starts[c], end = starts[c + 1]; i < end; i++) {
      const form = forms[i];
      const group = form < 0 ? -1 : groupOf[lexicon.wordOfForm(form)];
      if (group >= 0 && previousGroup >= 0 && startsWanted[previousGroup] === 1 && previousGroup !== group) {
        const phrase = phrases.get(previousGroup, group);
        if (wanted(phrase)) {
          const spelling = spellings.add(previousForm, form);
          if (spelling === spellingUses.length) {
            spellingUses.push(1);
            spellingOrder.push(occurrence);
          } else spellingUses[spelling]++;
        }
      }
      occurrence++;
      previousGroup = group;
      previousForm = form;
    }
  }
  const best = new Map<number, readonly [number, number]>();
  const bestSpelling = new Map<number, number>();
  spellings.forEach((first, second, spelling) => {
    const phrase = phrases.get(groupOf[lexicon.wordOfForm(first)], groupOf[lexicon.wordOfForm(second)]);
    const other = bestSpelling.get(phrase);
    if (other === undefined || spellingUses[spelling] > spellingUses[other] || (spellingUses[spelling] === spellingUses[other] && spellingOrder[spelling] < spellingOrder[other])) {
      bestSpelling.set(phrase, spelling);
      best.set(phrase, [first, second]);
    }
  });
  return best;
}

/**
 * Words that count as one (union–find over the theme words: equal English stems, equal
 * Polish stems). Folded forms are already one word id each. Non-theme words get −1.
 */
function wordGroups(words: CommentWords): { groups: Int32Array; count: number } {
  const lexicon = words.lexicon;
  const wordCount = lexicon.wordCount;
  const parent = new Int32Array(wordCount).fill(-1);
  const find = (w: number): number => {
    let root = w;
    while (parent[root] !== root) root = parent[root];
    while (parent[w] !== root) {
      const next = parent[w];
      parent[w] = root;
      w = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byEnglish = new Map<string, number>();
  const byPolish = new Map<string, number>();
  for (let w = 0; w < wordCount; w++) {
    if (!lexicon.isThemeWord(w)) continue;
    parent[w] = w;
    for (const [stems, stem] of [[byEnglish, lexicon.englishStem(w)], [byPolish, lexicon.polishStem(w)]] as const) {
      const other = stems.get(stem);
      if (other === undefined) stems.set(stem, w);
      else union(other, w);
    }
  }
  const groups = new Int32Array(wordCount).fill(-1);
  const groupOfRoot = new Map<number, number>();
  for (let w = 0; w < wordCount; w++) {
    if (parent[w] < 0) continue;
    const root = find(w);
    let group = groupOfRoot.get(root);
    if (group === undefined) groupOfRoot.set(root, (group = groupOfRoot.size));
    groups[w] = group;
  }
  return { groups, count: groupOfRoot.size };
}

/** The k smallest items in `compare` order, sorted, in about one comparison per item. */
function smallest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items].sort(compare);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, kept[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

/** The k-th largest value (1-based), or 1 when there are fewer than k positive values. */
function kthLargest(values: readonly number[], k: number): number {
  if (k <= 0) return Infinity;
  const sorted = Float64Array.from(values).sort();
  const index = sorted.length - k;
  return index < 0 ? 1 : Math.max(1, sorted[index]);
}
