import { OutputLocale } from '../core/tabs/outputLocale';

/** Texts the add-on shows in Sheets' own UI (menu, sidebar title, dialogs, toasts). */
export const ADDON_NAME = 'CX Sheets';
export const MENU_OPEN_SIDEBAR = 'Open sidebar';
export const MENU_BUILD_GRID = 'Build valuation grid';
export const MENU_BUILD_MATRIX = 'Build cost-vs-satisfaction matrix';
export const MENU_BUILD_STAKEHOLDER_MAP = 'Build stakeholder map';
export const MENU_INSERT_EXAMPLES = 'Insert example tabs';
export const MENU_COMPARE_VALUATIONS = 'Compare valuations';
export const MENU_BUILD_REPORT = 'Build survey report';
export const MENU_SAVE_DATED_COPY = 'Save a dated copy of Touchpoints';
export const MENU_HELP = 'Help';

/** The custom functions of DESIGN §2, as the Help dialog lists them. */
export const FUNCTION_HELP: readonly (readonly [signature: string, meaning: string])[] = [
  ['NPS(scores)', 'Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6).'],
  ['NPS_MOE(scores, [confidence], [method])', 'Margin of error of the NPS, in points (95% by default; adjusted Wald).'],
  ['NPS_BY(scores, groups, [period], [confidence])', 'A table of NPS per group, or per day/week/month/quarter/year when groups are dates, with its interval.'],
  ['NPS_TEST(scores_a, scores_b, [method])', 'p-value of the difference between two NPS.'],
  ['CES(scores, [scale], [method])', 'Customer Effort Score: mean, "easy" % or "net" on a 5- or 7-point scale.'],
  ['CSAT(scores, [scale], [satisfied_from])', '% satisfied (top-2-box by default) on a 5-, 7- or 10-point scale.'],
  ['TOUCHPOINT_GAP(valuations, [targets])', 'Target − current for touchpoints valued −2..+2.'],
  ['TOUCHPOINT_VALUE(scores, [min], [max])', 'The −2..+2 valuation a mean survey score maps to.'],
  ['DRIVERS(outcome, ratings, [labels])', 'Which ratings move the outcome (e.g. NPS): importance by relative weights, and a priority per driver.'],
  ['NPS_CI(scores, [confidence], [method])', 'The NPS confidence interval (adjusted Wald): low and high bounds, in points.'],
  ['NPS_TREND(scores, dates, [period], [confidence])', 'NPS per month (or day/week/quarter/year), with the change and whether it is significant.'],
  ['NPS_SAMPLE_SIZE(margin, [confidence], [promoters], [detractors])', 'Answers needed for an NPS margin of ± margin points.'],
  ['CSAT_BY(scores, groups, [period], [scale], [satisfied_from], [confidence])', 'A table of CSAT per group or period, with its interval.'],
  ['CES_BY(scores, groups, [period], [scale], [confidence])', 'A table of CES per group or period: mean with its interval, % easy and % difficult.'],
  ['THEMES(comments, [scores], [themes])', 'What the open answers are about: mentions, share and NPS per theme (your Themes table, or the most frequent words).'],
  ['NPS_VALUE(scores, revenue, churned, [margin], [discount_rate])', 'Customers, revenue, churn and lifetime value of promoters, passives and detractors.'],
];

export const HELP_INTRO = 'Type these functions into any cell, like =NPS(Responses!D2:D). Blank cells and text such as "don\'t know" are skipped; an impossible score stops with a message that says where it is.';
export const HELP_SIDEBAR = 'The sidebar (Extensions › CX Sheets › Open sidebar) builds the valuation grid, the cost-vs-satisfaction matrix and the stakeholder map from your Touchpoints, Projects and Stakeholders tabs. New here? Insert the example tabs first.';

/**
 * The same texts in Polish (DESIGN §4: the add-on speaks the spreadsheet's language). The
 * menu uses them only when onOpen may read the locale (not in AuthMode.NONE); the Help
 * dialog and the toasts run authorised and follow the spreadsheet's locale.
 */
export interface UiTexts {
  readonly openSidebar: string;
  readonly buildGrid: string;
  readonly buildMatrix: string;
  readonly buildStakeholderMap: string;
  readonly insertExamples: string;
  readonly compareValuations: string;
  readonly saveDatedCopy: string;
  readonly buildReport: string;
  readonly help: string;
  readonly helpTitle: string;
  readonly helpIntro: string;
  readonly helpSidebar: string;
  readonly functionsHeader: readonly [string, string];
  /** A function's meaning; English when a function has no translation yet. */
  meaning(signature: string, english: string): string;
  examplesInserted(names: readonly string[]): string;
}

