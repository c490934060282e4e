import { OutputLocale } from '../tabs/outputLocale';
import { sheetReference } from '../tabs/sheetReference';
import { VALUATION_LEVELS } from '../journey/touchpointValuation';

/**
 * The example tabs a newcomer inserts from the sidebar (issue 7): small Touchpoints,
 * Projects, Responses, Themes and Stakeholders tables in the shape DESIGN §3 describes, with data validation so
 * that typing stays within what the builders accept (−2..+2 dropdowns, checkboxes for the
 * flags, hard/soft), and a Metrics tab that uses every custom function of DESIGN §2 on
 * them. Building the valuation grid and the matrix from these tabs works as they are.
 *
 * The tabs' names are chosen by the caller (the first free ones), because the Metrics
 * formulas refer to the other tabs by name.
 */
export type ExampleRole = 'touchpoints' | 'projects' | 'responses' | 'themes' | 'stakeholders' | 'metrics';
/** In the order the tabs are inserted: Metrics last, as its formulas read the others. */
export const EXAMPLE_ROLES: readonly ExampleRole[] = ['touchpoints', 'projects', 'responses', 'themes', 'stakeholders', 'metrics'];

export type ExampleCell = string | number | boolean | Date | null | { readonly formula: string };

export type ExampleValidation =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'checkbox' };

export interface ExampleTab {
  readonly role: ExampleRole;
  readonly name: string;
  /** Header row first. Strings are text (shown as written, never parsed); formulas are marked. */
  readonly rows: readonly (readonly ExampleCell[])[];
  /** Rules on whole columns below the header, for the example rows and room to add more. */
  readonly validations: readonly { readonly column: number; readonly rule: ExampleValidation }[];
  readonly numberFormats: readonly { readonly column: number; readonly format: string }[];
  /**
   * Number formats of single ranges (also where a formula's result spills), written after
   * the whole-column ones: every number the tab shows gets a format (one decimal for scores
   * and shares, signed for valuations), none is shown "as typed" (33.17254725). Optional.
   */
  readonly cellFormats?: readonly ExampleCellFormat[];
  readonly columnWidths: readonly number[];
}

/** A number format for `rows` × `columns` cells from (row, column), 1-based. */
export interface ExampleCellFormat {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly format: string;
}

/** The formats the example tabs use. */
export const EXAMPLE_FORMATS = {
  count: '0',
  /** Scores and shares in points: one decimal. */
  score: '0.0',
  pValue: '0.000',
  /** A whole valuation level or gap, signed. */
  level: '+0;-0;0',
  /** A valuation from survey scores, not rounded: signed, one decimal. */
  valuation: '+0.0;-0.0;0.0',
} as const;

/** Rows below the example rows that the validation rules also cover, for the user's own rows. */
export const EXAMPLE_SPARE_ROWS = 100;

const NAMES: Readonly<Record<OutputLocale, Readonly<Record<ExampleRole, string>>>> = {
  en: { touchpoints: 'Touchpoints', projects: 'Projects', responses: 'Responses', themes: 'Themes', stakeholders: 'Stakeholders', metrics: 'Metrics' },
  pl: { touchpoints: 'Punkty styku', projects: 'Projekty', responses: 'Odpowiedzi', themes: 'Tematy', stakeholders: 'Interesariusze', metrics: 'Metryki' },
};

export function exampleTabNames(locale: OutputLocale): Readonly<Record<ExampleRole, string>> {
  return NAMES[locale];
}

