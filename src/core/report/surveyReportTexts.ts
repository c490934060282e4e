import { DriversProblem, driversProblemMessage } from '../drivers/driversProblem';
import { Priority } from '../drivers/importancePerformance';
import { DRIVERS_TEXTS } from '../drivers/driversTexts';
import { Period } from '../survey/datePeriod';
import { OutputLocale } from '../tabs/outputLocale';

/** The Survey report's words in English and Polish (GLOSSARY: raport z badania, punkt styku, krytycy, promotorzy). */
export interface SurveyReportTexts {
  readonly tabName: string;
  readonly title: string;
  readonly theReport: string;
  readonly headline: string;
  readonly headlineHeader: readonly [string, string, string, string];
  readonly responses: string;
  readonly promoters: string;
  readonly passives: string;
  readonly detractors: string;
  readonly ces: (scale: number) => string;
  readonly csat: (from: number, scale: number) => string;
  readonly periodCovered: string;
  readonly trend: (period: Period) => string;
  readonly trendHeader: readonly string[];
  readonly significantUp: string;
  readonly significantDown: string;
  readonly noDates: string;
  readonly chartNps: string;
  readonly chartTitle: string;
  readonly groupsTitle: (header: string) => string;
  readonly groupHeader: readonly string[];
  readonly above: string;
  readonly below: string;
  readonly notTested: string;
  readonly touchpointsTitle: (scale: number) => string;
  readonly touchpointHeader: readonly string[];
  readonly noRatingColumns: string;
  readonly driversNote: (problem: DriversProblem) => string;
  readonly rSquaredNote: (percent: string) => string;
  readonly priorities: Readonly<Record<Priority, string>>;
  readonly dataSuggest: (level: string) => string;
  readonly notValuedDataSuggest: (level: string) => string;
  readonly notInTouchpoints: string;
  readonly ipChartTitle: string;
  readonly ipImportance: string;
  readonly ipMean: string;
  readonly themesTitle: (fromTable: boolean) => string;
  readonly detractorThemesTitle: string;
  readonly themeHeader: readonly string[];
  readonly noComments: string;
}

