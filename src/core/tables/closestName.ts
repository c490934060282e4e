/**
 * Suggests the known name closest to a misspelt one ("Web from" → "Web form"), for the
 * error that reports an unknown touchpoint. Distance is Levenshtein's edit distance
 * (insertions, deletions, substitutions) on names compared by matchKey (no case, accents
 * or punctuation),
 * so "Płatność" and "platnosc" are the same name.
 */
import { matchKey } from './matchKey';

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest known name (the first of equally close ones), or undefined when none is known. */
export function closestName(unknown: string, known: readonly string[]): string | undefined {
  const folded = matchKey(unknown);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(folded, matchKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