const W = {
  en: {
    touchpoints: ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Target', 'Moment of truth', 'Effort point', 'Reach', 'Owner'],
    projects: ['Project', 'Cost', 'Impact', 'Touchpoints', 'Type', 'Owner'],
    responses: ['Date', 'Channel', 'Segment', 'NPS', 'CES', 'CSAT', 'Comment'],
    stages: ['Before purchase', 'Purchase', 'Delivery', 'After-sales'],
    paths: { online: 'Online', store: 'Store' },
    touchpointNames: ['Advert', 'Product page', 'Advice from staff', 'Registration form', 'Queue at the till', 'Online payment', 'Courier handover', 'Tracking updates', 'Return', 'Hotline'],
    owners: ['Marketing', 'E-commerce', 'Retail', 'Finance', 'Logistics', 'Customer service'],
    projectNames: ['Shorter registration form', 'Faster returns', 'Extra tills at peak hours', 'Staff product training', 'One-click payment', 'Live tracking page'],
    types: ['hard', 'soft'],
    channels: ['Online', 'Store', 'Hotline'],
    segments: ['Consumer', 'Small business'],
    comments: ['Great service, thank you', 'The form was far too long', 'Friendly staff', 'Hotline kept me waiting', 'Deliveries are always late', ''],
    themes: ['Theme', 'Keywords'],
    themeRows: [
      ['Staff and service', 'staff, service, friendly, helpful'],
      ['Forms', 'form*, registration'],
      ['Waiting', 'wait*, queue, hotline'],
      ['Delivery', 'delivery, courier, late'],
      ['Returns', 'return*, refund*'],
    ],
    themesTitle: 'What the comments are about (THEMES)',
    metrics: ['Metric', 'Value', 'Formula'],
    metricLabels: ['Responses with an NPS answer', 'NPS', 'NPS margin of error (95%)', 'NPS Online vs Store (p-value)', 'CES (mean, 7-point)', 'CES: % easy (5–7)', 'CSAT (% satisfied, 4–5)', 'Valuation from CSAT (−2..+2)'],
    npsBy: 'NPS by channel',
    gaps: 'Gap to target, per touchpoint',
    sampleSize: 'Answers needed for NPS ±10 (95%)',
    npsCi: 'NPS 95% interval (low, high)',
    npsTrend: 'NPS by month, with the change from the month before',
    csatBy: 'CSAT by channel, with its interval',
  },
  pl: {
    touchpoints: ['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy', 'Wysiłek klienta', 'Zasięg', 'Właściciel'],
    projects: ['Projekt', 'Koszt', 'Wpływ', 'Punkty styku', 'Typ', 'Właściciel'],
    responses: ['Data', 'Kanał', 'Segment', 'NPS', 'CES', 'CSAT', 'Komentarz'],
    stages: ['Przed zakupem', 'Zakup', 'Dostawa', 'Posprzedaż'],
    paths: { online: 'Online', store: 'Sklep' },
    touchpointNames: ['Reklama', 'Strona produktu', 'Porada sprzedawcy', 'Formularz rejestracji', 'Kolejka do kasy', 'Płatność online', 'Przekazanie przez kuriera', 'Śledzenie przesyłki', 'Zwrot', 'Infolinia'],
    owners: ['Marketing', 'E-commerce', 'Sklepy', 'Finanse', 'Logistyka', 'Obsługa klienta'],
    projectNames: ['Krótszy formularz rejestracji', 'Szybsze zwroty', 'Dodatkowe kasy w szczycie', 'Szkolenie produktowe sprzedawców', 'Płatność jednym kliknięciem', 'Strona śledzenia na żywo'],
    types: ['twarda', 'miękka'],
    channels: ['Online', 'Sklep', 'Infolinia'],
    segments: ['Klient indywidualny', 'Mała firma'],
    comments: ['Świetna obsługa, dziękuję', 'Formularz był o wiele za długi', 'Miła obsługa', 'Długo czekałem na infolinii', 'Kurier spóźnił się z dostawą', ''],
    themes: ['Temat', 'Słowa kluczowe'],
    themeRows: [
      ['Obsługa', 'obsługa, miły, uprzejmy'],
      ['Formularze', 'formularz, rejestracja'],
      ['Czekanie', 'czeka*, kolejka, infolinia'],
      ['Dostawa', 'dostawa, kurier, spóźni*'],
      ['Zwroty', 'zwrot, reklamacja'],
    ],
    themesTitle: 'O czym są komentarze (THEMES)',
    metrics: ['Metryka', 'Wartość', 'Formuła'],
    metricLabels: ['Odpowiedzi z oceną NPS', 'NPS', 'Błąd NPS (95%)', 'NPS Online a Sklep (p)', 'CES (średnia, skala 7)', 'CES: % łatwo (5–7)', 'CSAT (% zadowolonych, 4–5)', 'Ocena z CSAT (−2..+2)'],
    npsBy: 'NPS wg kanału',
    gaps: 'Luka do celu, dla każdego punktu styku',
    sampleSize: 'Odpowiedzi potrzebne do NPS ±10 (95%)',
    npsCi: 'Przedział 95% dla NPS (od, do)',
    npsTrend: 'NPS wg miesiąca, ze zmianą od poprzedniego',
    csatBy: 'CSAT wg kanału, z przedziałem',
  },
} as const;

