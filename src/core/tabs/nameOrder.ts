import { OutputLocale } from './outputLocale';

/**
 * Names in the alphabetical order of the spreadsheet's language, wherever ties go by name
 * (THEMES' rows, the matrix's ranking, the stakeholder map; DESIGN §2, §4): Polish puts "ł"
 * after "l" and "ś" after "s", English ignores accents;
 * "Theme 2" comes before "Theme 10". Where the runtime has no collation for the language, the
 * names are compared by their code points, lower case first.
 */
export function compareNames(locale: OutputLocale): (a: string, b: string) => number {
  try {
    const collator = new Intl.Collator(locale, { numeric: true });
    return (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  } catch {
    return (a, b) => {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
    };
  }
}
