import { OutputLocale } from '../core/tabs/outputLocale';

/**
 * Texts the add-on shows in Sheets' own UI (menu, sidebar title, dialogs, toasts). The menu
 * is English: it is built in AuthMode.NONE, before the add-on may read the spreadsheet's
 * locale. What opens from it (Help, toasts) follows the spreadsheet's locale.
 */
export const ADDON_NAME = 'CX Sheets';
export const MENU_OPEN_SIDEBAR = 'Open sidebar';
export const MENU_BUILD_GRID = 'Build valuation grid';
export const MENU_BUILD_MATRIX = 'Build cost-vs-satisfaction matrix';
export const MENU_INSERT_EXAMPLES = 'Insert example tabs';
export const MENU_HELP = 'Help';

/** The custom functions of DESIGN §2, as the Help dialog lists them. */
export const FUNCTION_HELP: readonly (readonly [signature: string, meaning: string])[] = [
  ['NPS(scores)', 'Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6).'],
  ['NPS_MOE(scores, [confidence])', 'Margin of error of the NPS, in points (95% by default).'],
  ['NPS_BY(scores, groups, [period])', 'A table of NPS per group, or per day/week/month/quarter/year when groups are dates.'],
  ['NPS_TEST(scores_a, scores_b)', 'p-value of the difference between two NPS.'],
  ['CES(scores, [scale], [method])', 'Customer Effort Score: mean, "easy" % or "net" on a 5- or 7-point scale.'],
  ['CSAT(scores, [scale], [satisfied_from])', '% satisfied (top-2-box by default) on a 5-, 7- or 10-point scale.'],
  ['TOUCHPOINT_GAP(valuations, [targets])', 'Target − current for touchpoints valued −2..+2.'],
  ['TOUCHPOINT_VALUE(scores, [min], [max])', 'The −2..+2 valuation a mean survey score maps to.'],
];

export const HELP_INTRO = 'Type these functions into any cell, like =NPS(Responses!D2:D). Blank cells and text such as "don\'t know" are skipped; an impossible score stops with a message that says where it is.';
export const HELP_SIDEBAR = 'The sidebar (Extensions › CX Sheets › Open sidebar) builds the valuation grid and the cost-vs-satisfaction matrix from your Touchpoints and Projects tabs. New here? Insert the example tabs first.';

/** The Help dialog in one language. */
export interface HelpTexts {
  readonly title: string;
  readonly intro: string;
  /** [signature as typed in that locale, meaning]. */
  readonly functions: readonly (readonly [signature: string, meaning: string])[];
  readonly sidebar: string;
}

/**
 * Help in English and Polish. A Polish spreadsheet separates a function's arguments with
 * ";" (its decimal separator is the comma), so the Polish signatures do too.
 */
export const HELP_TEXTS: Readonly<Record<OutputLocale, HelpTexts>> = {
  en: { title: `${ADDON_NAME} help`, intro: HELP_INTRO, functions: FUNCTION_HELP, sidebar: HELP_SIDEBAR },
  pl: {
    title: `${ADDON_NAME} – pomoc`,
    intro:
      'Wpisz te funkcje w dowolną komórkę, np. =NPS(Odpowiedzi!D2:D). Puste komórki i tekst taki jak „nie wiem” są pomijane; niemożliwa ocena zatrzymuje obliczenie z komunikatem, który mówi, gdzie jest. W polskim arkuszu argumenty oddziela się średnikiem.',
    functions: [
      ['NPS(oceny)', 'Net Promoter Score z odpowiedzi 0–10: % promotorów (9–10) − % krytyków (0–6).'],
      ['NPS_MOE(oceny; [poziom_ufności])', 'Margines błędu NPS w punktach (domyślnie przy 95% ufności).'],
      ['NPS_BY(oceny; grupy; [okres])', 'Tabela NPS dla każdej grupy, albo dla każdego dnia, tygodnia, miesiąca, kwartału lub roku, gdy grupy to daty ("day", "week", "month", "quarter", "year").'],
      ['NPS_TEST(oceny_a; oceny_b)', 'Wartość p różnicy między dwoma NPS (istotna zmiana, gdy p < 0,05).'],
      ['CES(oceny; [skala]; [metoda])', 'Customer Effort Score (wysiłek klienta): średnia ("mean"), % łatwo ("easy") albo "net", na skali 5- lub 7-stopniowej.'],
      ['CSAT(oceny; [skala]; [zadowolony_od])', '% zadowolonych klientów (domyślnie dwie najwyższe oceny) na skali 5-, 7- lub 10-stopniowej.'],
      ['TOUCHPOINT_GAP(oceny; [cele])', 'Luka do celu: cel − obecna ocena punktów styku ocenianych od −2 do +2.'],
      ['TOUCHPOINT_VALUE(oceny; [min]; [max])', 'Ocena punktu styku od −2 do +2, której odpowiada średnia ocena z badania satysfakcji.'],
    ],
    sidebar:
      'Panel boczny (Rozszerzenia › CX Sheets › Open sidebar) buduje siatkę ocen i macierz koszt a satysfakcja z kart Punkty styku i Projekty. Pierwszy raz? Najpierw wstaw przykładowe karty (Insert example tabs).',
  },
};

/** The toast after the example tabs were inserted: which tabs, and what to do next. */
export const EXAMPLES_INSERTED: Readonly<Record<OutputLocale, (names: readonly string[]) => string>> = {
  en: (names) => `Added ${names.map((n) => `"${n}"`).join(', ')}. Now build the valuation grid from the menu or the sidebar.`,
  pl: (names) => `Dodano ${names.map((n) => `„${n}”`).join(', ')}. Teraz zbuduj siatkę ocen z menu lub panelu bocznego.`,
};