/**
 * [stage, touchpoint, path, valuation, target, moment of truth, effort point, reach, owner]
 * as indexes into the word lists: path 0 = every path, 1 = Online, 2 = Store.
 */
const JOURNEY: readonly (readonly [number, number, 0 | 1 | 2, number | null, number | null, boolean, boolean, number, number])[] = [
  [0, 0, 0, 0, null, false, false, 0.8, 0],
  [0, 1, 1, 1, 2, false, false, 0.6, 1],
  [0, 2, 2, 2, null, true, false, 0.3, 2],
  [1, 3, 1, -2, 0, false, true, 0.4, 1],
  [1, 4, 2, -1, null, false, true, 0.35, 2],
  [1, 5, 1, 0, 1, true, false, 0.55, 3],
  [2, 6, 1, 1, null, false, false, 0.5, 4],
  [2, 7, 0, null, null, false, false, 0.7, 4], // not valued yet: the grid lists it so
  [3, 8, 0, -2, 1, true, true, 0.15, 5],
  [3, 9, 0, -1, null, false, true, 0.25, 5],
];

/** [project, cost, impact (null: computed from its touchpoints), touchpoint indexes, type, owner]. */
const PROJECTS: readonly (readonly [number, number, number | null, readonly number[], number, number])[] = [
  [0, 40, null, [3], 0, 1],
  [1, 120, null, [8, 9], 0, 5],
  [2, 90, null, [4], 0, 2],
  [3, 30, 0.5, [2], 1, 2],
  [4, 180, null, [5], 0, 3],
  [5, 150, 0.6, [7], 0, 4],
];

/** 24 answers: NPS, CES, CSAT, written out so that the Metrics tab's results can be checked by hand. */
const ANSWERS = {
  nps: [10, 9, 8, 7, 9, 3, 10, 6, 9, 8, 10, 5, 9, 7, 10, 2, 8, 9, 10, 6, 9, 10, 7, 4],
  ces: [6, 7, 5, 4, 6, 2, 7, 3, 6, 5, 7, 3, 6, 5, 7, 1, 5, 6, 7, 4, 6, 7, 5, 3],
  csat: [5, 5, 4, 4, 5, 2, 5, 3, 5, 4, 5, 2, 4, 4, 5, 1, 4, 5, 5, 3, 5, 5, 4, 2],
};
const FIRST_ANSWER = Date.UTC(2026, 0, 5);
const DAY_MS = 86_400_000;

/** −2 at the top of the dropdown, +2 at the bottom, as on a scale read left to right. */
const levelList = [...VALUATION_LEVELS].sort((a, b) => a - b).map(String);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

function touchpointsTab(locale: OutputLocale, name: string): ExampleTab {
  const w = W[locale];
  const paths = ['', w.paths.online, w.paths.store];
  return {
    role: 'touchpoints',
    name,
    rows: [
      [...w.touchpoints],
      ...JOURNEY.map(([stage, touchpoint, path, valuation, target, moment, effort, reach, owner]) => [
        w.stages[stage], w.touchpointNames[touchpoint], paths[path], valuation, target, moment, effort, reach, w.owners[owner],
      ]),
    ],
    validations: [
      { column: 4, rule: { kind: 'list', values: levelList } },
      { column: 5, rule: { kind: 'list', values: levelList } },
      { column: 6, rule: { kind: 'checkbox' } },
      { column: 7, rule: { kind: 'checkbox' } },
    ],
    numberFormats: [{ column: 8, format: '0%' }],
    columnWidths: [120, 170, 80, 80, 70, 120, 100, 70, 130],
  };
}

