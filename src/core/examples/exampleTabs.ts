import { OutputLocale } from '../tabs/outputLocale';
import { sheetReference } from '../tabs/sheetReference';
import { VALUATION_LEVELS } from '../journey/touchpointValuation';

/**
 * The example tabs a newcomer inserts from the sidebar (issue 7): small Touchpoints,
 * Projects, Responses and Stakeholders tables in the shape DESIGN §3 describes, with data validation so
 * that typing stays within what the builders accept (−2..+2 dropdowns, checkboxes for the
 * flags, hard/soft), and a Metrics tab that uses every custom function of DESIGN §2 on
 * them. Building the valuation grid and the matrix from these tabs works as they are.
 *
 * The tabs' names are chosen by the caller (the first free ones), because the Metrics
 * formulas refer to the other tabs by name.
 */
export type ExampleRole = 'touchpoints' | 'projects' | 'responses' | 'metrics' | 'stakeholders';
export const EXAMPLE_ROLES: readonly ExampleRole[] = ['touchpoints', 'projects', 'responses', 'metrics', 'stakeholders'];

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
  readonly columnWidths: readonly number[];
}

/** Rows below the example rows that the validation rules also cover, for the user's own rows. */
export const EXAMPLE_SPARE_ROWS = 100;

const NAMES: Readonly<Record<OutputLocale, Readonly<Record<ExampleRole, string>>>> = {
  en: { touchpoints: 'Touchpoints', projects: 'Projects', responses: 'Responses', metrics: 'Metrics', stakeholders: 'Stakeholders' },
  pl: { touchpoints: 'Punkty styku', projects: 'Projekty', responses: 'Odpowiedzi', metrics: 'Metryki', stakeholders: 'Interesariusze' },
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
    comments: ['Great service, thank you', 'The form was far too long', 'Friendly staff', 'Hotline kept me waiting', 'Delivery was late', ''],
    metrics: ['Metric', 'Value', 'Formula'],
    metricLabels: ['Responses with an NPS answer', 'NPS', 'NPS margin of error (95%)', 'NPS Online vs Store (p-value)', 'CES (mean, 7-point)', 'CES: % easy (5–7)', 'CSAT (% satisfied, 4–5)', 'Valuation from CSAT (−2..+2)'],
    npsBy: 'NPS by channel',
    gaps: 'Gap to target, per touchpoint',
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
    comments: ['Świetna obsługa, dziękuję', 'Formularz był o wiele za długi', 'Miła obsługa', 'Długo czekałem na infolinii', 'Dostawa się spóźniła', ''],
    metrics: ['Metryka', 'Wartość', 'Formuła'],
    metricLabels: ['Odpowiedzi z oceną NPS', 'NPS', 'Błąd NPS (95%)', 'NPS Online a Sklep (p)', 'CES (średnia, skala 7)', 'CES: % łatwo (5–7)', 'CSAT (% zadowolonych, 4–5)', 'Ocena z CSAT (−2..+2)'],
    npsBy: 'NPS wg kanału',
    gaps: 'Luka do celu, dla każdego punktu styku',
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
  return {
    role: 'metrics',
    name: names.metrics,
    rows,
    validations: [],
    // One decimal for scores, three places for the p-value of NPS_TEST.
    numberFormats: [{ column: 2, format: '0.0##' }],
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

/** The example tabs in `locale`, under the names the caller found free. */
export function exampleTabs(locale: OutputLocale, names: Readonly<Record<ExampleRole, string>>): ExampleTab[] {
  return [
    touchpointsTab(locale, names.touchpoints),
    projectsTab(locale, names.projects),
    responsesTab(locale, names.responses),
    metricsTab(locale, names),
    stakeholdersTab(locale, names.stakeholders),
  ];
}
