/// <reference path="./winkPorter2Stemmer.d.ts" />
import porter2 from 'wink-porter2-stemmer';

/**
 * The English stem of a folded word: Martin Porter's English (Porter2) stemming algorithm
 * (snowballstem.org/algorithms/english/stemmer.html), as implemented by the
 * wink-porter2-stemmer package, whose tests run Porter's own 29,000-word vocabulary.
 * "delivery" and "deliveries" both give "deliveri"; "waiting", "waited" and "wait" give
 * "wait"; "cancelled"/"cancelling" → "cancel".
 *
 * Only words of the letters a–z (and an inner apostrophe) are stemmed: the algorithm is
 * defined on English letters, and the package reads the digit 3 as its own marker for "y"
 * ("mp3" would come back as "mpy"). Any other word is its own stem.
 */
const ENGLISH_LETTERS = /^[a-z]+(?:'[a-z]+)*$/;

export function englishStem(folded: string): string {
  return ENGLISH_LETTERS.test(folded) ? porter2(folded) : folded;
}
