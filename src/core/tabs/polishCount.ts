/**
 * A Polish count with its noun in the right form: 1 punkt styku, 2–4 punkty styku (also
 * 22–24, …, but not 12–14), else 5 punktów styku — the nominative singular, nominative plural
 * and genitive plural that Polish numerals take. `polishForm` gives the form alone, for a verb
 * that agrees the same way (1 wiersz ma, 3 wiersze mają, 5 wierszy ma).
 */
export function polishForm(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  return n === 1 ? one : n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}

export function polishCount(n: number, one: string, few: string, many: string): string {
  return `${n} ${polishForm(n, one, few, many)}`;
}