function projectsTab(locale: OutputLocale, name: string): ExampleTab {
  const w = W[locale];
  return {
    role: 'projects',
    name,
    rows: [
      [...w.projects],
      ...PROJECTS.map(([project, cost, impact, links, type, owner]) => [
        w.projectNames[project], cost, impact, links.map((i) => w.touchpointNames[i]).join('; '), w.types[type], w.owners[owner],
      ]),
    ],
    validations: [{ column: 5, rule: { kind: 'list', values: [...w.types] } }],
    numberFormats: [],
    columnWidths: [230, 70, 70, 220, 80, 130],
  };
}

function responsesTab(locale: OutputLocale, name: string): ExampleTab {
  const w = W[locale];
  return {
    role: 'responses',
    name,
    rows: [
      [...w.responses],
      ...ANSWERS.nps.map((nps, i) => [
        new Date(FIRST_ANSWER + i * 3 * DAY_MS), w.channels[i % 3], w.segments[i % 2], nps, ANSWERS.ces[i], ANSWERS.csat[i], w.comments[i % w.comments.length],
      ]),
    ],
    validations: [
      { column: 4, rule: { kind: 'list', values: range(0, 10) } },
      { column: 5, rule: { kind: 'list', values: range(1, 7) } },
      { column: 6, rule: { kind: 'list', values: range(1, 5) } },
    ],
    numberFormats: [{ column: 1, format: 'yyyy-mm-dd' }],
    columnWidths: [100, 90, 130, 60, 60, 60, 260],
  };
}

/** Rows of the NPS_BY table below its header: the three channels and Total. */
const NPS_BY_ROWS = 4;
/**
 * A Themes table for the example comments: each theme finds its comments whatever the
 * inflection ("Deliveries" for delivery, "dostawą" for dostawa) or through a prefix
 * ("wait*", "spóźni*"); Returns finds none, as a theme a team watches may.
 */
function themesTab(locale: OutputLocale, name: string): ExampleTab {
  const w = W[locale];
  return {
    role: 'themes',
    name,
    rows: [[...w.themes], ...w.themeRows.map((row) => [...row])],
    validations: [],
    numberFormats: [],
    columnWidths: [160, 300],
  };
}

