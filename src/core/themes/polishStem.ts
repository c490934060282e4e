/**
 * A light Polish stemmer over folded words (DESIGN §2, THEMES), so that the inflected forms
 * of a noun or an adjective meet: "kurier", "kuriera", "kurierem", "kurierowi", "kurierze",
 * "kurierów" → "kurier"; "dostawa", "dostawy", "dostawie", "dostawę", "dostawą" → "dostaw";
 * "szybki", "szybka", "szybkiego", "szybkim" → "szybk".
 *
 * In the spirit of the light stemmers used for Polish retrieval (the Snowball Polish
 * stemmer, 2023; Weiss' "light" stemming in Stempel): one step, no dictionary.
 *  1. The longest case ending of the table below is removed, provided at least three letters
 *     remain (so "cena", "ceny", "cenie", "cenę" → "cen", but "dom" keeps its "om").
 *  2. The consonant alternations that Polish cases make at the end of a stem are undone,
 *     always, so that every form of a word lands on the same stem: rz → r (kurierze,
 *     biurze), dz → g (obsłudze, drodze), c → k (paczce, przesyłce). Applying them
 *     unconditionally keeps the forms of one word together ("miejsce", "miejsca" → "miejsk");
 *     the price is the odd merge of two words (miejsce, miejski).
 *
 * It works on folded words (accents removed) because customers often type Polish without
 * its letters: "dostawe" and "dostawę" are then one word. Verbs are left alone beyond the
 * endings they share with nouns: for "czekałem", "czekała", "czekać" use a prefix keyword
 * ("czeka*"). A few nouns whose last letters look like an ending are listed whole
 * ("problem" is not "probl" + "em").
 */
const ENDINGS = [
  'iami', 'iach', 'iego', 'iemu', 'iowi',
  'ami', 'ach', 'ego', 'emu', 'ymi', 'imi', 'ych', 'ich', 'owi', 'iej', 'iom', 'iem', 'iow',
  'ej', 'om', 'ow', 'em', 'ym', 'im', 'ia', 'ie', 'ii', 'iu', 'io',
  'a', 'e', 'i', 'o', 'u', 'y',
];
/** Endings by their last letter, longest first: a word is checked against a handful only. */
const BY_LAST_LETTER = new Map<string, string[]>();
for (const ending of ENDINGS) {
  const last = ending[ending.length - 1];
  BY_LAST_LETTER.set(last, [...(BY_LAST_LETTER.get(last) ?? []), ending]);
}
BY_LAST_LETTER.forEach((list) => list.sort((a, b) => b.length - a.length));

const ENDING_SET: ReadonlySet<string> = new Set(ENDINGS);
const MIN_STEM = 3;
/** Nouns ending in letters that look like a case ending: their nominative is the stem. */
const WHOLE_STEMS: readonly string[] = ['problem', 'system', 'modem', 'tandem'];
const POLISH_LETTERS = /^[a-z]+$/;

export function polishStem(folded: string): string {
  if (folded.length < MIN_STEM || !POLISH_LETTERS.test(folded)) return folded;
  for (const whole of WHOLE_STEMS) {
    if (folded.startsWith(whole) && (folded.length === whole.length || ENDING_SET.has(folded.slice(whole.length)))) return whole;
  }
  let stem = folded;
  for (const ending of BY_LAST_LETTER.get(folded[folded.length - 1]) ?? []) {
    if (folded.length - ending.length >= MIN_STEM && folded.endsWith(ending)) {
      stem = folded.slice(0, folded.length - ending.length);
      break;
    }
  }
  return undoAlternation(stem);
}

function undoAlternation(stem: string): string {
  if (stem.endsWith('rz')) return stem.slice(0, -1);
  if (stem.endsWith('dz')) return `${stem.slice(0, -2)}g`;
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}k`;
  return stem;
}