/** A period's name, as the report's trend title and its problems name it. */
export const PERIOD_NAMES: Readonly<Record<OutputLocale, Record<Period, string>>> = {
  en: { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' },
  pl: { day: 'dzień', week: 'tydzień', month: 'miesiąc', quarter: 'kwartał', year: 'rok' },
};

export const SURVEY_REPORT_TEXTS: Readonly<Record<OutputLocale, SurveyReportTexts>> = {
  en: {
    tabName: 'Survey report',
    title: 'Survey report',
    theReport: 'the survey report',
    headline: 'Headline',
    headlineHeader: ['Measure', 'Value', 'CI low', 'CI high'],
    responses: 'Responses (with an NPS answer)',
    promoters: 'Promoters % (9–10)',
    passives: 'Passives % (7–8)',
    detractors: 'Detractors % (0–6)',
    ces: (scale) => `CES (mean, 1–${scale})`,
    csat: (from, scale) => `CSAT % (${from}–${scale} of ${scale})`,
    periodCovered: 'Period covered',
    trend: (period) => `NPS by ${PERIOD_NAMES.en[period]} (95% interval; change against the previous period with answers)`,
    trendHeader: ['Period', 'Responses', 'NPS', 'CI low', 'CI high', 'Change', 'p-value', 'Significant'],
    significantUp: '▲ significant',
    significantDown: '▼ significant',
    noDates: 'No trend: the Responses table has no Date column, or no answer has a date.',
    chartNps: 'NPS',
    chartTitle: 'NPS with its 95% interval',
    groupsTitle: (header) => `NPS by ${header} (flagged: differs from the rest of the answers, p < 0.05)`,
    groupHeader: ['Group', 'Responses', 'NPS', 'CI low', 'CI high', 'p-value vs rest', 'Flag'],
    above: '▲ above the rest',
    below: '▼ below the rest',
    notTested: 'not tested',
    touchpointsTitle: (scale) => `Touchpoints (rating columns, 1–${scale}; most important first)`,
    touchpointHeader: ['Touchpoint', 'Responses', 'CSAT %', 'CI low', 'CI high', 'Dissatisfied %', 'Mean', 'Importance %', 'Priority', 'Valuation', 'Suggested valuation', 'Valuation check'],
    noRatingColumns: 'No rating columns: add a column per touchpoint to the Responses table, headed e.g. "CSAT Delivery", "Delivery satisfaction" or the touchpoint\'s name.',
    driversNote: (problem) => `Importance % and Priority are blank: DRIVERS cannot run on these data: ${driversProblemMessage(problem)}.`,
    rSquaredNote: (percent) => `Importance %: the share of the NPS variance the ratings explain (R² = ${percent}%) due to each (DRIVERS, relative weights).`,
    priorities: DRIVERS_TEXTS.en.priorities,
    dataSuggest: (level) => `data suggest ${level}`,
    notValuedDataSuggest: (level) => `not valued; data suggest ${level}`,
    notInTouchpoints: 'not in Touchpoints',
    ipChartTitle: 'Importance × performance',
    ipImportance: 'Importance %',
    ipMean: 'Mean rating',
    themesTitle: (fromTable) => `Open answers: top themes ${fromTable ? '(Themes table)' : '(discovered words)'}`,
    detractorThemesTitle: 'Open answers among detractors (NPS 0–6)',
    themeHeader: ['Theme', 'Mentions', '% of comments', 'Example'],
    noComments: 'No comments.',
  },
  pl: {
    tabName: 'Raport z badania',
    title: 'Raport z badania',
    theReport: 'raport z badania',
    headline: 'Najważniejsze wyniki',
    headlineHeader: ['Miara', 'Wartość', 'Dolna granica', 'Górna granica'],
    responses: 'Odpowiedzi (z oceną NPS)',
    promoters: 'Promotorzy % (9–10)',
    passives: 'Neutralni % (7–8)',
    detractors: 'Krytycy % (0–6)',
    ces: (scale) => `CES (średnia, 1–${scale})`,
    csat: (from, scale) => `CSAT % (${from}–${scale} z ${scale})`,
    periodCovered: 'Okres badania',
    trend: (period) => `NPS według okresu: ${PERIOD_NAMES.pl[period]} (przedział 95%; zmiana względem poprzedniego okresu z odpowiedziami)`,
    trendHeader: ['Okres', 'Odpowiedzi', 'NPS', 'Dolna granica', 'Górna granica', 'Zmiana', 'Wartość p', 'Istotna'],
    significantUp: '▲ istotna',
    significantDown: '▼ istotna',
    noDates: 'Brak trendu: tabela Odpowiedzi nie ma kolumny Data albo żadna odpowiedź nie ma daty.',
    chartNps: 'NPS',
    chartTitle: 'NPS z przedziałem 95%',
    groupsTitle: (header) => `NPS według: ${header} (oznaczone: różni się od pozostałych odpowiedzi, p < 0,05)`,
    groupHeader: ['Grupa', 'Odpowiedzi', 'NPS', 'Dolna granica', 'Górna granica', 'Wartość p wobec reszty', 'Oznaczenie'],
    above: '▲ powyżej reszty',
    below: '▼ poniżej reszty',
    notTested: 'nie testowano',
    touchpointsTitle: (scale) => `Punkty styku (kolumny ocen, 1–${scale}; najważniejsze pierwsze)`,
    touchpointHeader: ['Punkt styku', 'Odpowiedzi', 'CSAT %', 'Dolna granica', 'Górna granica', 'Niezadowoleni %', 'Średnia', 'Ważność %', 'Priorytet', 'Ocena', 'Ocena z danych', 'Sprawdzenie oceny'],
    noRatingColumns: 'Brak kolumn ocen: dodaj do tabeli Odpowiedzi kolumnę dla każdego punktu styku, np. „Ocena Dostawa”, „Zadowolenie – Dostawa” albo samą nazwę punktu styku.',
    driversNote: (problem) => `Ważność % i Priorytet są puste: analizy czynników (DRIVERS) nie da się wykonać na tych danych: ${driversProblemMessage(problem, 'pl')}.`,
    rSquaredNote: (percent) => `Ważność %: udział każdej oceny w wyjaśnionej zmienności NPS (R² = ${percent}%; DRIVERS, wagi względne).`,
    priorities: DRIVERS_TEXTS.pl.priorities,
    dataSuggest: (level) => `dane wskazują ${level}`,
    notValuedDataSuggest: (level) => `nieoceniony; dane wskazują ${level}`,
    notInTouchpoints: 'brak w Punktach styku',
    ipChartTitle: 'Ważność × ocena',
    ipImportance: 'Ważność %',
    ipMean: 'Średnia ocena',
    themesTitle: (fromTable) => `Odpowiedzi otwarte: najczęstsze tematy ${fromTable ? '(tabela Tematy)' : '(wykryte słowa)'}`,
    detractorThemesTitle: 'Odpowiedzi otwarte krytyków (NPS 0–6)',
    themeHeader: ['Temat', 'Wzmianki', '% komentarzy', 'Przykład'],
    noComments: 'Brak komentarzy.',
  },
};