function metricsTab(locale: OutputLocale, names: Readonly<Record<ExampleRole, string>>): ExampleTab {
  const w = W[locale];
  const r = sheetReference(names.responses);
  const t = sheetReference(names.touchpoints);
  const nps = `${r}!D2:D`;
  const channel = `${r}!B2:B`;
  const last = JOURNEY.length + 1;
  const formulas = [
    `=COUNT(${nps})`,
    `=NPS(${nps})`,
    `=NPS_MOE(${nps})`,
    `=NPS_TEST(FILTER(${nps}, ${channel}="${w.channels[0]}"), FILTER(${nps}, ${channel}="${w.channels[1]}"))`,
    `=CES(${r}!E2:E)`,
    `=CES(${r}!E2:E, 7, "easy")`,
    `=CSAT(${r}!F2:F)`,
    `=TOUCHPOINT_VALUE(${r}!F2:F, 1, 5)`,
  ];
  // Column C shows each formula as text, so a newcomer sees what to type.
  const rows: ExampleCell[][] = [[...w.metrics, null, w.npsBy]];
  w.metricLabels.forEach((label, i) => rows.push([label, { formula: formulas[i] }, formulas[i], null, null]));
  rows[1][4] = { formula: `=NPS_BY(${nps}, ${channel})` };
  // The gaps beside the touchpoints' names, so that each number says whose gap it is
  // (`& ""` makes the names an array expression, which spills in Sheets and locally alike).
  rows[7][4] = w.gaps;
  rows[8][4] = { formula: `=ARRAYFORMULA(${t}!B2:B${last} & "")` };
  rows[8][5] = { formula: `=TOUCHPOINT_GAP(${t}!D2:D${last}, ${t}!E2:E${last})` };
  // One more single value, then the interval and two tables below the gaps (rows 20 on).
  const sampleSize = '=NPS_SAMPLE_SIZE(10)';
  const sampleSizeRow = rows.length + 1;
  rows.push([w.sampleSize, { formula: sampleSize }, sampleSize, null, null]);
  const below = (row: number, column: number, cell: ExampleCell) => {
    while (rows.length < row) rows.push([]);
    const line = rows[row - 1];
    while (line.length < column - 1) line.push(null);
    line[column - 1] = cell;
  };
  below(21, 5, w.npsCi);
  below(21, 7, { formula: `=NPS_CI(${nps})` });
  below(23, 5, w.npsTrend);
  below(24, 5, { formula: `=NPS_TREND(${nps}, ${r}!A2:A)` });
  below(29, 5, w.csatBy);
  below(30, 5, { formula: `=CSAT_BY(${r}!F2:F, ${channel})` });
  // The comments’ themes below the rest (the gaps spill down to row last + 7, CSAT_BY to 34), 7 columns wide.
  while (rows.length < Math.max(last + 8, 35)) rows.push([]);
  // THEMES spills from here: its header, a row per theme, (no theme) and Total.
  const themesRow = rows.length + 2;
  rows.push([w.themesTitle], [{ formula: `=THEMES(${r}!G2:G, ${nps}, ${sheetReference(names.themes)}!A:B)` }]);
  const f = EXAMPLE_FORMATS;
  const cell = (row: number, column: number, format: string, rows = 1, columns = 1): ExampleCellFormat => ({ row, column, rows, columns, format });
  return {
    role: 'metrics',
    name: names.metrics,
    rows,
    validations: [],
    numberFormats: [{ column: 2, format: f.score }],
    cellFormats: [
      // Column B, one metric a row: a count, scores and shares in points, a p-value, a valuation.
      cell(2, 2, f.count),
      cell(5, 2, f.pValue),
      cell(9, 2, f.valuation),
      cell(sampleSizeRow, 2, f.count),
      // NPS_BY spills from E2: Group | Responses | NPS | CI low | CI high | Promoters % |
      // Passives % | Detractors %, a row per channel and Total (rows 3–6).
      cell(3, 6, f.count, NPS_BY_ROWS),
      cell(3, 7, f.score, NPS_BY_ROWS, 6),
      // NPS_CI (G21:H21); NPS_TREND from E24: Period | Responses | NPS | CI low | CI high |
      // Change | p-value | Significant, a row per month; CSAT_BY from E30.
      cell(21, 7, f.score, 1, 2),
      cell(25, 5, 'yyyy-mm', 6),
      cell(25, 6, f.count, 6),
      cell(25, 7, f.score, 6, 4),
      cell(25, 11, f.pValue, 6),
      cell(31, 6, f.count, 4),
      cell(31, 7, f.score, 4, 4),
      // TOUCHPOINT_GAP spills from F9 beside the names, one gap per touchpoint.
      cell(9, 6, f.level, JOURNEY.length),
      // THEMES: Mentions whole; Share %, NPS, Promoters %, Detractors % to one decimal.
      cell(themesRow + 1, 2, f.count, w.themeRows.length + 2),
      cell(themesRow + 1, 3, f.score, w.themeRows.length + 2, 4),
    ],
    columnWidths: [230, 70, 420, 30, 170, 70],
  };
}

/**
 * The people whose backing the CX programme needs, for the stakeholder map:
 * [name en, name pl, department en, department pl, influence, interest, attitude (index
 * into the attitude words, null: not stated), expectations en, pl, next step en, pl].
 */
