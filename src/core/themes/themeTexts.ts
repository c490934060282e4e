import { OutputLocale } from '../tabs/outputLocale';

/**
 * The words of THEMES' table in English and Polish (DESIGN §2: headers and labels follow the
 * spreadsheet's locale; the Polish words are in the table at the end of §2).
 */
export interface ThemeTexts {
  readonly header: readonly [string, string, string, string, string, string, string];
  readonly noTheme: string;
  readonly total: string;
}

export const THEME_TEXTS: Readonly<Record<OutputLocale, ThemeTexts>> = {
  en: {
    header: ['Theme', 'Mentions', 'Share %', 'NPS', 'Promoters %', 'Detractors %', 'Example'],
    noTheme: '(no theme)',
    total: 'Total',
  },
  pl: {
    header: ['Temat', 'Wzmianki', 'Udział %', 'NPS', 'Promotorzy %', 'Krytycy %', 'Przykład'],
    noTheme: '(bez tematu)',
    total: 'Razem',
  },
};
