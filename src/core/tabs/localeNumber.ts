import { OutputLocale } from './outputLocale';

/**
 * A number inside a sentence or label, written for the build's language (DESIGN §4:
 * "numbers formatted for the locale (decimal comma in Polish)"): at most `decimals`
 * decimals, trailing zeros dropped, no thousands separator (in a label "1,500" would read
 * as one and a half in Polish), a true minus sign. 0.575 → "0.575" / "0,575";
 * 12.5 → "12.5" / "12,5"; −3 → "−3".
 *
 * Number cells are different: they keep the number and get a number format, which Sheets
 * shows with the spreadsheet's own decimal separator.
 */
export function localeNumber(value: number, locale: OutputLocale, decimals = 4): string {
  const rounded = Number(value.toFixed(decimals));
  const text = String(Math.abs(rounded));
  const written = locale === 'pl' ? text.replace('.', ',') : text;
  return rounded < 0 ? `−${written}` : written;
}