/** Polish meanings of FUNCTION_HELP, by signature. */
const FUNCTION_HELP_PL: Readonly<Record<string, string>> = {
  'NPS(scores)': 'Net Promoter Score z odpowiedzi 0–10: % promotorów (9–10) − % krytyków (0–6).',
  'NPS_MOE(scores, [confidence], [method])': 'Margines błędu NPS w punktach (domyślnie 95%; skorygowana metoda Walda).',
  'NPS_BY(scores, groups, [period], [confidence])': 'Tabela NPS z przedziałem ufności dla każdej grupy albo dla dnia/tygodnia/miesiąca/kwartału/roku, gdy grupy są datami.',
  'NPS_TEST(scores_a, scores_b, [method])': 'Wartość p różnicy między dwoma NPS.',
  'CES(scores, [scale], [method])': 'Customer Effort Score (wysiłek klienta): średnia, % „łatwo” albo „net” na skali 5- lub 7-punktowej.',
  'CSAT(scores, [scale], [satisfied_from])': '% zadowolonych (domyślnie dwie najwyższe odpowiedzi) na skali 5-, 7- lub 10-punktowej.',
  'TOUCHPOINT_GAP(valuations, [targets])': 'Cel − ocena bieżąca dla punktów styku ocenionych od −2 do +2.',
  'TOUCHPOINT_VALUE(scores, [min], [max])': 'Ocena od −2 do +2, której odpowiada średni wynik badania.',
  'NPS_VALUE(scores, revenue, churned, [margin], [discount_rate])': 'Klienci, przychód, odejścia i wartość życiowa klienta (CLV) promotorów, neutralnych i krytyków.',
  'DRIVERS(outcome, ratings, [labels])': 'Które oceny poruszają wynik (np. NPS): siła wpływu metodą wag względnych i priorytet każdego czynnika.',
  'NPS_CI(scores, [confidence], [method])': 'Przedział ufności NPS (skorygowana metoda Walda): dolna i górna granica w punktach.',
  'NPS_TREND(scores, dates, [period], [confidence])': 'NPS w każdym miesiącu (albo dniu/tygodniu/kwartale/roku), ze zmianą i informacją, czy jest istotna.',
  'NPS_SAMPLE_SIZE(margin, [confidence], [promoters], [detractors])': 'Liczba odpowiedzi potrzebna do marginesu błędu NPS ± margin punktów.',
  'CSAT_BY(scores, groups, [period], [scale], [satisfied_from], [confidence])': 'Tabela CSAT dla każdej grupy albo okresu, z przedziałem ufności.',
  'CES_BY(scores, groups, [period], [scale], [confidence])': 'Tabela CES dla każdej grupy albo okresu: średnia z przedziałem, % łatwo i % trudno.',
  'THEMES(comments, [scores], [themes])': 'O czym są odpowiedzi otwarte: wzmianki, udział i NPS każdego tematu (z Twojej tabeli Tematy albo najczęstsze słowa).',
};

const quotedList = (names: readonly string[], open: string, close: string): string => names.map((n) => `${open}${n}${close}`).join(', ');

export const UI_TEXTS: Readonly<Record<OutputLocale, UiTexts>> = {
  en: {
    openSidebar: MENU_OPEN_SIDEBAR,
    buildGrid: MENU_BUILD_GRID,
    buildMatrix: MENU_BUILD_MATRIX,
    buildStakeholderMap: MENU_BUILD_STAKEHOLDER_MAP,
    insertExamples: MENU_INSERT_EXAMPLES,
    compareValuations: MENU_COMPARE_VALUATIONS,
    saveDatedCopy: MENU_SAVE_DATED_COPY,
    buildReport: MENU_BUILD_REPORT,
    help: MENU_HELP,
    helpTitle: `${ADDON_NAME} help`,
    helpIntro: HELP_INTRO,
    helpSidebar: HELP_SIDEBAR,
    functionsHeader: ['Function', 'What it gives'],
    meaning: (_signature, english) => english,
    examplesInserted: (names) => `Added ${quotedList(names, '"', '"')}. Now build the valuation grid from the menu or the sidebar.`,
  },
  pl: {
    openSidebar: 'Otwórz panel boczny',
    buildGrid: 'Utwórz siatkę ocen',
    buildMatrix: 'Utwórz macierz koszt–satysfakcja',
    buildStakeholderMap: 'Utwórz mapę interesariuszy',
    insertExamples: 'Wstaw przykładowe karty',
    compareValuations: 'Porównaj oceny',
    saveDatedCopy: 'Zapisz kopię Punktów styku z datą',
    buildReport: 'Utwórz raport z badania',
    help: 'Pomoc',
    helpTitle: `${ADDON_NAME} – pomoc`,
    helpIntro: 'Wpisz te funkcje w dowolną komórkę, np. =NPS(Odpowiedzi!D2:D). Puste komórki i tekst, np. „nie wiem”, są pomijane; niemożliwa ocena zatrzymuje obliczenie z komunikatem, który mówi, gdzie jest.',
    helpSidebar: 'Panel boczny (Rozszerzenia › CX Sheets › Otwórz panel boczny) tworzy siatkę ocen, macierz koszt–satysfakcja i mapę interesariuszy z Twoich kart Punkty styku, Projekty i Interesariusze. Pierwszy raz? Najpierw wstaw przykładowe karty.',
    functionsHeader: ['Funkcja', 'Co daje'],
    meaning: (signature, english) => FUNCTION_HELP_PL[signature] ?? english,
    examplesInserted: (names) => `Dodano ${quotedList(names, '„', '”')}. Teraz utwórz siatkę ocen z menu albo z panelu bocznego.`,
  },
};