const STAKEHOLDERS: readonly (readonly [string, string, string, string, number, number, number | null, string, string, string, string])[] = [
  ['CEO', 'Prezes zarządu', 'Board', 'Zarząd', 5, 4, 0, 'Growth through loyal customers', 'Wzrost dzięki lojalnym klientom', 'Monthly CX review', 'Comiesięczny przegląd CX'],
  ['CFO', 'Dyrektor finansowy', 'Finance', 'Finanse', 5, 2, 2, 'Proof that CX spending pays back', 'Dowód, że wydatki na CX się zwracają', 'Show the value of a promoter (NPS_VALUE)', 'Pokazać wartość promotora (NPS_VALUE)'],
  ['Head of e-commerce', 'Kierownik e-commerce', 'E-commerce', 'E-commerce', 4, 5, 0, 'Fewer abandoned registrations', 'Mniej porzuconych rejestracji', 'Co-own the registration form project', 'Współprowadzić projekt formularza'],
  ['Head of IT', 'Dyrektor IT', 'IT', 'IT', 4, 3, 1, 'Stable systems, planned releases', 'Stabilne systemy, planowe wdrożenia', 'Agree the release plan', 'Uzgodnić plan wdrożeń'],
  ['Legal counsel', 'Radca prawny', 'Legal', 'Dział prawny', 3, 1, null, 'No risk in customer messages', 'Bez ryzyka w komunikacji z klientem', 'Review the new return policy', 'Przejrzeć nowe zasady zwrotów'],
  ['Hotline team leader', 'Kierownik infolinii', 'Customer service', 'Obsługa klienta', 2, 5, 0, 'Shorter waiting times', 'Krótszy czas oczekiwania', 'Share the weekly NPS trend', 'Przesyłać cotygodniowy trend NPS'],
  ['Store managers', 'Kierownicy sklepów', 'Retail', 'Sklepy', 2, 4, 1, 'Shorter queues at the till', 'Krótsze kolejki do kasy', 'Show the valuation grid', 'Pokazać siatkę ocen'],
  ['Marketing analyst', 'Analityk marketingu', 'Marketing', 'Marketing', 1, 2, 1, 'Survey data for campaigns', 'Dane z badań do kampanii', 'Send the survey report', 'Wysłać raport z badania'],
];

const STAKEHOLDER_WORDS = {
  en: { header: ['Stakeholder', 'Department', 'Influence', 'Interest', 'Attitude', 'Expectations', 'Next step', 'Owner'], attitudes: ['supporter', 'neutral', 'opponent'], owner: 'CX lead' },
  pl: { header: ['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Postawa', 'Oczekiwania', 'Następny krok', 'Właściciel'], attitudes: ['zwolennik', 'neutralny', 'przeciwnik'], owner: 'Lider CX' },
} as const;

function stakeholdersTab(locale: OutputLocale, name: string): ExampleTab {
  const w = STAKEHOLDER_WORDS[locale];
  const pl = locale === 'pl' ? 1 : 0;
  return {
    role: 'stakeholders',
    name,
    rows: [
      [...w.header],
      ...STAKEHOLDERS.map((s) => [s[0 + pl], s[2 + pl], s[4], s[5], s[6] === null ? null : w.attitudes[s[6]], s[7 + pl], s[9 + pl], w.owner]),
    ],
    validations: [
      { column: 3, rule: { kind: 'list', values: range(1, 5) } },
      { column: 4, rule: { kind: 'list', values: range(1, 5) } },
      { column: 5, rule: { kind: 'list', values: [...w.attitudes] } },
    ],
    numberFormats: [],
    columnWidths: [170, 130, 70, 100, 100, 250, 250, 90],
  };
}

/** The example tabs in `locale` (in EXAMPLE_ROLES order), under the names the caller found free. */
export function exampleTabs(locale: OutputLocale, names: Readonly<Record<ExampleRole, string>>): ExampleTab[] {
  return [
    touchpointsTab(locale, names.touchpoints),
    projectsTab(locale, names.projects),
    responsesTab(locale, names.responses),
    themesTab(locale, names.themes),
    stakeholdersTab(locale, names.stakeholders),
    metricsTab(locale, names),
  ];
}
