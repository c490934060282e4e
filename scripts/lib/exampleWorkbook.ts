/**
 * The example workbook of the demo, the docs and the end-to-end tests, built from seeded
 * random data so that every run gives the same file (examples/cx-example.xlsx and its
 * Polish-headed copy examples/cx-example-pl.xlsx; `npm run examples` rewrites both).
 *
 * - Responses: 1,200 survey answers from July to December 2025 — date, channel, segment,
 *   NPS 0–10, CES 1–7, a CSAT 1–5 rating column for five touchpoints of the Touchpoints tab
 *   (`CSAT Courier handover`…, DESIGN §3; Courier handover drives NPS most), a comment. Some answers are blank or
 *   "don't know"; some comments begin with `=`, `+`, `-` or `@` and are stored as text.
 * - Touchpoints: 22 across 4 stages, two paths (Store, Online) that rejoin, both flags,
 *   reach, owners; some not yet valued, some with a target.
 * - Projects: 12, some with an impact given, others to be computed from their touchpoints;
 *   hard and soft.
 * - Metrics: a formula for every custom function of DESIGN §2 (labels in column A, results
 *   in column B; NPS_BY and TOUCHPOINT_GAP tables spill to the right, DRIVERS, NPS_TREND and
 *   CSAT_BY below them, THEMES, then NPS_VALUE last), numbers formatted as a manager reads them (one decimal).
 * - Touchpoints 2025 (Punkty styku 2025): last year's valuations of the same journey,
 *   for re-verification (DESIGN §4) — see LAST_YEAR.
 * - Themes: a theme list (Theme, Keywords) for the comments, which THEMES on Metrics uses;
 *   its keywords find inflected words ("Deliveries", "dostawą") and prefixes ("wait*").
 * - Customers: 400 customers with their NPS answer, yearly revenue and whether they left
 *   (yes/no, tak/nie), for NPS_VALUE on the Metrics tab.
 * - Stakeholders: 10 people by influence and interest (1–5), attitude, expectations, next
 *   step and owner, for the stakeholder map.
 */
import { createWorkbook } from '../../local/runtime';
import type { LocalSpreadsheet } from '../../local/spreadsheetApp/spreadsheet';
import { LocalDataValidationBuilder } from '../../local/spreadsheetApp/rules';
import { xlsxBytes } from '../../local/xlsx';

export type Language = 'en' | 'pl';

/** The files are stamped with this time, so that identical content gives identical bytes. */
export const EXAMPLE_TIMESTAMP = new Date(Date.UTC(2026, 0, 1));
export const RESPONSE_COUNT = 1200;
const SEED = 20260101;

/** mulberry32: a small, well-known seeded PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const T = {
  en: {
    tabs: { responses: 'Responses', touchpoints: 'Touchpoints', projects: 'Projects', metrics: 'Metrics', lastYear: 'Touchpoints 2025', themes: 'Themes', customers: 'Customers', stakeholders: 'Stakeholders' },
    customers: ['Customer', 'NPS', 'Revenue', 'Churned'],
    stakeholders: ['Stakeholder', 'Department', 'Influence', 'Interest', 'Attitude', 'Expectations', 'Next step', 'Owner'],
    attitudes: ['supporter', 'neutral', 'opponent'],
    responses: ['Date', 'Channel', 'Segment', 'NPS', 'CES', 'CSAT Product page', 'CSAT Advice from staff', 'CSAT Courier handover', 'CSAT Return', 'CSAT Hotline question', 'Comment'],
    touchpoints: ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Target', 'Moment of truth', 'Effort point', 'Reach', 'Owner'],
    projects: ['Project', 'Cost', 'Impact', 'Touchpoints', 'Type', 'Owner'],
    channels: ['Online', 'Store', 'Hotline'],
    segments: ['Consumer', 'Small business', 'Corporate'],
    yes: 'yes', no: 'no', hard: 'hard', soft: 'soft', dontKnow: "don't know",
  },
  pl: {
    tabs: { responses: 'Odpowiedzi', touchpoints: 'Punkty styku', projects: 'Projekty', metrics: 'Metryki', lastYear: 'Punkty styku 2025', themes: 'Tematy', customers: 'Klienci', stakeholders: 'Interesariusze' },
    customers: ['Klient', 'NPS', 'Przychód', 'Odszedł'],
    stakeholders: ['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Postawa', 'Oczekiwania', 'Następny krok', 'Właściciel'],
    attitudes: ['zwolennik', 'neutralny', 'przeciwnik'],
    responses: ['Data', 'Kanał', 'Segment', 'NPS', 'CES', 'CSAT Strona produktu', 'CSAT Porada sprzedawcy', 'CSAT Przekazanie przez kuriera', 'CSAT Zwrot', 'CSAT Pytanie na infolinii', 'Komentarz'],
    touchpoints: ['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy', 'Wysiłek klienta', 'Zasięg', 'Właściciel'],
    projects: ['Projekt', 'Koszt', 'Wpływ', 'Punkty styku', 'Typ', 'Właściciel'],
    channels: ['Online', 'Sklep', 'Infolinia'],
    segments: ['Klient indywidualny', 'Mała firma', 'Korporacja'],
    yes: 'tak', no: 'nie', hard: 'twarda', soft: 'miękka', dontKnow: 'nie wiem',
  },
} as const;

/** [stage en, stage pl, touchpoint en, touchpoint pl, path (0 both, 1 Store, 2 Online), owner]. */
const JOURNEY: readonly (readonly [string, string, string, string, 0 | 1 | 2, string])[] = [
  ['Before purchase', 'Przed zakupem', 'Advert', 'Reklama', 0, 'Marketing'],
  ['Before purchase', 'Przed zakupem', 'Website search', 'Wyszukiwarka na stronie', 2, 'E-commerce'],
  ['Before purchase', 'Przed zakupem', 'Product page', 'Strona produktu', 2, 'E-commerce'],
  ['Before purchase', 'Przed zakupem', 'Store window', 'Witryna sklepu', 1, 'Retail'],
  ['Before purchase', 'Przed zakupem', 'Advice from staff', 'Porada sprzedawcy', 1, 'Retail'],
  ['Before purchase', 'Przed zakupem', 'Hotline question', 'Pytanie na infolinii', 0, 'Customer service'],
  ['Purchase', 'Zakup', 'Registration form', 'Formularz rejestracji', 2, 'E-commerce'],
  ['Purchase', 'Zakup', 'Online payment', 'Płatność online', 2, 'Finance'],
  ['Purchase', 'Zakup', 'Queue at the till', 'Kolejka do kasy', 1, 'Retail'],
  ['Purchase', 'Zakup', 'Discount applied', 'Naliczenie rabatu', 0, 'Sales'],
  ['Purchase', 'Zakup', 'Order confirmation', 'Potwierdzenie zamówienia', 0, 'E-commerce'],
  ['Delivery', 'Dostawa', 'Delivery slot choice', 'Wybór terminu dostawy', 2, 'Logistics'],
  ['Delivery', 'Dostawa', 'Courier handover', 'Przekazanie przez kuriera', 2, 'Logistics'],
  ['Delivery', 'Dostawa', 'Click and collect', 'Odbiór w sklepie', 1, 'Retail'],
  ['Delivery', 'Dostawa', 'Tracking updates', 'Śledzenie przesyłki', 0, 'Logistics'],
  ['Delivery', 'Dostawa', 'Invoice', 'Faktura', 0, 'Finance'],
  ['After-sales', 'Posprzedaż', 'Return', 'Zwrot', 0, 'Customer service'],
  ['After-sales', 'Posprzedaż', 'Complaint', 'Reklamacja', 0, 'Customer service'],
  ['After-sales', 'Posprzedaż', 'IVR menu', 'Menu IVR', 0, 'Customer service'],
  ['After-sales', 'Posprzedaż', 'Satisfaction survey', 'Ankieta satysfakcji', 0, 'Marketing'],
  ['After-sales', 'Posprzedaż', 'Loyalty points', 'Punkty lojalnościowe', 0, 'Marketing'],
  ['After-sales', 'Posprzedaż', 'Renewal reminder', 'Przypomnienie o odnowieniu', 0, 'Sales'],
];

/**
 * The rated touchpoints of the Responses tab, in column order (F–J): [index into JOURNEY, the
 * mean rating around which answers scatter, how many NPS points one rating point moves].
 * Courier handover is rated lowest and moves NPS most: DRIVERS ranks it first, "Concentrate
 * here"; Advice from staff is well rated and matters: "Keep up the good work"; Product page
 * is rated highest and moves NPS little: "Possible overkill".
 */
const RATED: readonly (readonly [number, number, number])[] = [
  [2, 4.2, 0.15], // Product page
  [4, 3.9, 0.75], // Advice from staff
  [12, 3.0, 1.3], // Courier handover
  [16, 3.4, 0.5], // Return
  [5, 3.4, 0.2], // Hotline question
];

/**
 * Last year's valuations of JOURNEY (by index), for the "Touchpoints 2025" tab: this year's
 * row with last year's valuation (null: not valued then), some names typed differently
 * (matched all the same: case is ignored), one touchpoint that did not exist yet and one
 * that is gone. Against this year's seeded valuations (in brackets) a re-verification finds
 * (DESIGN §4, first status that applies):
 *
 *   Worse         Courier handover (+2 → 0: a differentiator lost, expectations moved),
 *                 Registration form (−1 → −2), Return (−1 → −2)
 *   Now negative  Discount applied (0 → −1), Delivery slot choice (+1 → −1)
 *   Better        Product page (−1 → 0), Advice from staff (+1 → +2)
 *   Not valued    Store window, Order confirmation, Complaint (valued last year, not yet now)
 *   New           Click and collect (not offered last year)
 *   Retired       Printed catalogue (+1 last year)
 *   Same          the other 11, "Website Search" and "IVR Menu" spelled differently
 *
 * This year's valuations come from the seeded generator (exampleData): change it and these
 * must be worked out again (test/local/examples.test.ts checks the statuses above).
 */
const LAST_YEAR: Readonly<Record<number, { readonly valuation: number | null; readonly en?: string; readonly pl?: string }>> = {
  0: { valuation: -1 }, // Advert: same
  1: { valuation: 0, en: 'Website Search', pl: 'Wyszukiwarka Na Stronie' }, // same
  2: { valuation: -1 }, // Product page: better
  3: { valuation: 0 }, // Store window: not valued now
  4: { valuation: 1 }, // Advice from staff: better
  5: { valuation: -1 }, // Hotline question: same
  6: { valuation: -1 }, // Registration form: worse
  7: { valuation: 2 }, // Online payment: same
  8: { valuation: -1 }, // Queue at the till: same
  9: { valuation: 0 }, // Discount applied: now negative
  10: { valuation: 1 }, // Order confirmation: not valued now
  11: { valuation: 1 }, // Delivery slot choice: now negative
  12: { valuation: 2 }, // Courier handover: worse, a differentiator lost
  // 13, Click and collect: new this year.
  14: { valuation: 2 }, // Tracking updates: same
  15: { valuation: 1 }, // Invoice: same
  16: { valuation: -1 }, // Return: worse
  17: { valuation: -1 }, // Complaint: not valued now
  18: { valuation: -2, en: 'IVR Menu', pl: 'menu IVR' }, // same
  19: { valuation: -2 }, // Satisfaction survey: same
  20: { valuation: 1 }, // Loyalty points: same
  21: { valuation: -1 }, // Renewal reminder: same
};
/** Gone this year: [stage en, stage pl, touchpoint en, touchpoint pl, valuation, owner], after JOURNEY[RETIRED_AFTER]. */
const RETIRED = ['Before purchase', 'Przed zakupem', 'Printed catalogue', 'Katalog drukowany', 1, 'Marketing'] as const;
const RETIRED_AFTER = 5;

/** [en, pl, cost, impact or undefined, touchpoint indexes into JOURNEY, separator, hard?, owner]. */
const PROJECTS: readonly (readonly [string, string, number, number | undefined, readonly number[], string, boolean, string])[] = [
  ['Shorter registration form', 'Krótszy formularz rejestracji', 40, undefined, [6, 7], '; ', true, 'E-commerce'],
  ['Faster returns', 'Szybsze zwroty', 120, undefined, [16], '; ', true, 'Customer service'],
  ['IVR redesign', 'Nowe menu IVR', 200, 1.2, [18, 5], ', ', true, 'Customer service'],
  ['Staff product training', 'Szkolenie produktowe sprzedawców', 30, undefined, [4], '\n', false, 'Retail'],
  ['Extra tills at peak hours', 'Dodatkowe kasy w godzinach szczytu', 90, 0.9, [8], '; ', true, 'Retail'],
  ['Courier courtesy coaching', 'Szkolenie kurierów z obsługi', 25, undefined, [12], '; ', false, 'Logistics'],
  ['Live tracking page', 'Strona śledzenia na żywo', 150, undefined, [14, 11], '; ', true, 'Logistics'],
  ['Discount rules audit', 'Przegląd zasad rabatów', 15, 0.4, [9], '; ', true, 'Sales'],
  ['Complaint empathy workshops', 'Warsztaty empatii przy reklamacjach', 35, undefined, [17], '; ', false, 'Customer service'],
  ['One-click payment', 'Płatność jednym kliknięciem', 180, 2.5, [7], '; ', true, 'Finance'],
  ['E-invoice by default', 'Domyślna e-faktura', 10, undefined, [15], ', ', true, 'Finance'],
  ['Loyalty app refresh', 'Odświeżenie aplikacji lojalnościowej', 110, 0.6, [20, 21], '; ', true, 'Marketing'],
];

/**
 * [name en, name pl, department en, department pl, influence, interest, attitude (index into
 * the attitude words; null: not stated), expectations en, pl, next step en, pl, owner].
 */
const STAKEHOLDERS: readonly (readonly [string, string, string, string, number, number, number | null, string, string, string, string, string])[] = [
  ['CEO', 'Prezes zarządu', 'Board', 'Zarząd', 5, 4, 0, 'Growth through loyal customers', 'Wzrost dzięki lojalnym klientom', 'Quarterly CX review', 'Kwartalny przegląd CX', 'CX lead'],
  ['CFO', 'Dyrektor finansowy', 'Finance', 'Finanse', 5, 2, 2, 'Proof that CX spending pays back', 'Dowód, że wydatki na CX się zwracają', 'Present the value of a promoter', 'Przedstawić wartość promotora', 'CX lead'],
  ['Sales director', 'Dyrektor sprzedaży', 'Sales', 'Sprzedaż', 4, 4, 0, 'More repeat purchases', 'Więcej ponownych zakupów', 'Share NPS by segment monthly', 'Co miesiąc przesyłać NPS wg segmentu', 'CX lead'],
  ['Head of IT', 'Dyrektor IT', 'IT', 'IT', 4, 3, 1, 'Stable systems, planned releases', 'Stabilne systemy, planowe wdrożenia', 'Agree the release plan for one-click payment', 'Uzgodnić plan wdrożenia płatności jednym kliknięciem', 'E-commerce'],
  ['Head of logistics', 'Kierownik logistyki', 'Logistics', 'Logistyka', 3, 2, 2, 'Lower delivery cost', 'Niższy koszt dostaw', 'Show the courier touchpoints in the grid', 'Pokazać punkty styku kuriera w siatce', 'Logistics'],
  ['Legal counsel', 'Radca prawny', 'Legal', 'Dział prawny', 3, 1, null, 'No risk in customer messages', 'Bez ryzyka w komunikacji z klientem', 'Review the new return policy', 'Przejrzeć nowe zasady zwrotów', 'Customer service'],
  ['Hotline team leader', 'Kierownik infolinii', 'Customer service', 'Obsługa klienta', 2, 5, 0, 'Shorter waiting times', 'Krótszy czas oczekiwania', 'Send the weekly NPS trend', 'Przesyłać cotygodniowy trend NPS', 'CX lead'],
  ['Store managers', 'Kierownicy sklepów', 'Retail', 'Sklepy', 2, 4, 1, 'Shorter queues at the till', 'Krótsze kolejki do kasy', 'Walk through the valuation grid', 'Omówić siatkę ocen', 'Retail'],
  ['Works council', 'Rada pracowników', 'HR', 'HR', 2, 2, 2, 'No extra workload for staff', 'Bez dodatkowego obciążenia pracowników', 'Explain the soft projects', 'Wyjaśnić projekty miękkie', 'HR'],
  ['Marketing analyst', 'Analityk marketingu', 'Marketing', 'Marketing', 1, 3, 1, 'Survey data for campaigns', 'Dane z badań do kampanii', 'Send the survey report', 'Wysłać raport z badania', 'Marketing'],
];

export const CUSTOMER_COUNT = 400;

/**
 * Where NPS_VALUE sits on the Metrics tab (its label in the row above), for the demo and
 * tests: column A below THEMES (rows 43–51), one blank row between.
 */
export const NPS_VALUE_CELL = { row: 54, column: 1 } as const;

const COMMENTS = {
  en: ['Great service, thank you', 'Delivery was late', 'The form was far too long', 'Friendly staff', 'Could not find the return label', 'Price was fine', 'Hotline kept me waiting', '', 'Deliveries are always late', 'Refund took three weeks'],
  pl: ['Świetna obsługa, dziękuję', 'Dostawa się spóźniła', 'Formularz był o wiele za długi', 'Miła obsługa', 'Nie mogłem znaleźć etykiety zwrotnej', 'Cena w porządku', 'Długo czekałem na infolinii', '', 'Kurier spóźnił się z dostawą', 'Zwrot pieniędzy trwał trzy tygodnie'],
};

/** The Themes tab: what the comments above are about, with keywords that meet their inflections. */
const THEMES = {
  en: [
    ['Theme', 'Keywords'],
    ['Staff and service', 'staff, service, friendly, helpful'],
    ['Delivery', 'delivery, courier, late'],
    ['Forms', 'form*, registration'],
    ['Returns', 'return*, refund*'],
    ['Price', 'price, expensive, cheap'],
    ['Waiting', 'wait*, hotline, queue'],
  ],
  pl: [
    ['Temat', 'Słowa kluczowe'],
    ['Obsługa', 'obsługa, miły, uprzejmy'],
    ['Dostawa', 'dostawa, kurier, spóźni*'],
    ['Formularze', 'formularz, rejestracja'],
    ['Zwroty', 'zwrot*, etykiet*'],
    ['Cena', 'cena, drogo, tanio'],
    ['Czekanie', 'czeka*, infolinia, kolejka'],
  ],
};

/** Comments that would run as formulas if a builder wrote them carelessly (DESIGN §6). */
const HOSTILE_COMMENTS = ['=HYPERLINK("http://example.com/phish","click me")', '+48 600 100 200 call me back', '-- nothing else to add', '@support why so slow?', '=1+1'];

/** Where each metric is on the Metrics tab (row; value in column B), for the demo and tests. */
export const METRIC_ROWS = {
  responses: 2,
  nps: 3,
  npsCheck: 4,
  npsMoe: 5,
  cesMean: 6,
  cesEasy: 7,
  csatFirst: 8,
  npsTest: 13,
  touchpointValue: 14,
  npsSampleSize: 15,
  /** NPS_CI: low in column B, high in column C. */
  npsCi: 16,
  /** NPS_TREND by month spills from column A of this row; CSAT_BY by channel from npsTrend + 9. */
  npsTrend: 27,
  csatBy: 36,
  /** THEMES' table, in columns A–G from this row (below CSAT_BY). */
  themes: 43,
} as const;

/** Where the DRIVERS table spills on the Metrics tab (its header row; column F), below NPS by month. */
export const DRIVERS_AT = { row: 20, column: 6 } as const;
/** Where the NPS_BY tables spill on the Metrics tab (header row; column F): by segment, by month (July–December 2025). */
const SEGMENT_TABLE_ROW = 2;
const MONTH_TABLE_ROW = 10;
const MONTHS = 6;

function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name}'`;
}

/** The rows of the five tabs, in one language. */
export function exampleData(language: Language): Record<string, unknown[][]> {
  const t = T[language];
  const random = seededRandom(SEED);
  const pick = <V>(items: readonly V[]): V => items[Math.floor(random() * items.length)];

  const start = Date.UTC(2025, 6, 1);
  const days = (Date.UTC(2025, 11, 31) - start) / 86_400_000;
  const responses: unknown[][] = [t.responses.slice()];
  for (let i = 0; i < RESPONSE_COUNT; i++) {
    const date = new Date(start + Math.floor(random() * (days + 1)) * 86_400_000);
    const channel = pick(t.channels);
    const segment = pick(t.segments);
    // Scores lean positive with a channel effect, so NPS differs by channel.
    const lean = channel === t.channels[0] ? 0.6 : channel === t.channels[1] ? 0.3 : -0.4;
    // A satisfaction rating per touchpoint (1–5): the customer's general mood plus the
    // touchpoint's own experience; NPS then leans on them, on Courier handover most of all.
    const mood = (random() - 0.5) * 2;
    const experience = RATED.map(([, mean]) => Math.max(1, Math.min(5, Math.round(mean + lean / 2 + 0.6 * mood + (random() - 0.5) * 2.6))));
    const pull = experience.reduce((sum, rating, j) => sum + RATED[j][2] * (rating - RATED[j][1]), 0);
    const npsRoll = random();
    const nps = npsRoll < 0.02 ? null : npsRoll < 0.04 ? t.dontKnow : Math.max(0, Math.min(10, Math.round(7.4 + lean + pull + (random() - 0.5) * 4.5)));
    const ces = random() < 0.05 ? null : Math.max(1, Math.min(7, Math.round(5 + lean + (random() - 0.5) * 4)));
    const csat = experience.map((rating) => (random() < 0.25 ? null : rating)); // not every customer rates every touchpoint
    const comment = random() < 0.01 ? HOSTILE_COMMENTS[i % HOSTILE_COMMENTS.length] : pick(COMMENTS[language]);
    responses.push([date, channel, segment, nps, ces, ...csat, comment]);
  }
  // Make sure every kind of hostile comment is present, whatever the dice said.
  HOSTILE_COMMENTS.forEach((comment, index) => (responses[10 + index * 97][10] = comment));

  const touchpoints: unknown[][] = [t.touchpoints.slice()];
  JOURNEY.forEach(([stageEn, stagePl, nameEn, namePl, path, owner], index) => {
    const valued = index % 7 !== 3; // indexes 3, 10, 17: not yet valued
    const valuation = valued ? Math.floor(random() * 5) - 2 : null;
    const target = random() < 0.35 ? Math.min(2, (valuation ?? 0) + 1 + Math.floor(random() * 2)) : null;
    const moment = random() < 0.25;
    const effort = random() < 0.3;
    const reach = Math.round((0.05 + random() * 0.9) * 100) / 100;
    touchpoints.push([
      language === 'en' ? stageEn : stagePl,
      language === 'en' ? nameEn : namePl,
      path === 0 ? '' : path === 1 ? t.channels[1] : t.channels[0],
      valuation,
      target,
      moment, // a checkbox (TRUE/FALSE)
      effort ? t.yes : t.no,
      index % 4 === 0 ? Math.round(reach * 100) : reach, // some as 0–100, most as 0–1
      owner,
    ]);
  });

  const lastYear: unknown[][] = [t.touchpoints.slice()];
  JOURNEY.forEach((_, index) => {
    const before = LAST_YEAR[index];
    if (before) {
      const row = touchpoints[index + 1].slice();
      row[1] = (language === 'en' ? before.en : before.pl) ?? row[1];
      row[3] = before.valuation;
      lastYear.push(row);
    }
    if (index === RETIRED_AFTER) {
      const [stageEn, stagePl, nameEn, namePl, valuation, owner] = RETIRED;
      lastYear.push([language === 'en' ? stageEn : stagePl, language === 'en' ? nameEn : namePl, '', valuation, null, false, t.no, 0.2, owner]);
    }
  });

  const projects: unknown[][] = [t.projects.slice()];
  for (const [en, pl, cost, impact, links, separator, hard, owner] of PROJECTS) {
    const names = links.map((i) => (language === 'en' ? JOURNEY[i][2] : JOURNEY[i][3]));
    projects.push([language === 'en' ? en : pl, cost, impact ?? null, names.join(separator), hard ? t.hard : t.soft, owner]);
  }

  const R = sheetRef(t.tabs.responses);
  const TP = sheetRef(t.tabs.touchpoints);
  const col = (header: number) => `${R}!${letter(header)}2:${letter(header)}`;
  const npsCol = col(3);
  const labels = language === 'en'
    ? ['Metric', 'Responses (NPS answered)', 'NPS', 'NPS by COUNTIF (check)', 'NPS margin of error (95%)', 'CES (mean, 7-point)', 'CES easy %', ...t.responses.slice(5, 10), 'NPS Online vs Store (p-value)', 'Product page valuation from CSAT']
    : ['Metryka', 'Odpowiedzi (z oceną NPS)', 'NPS', 'NPS przez LICZ.JEŻELI (kontrola)', 'Błąd NPS (95%)', 'CES (średnia, skala 7)', 'CES łatwo %', ...t.responses.slice(5, 10), 'NPS Online a Sklep (p)', 'Ocena strony produktu z CSAT'];
  const formulas = [
    language === 'en' ? 'Value' : 'Wartość',
    `=COUNT(${npsCol})`,
    `=NPS(${npsCol})`,
    `=(COUNTIF(${npsCol},">=9")-COUNTIF(${npsCol},"<=6"))/COUNT(${npsCol})*100`,
    `=NPS_MOE(${npsCol})`,
    `=CES(${col(4)})`,
    `=CES(${col(4)}, 7, "easy")`,
    ...[5, 6, 7, 8, 9].map((c) => `=CSAT(${col(c)})`),
    `=NPS_TEST(FILTER(${npsCol}, ${col(1)}="${t.channels[0]}"), FILTER(${npsCol}, ${col(1)}="${t.channels[1]}"))`,
    `=TOUCHPOINT_VALUE(${col(5)}, 1, 5)`,
  ];
  const metrics: unknown[][] = labels.map((label, i) => [label, formulas[i]]);
  // Tables that spill: gaps beside the journey, NPS by segment and by month.
  metrics[0].push('', language === 'en' ? 'Gap to target' : 'Luka do celu', '', language === 'en' ? 'NPS by segment' : 'NPS wg segmentu');
  metrics[1].push('', `=TOUCHPOINT_GAP(${TP}!D2:D${JOURNEY.length + 1}, ${TP}!E2:E${JOURNEY.length + 1})`, '', `=NPS_BY(${npsCol}, ${col(2)})`);
  metrics[8].push('', '', '', language === 'en' ? 'NPS by month' : 'NPS wg miesiąca');
  metrics[9].push('', '', '', `=NPS_BY(${npsCol}, ${col(0)}, "month")`);
  // The sample size and the interval as two more values; then NPS_TREND and CSAT_BY below the
  // gaps (which spill to row 23), each under a title.
  metrics.push(
    [language === 'en' ? 'Answers needed for NPS ±5 (95%)' : 'Odpowiedzi potrzebne do NPS ±5 (95%)', '=NPS_SAMPLE_SIZE(5)'],
    [language === 'en' ? 'NPS 95% interval (low, high)' : 'Przedział 95% dla NPS (od, do)', `=NPS_CI(${npsCol})`],
  );
  while (metrics.length < METRIC_ROWS.npsTrend - 2) metrics.push([]);
  metrics.push([language === 'en' ? 'NPS by month, with the change from the month before' : 'NPS wg miesiąca, ze zmianą od poprzedniego']);
  metrics.push([`=NPS_TREND(${npsCol}, ${col(0)}, "month")`]);
  while (metrics.length < METRIC_ROWS.csatBy - 2) metrics.push([]);
  metrics.push([language === 'en' ? 'CSAT Product page by channel, with its interval' : 'CSAT Strona produktu wg kanału, z przedziałem']);
  metrics.push([`=CSAT_BY(${col(5)}, ${col(1)})`]);
  // Which touchpoints move NPS: DRIVERS over the rating columns, their headers as labels.
  metrics[DRIVERS_AT.row - 2][DRIVERS_AT.column - 1] = language === 'en' ? 'Key drivers of NPS' : 'Czynniki wpływu na NPS';
  metrics[DRIVERS_AT.row - 1][DRIVERS_AT.column - 1] = `=DRIVERS(${npsCol}, ${R}!${letter(5)}2:${letter(9)}, ${R}!${letter(5)}1:${letter(9)}1)`;
  while (metrics.length < METRIC_ROWS.themes - 2) metrics.push([]);
  metrics.push([language === 'en' ? 'What the comments are about' : 'O czym są komentarze'], [`=THEMES(${col(10)}, ${npsCol}, ${sheetRef(t.tabs.themes)}!A:B)`]);

  // Customers: promoters spend more and leave less often than passives, passives than detractors.
  const customers: unknown[][] = [t.customers.slice()];
  for (let i = 0; i < CUSTOMER_COUNT; i++) {
    const nps = Math.max(0, Math.min(10, Math.round(7.2 + (random() - 0.4) * 7)));
    const level = nps >= 9 ? 2 : nps >= 7 ? 1 : 0;
    const revenue = Math.round((600 + 250 * level + random() * 900) / 10) * 10;
    const churned = random() < [0.32, 0.16, 0.07][level];
    customers.push([`C-${String(1001 + i)}`, nps, revenue, churned ? t.yes : t.no]);
  }
  const C = sheetRef(t.tabs.customers);
  // Below THEMES, in column A: the value of a customer per NPS class.
  while (metrics.length < NPS_VALUE_CELL.row - 2) metrics.push([]);
  metrics.push([language === 'en' ? 'Value of a customer by NPS class (margin 30%, discount rate 10%)' : 'Wartość klienta wg grupy NPS (marża 30%, stopa dyskontowa 10%)']);
  metrics.push([`=NPS_VALUE(${C}!B2:B, ${C}!C2:C, ${C}!D2:D, 0.3, 0.1)`]);

  const stakeholders: unknown[][] = [t.stakeholders.slice()];
  for (const [en, pl, departmentEn, departmentPl, influence, interest, attitude, expectEn, expectPl, nextEn, nextPl, owner] of STAKEHOLDERS) {
    const english = language === 'en';
    stakeholders.push([english ? en : pl, english ? departmentEn : departmentPl, influence, interest, attitude === null ? null : t.attitudes[attitude], english ? expectEn : expectPl, english ? nextEn : nextPl, owner]);
  }

  // New tabs go last, so that the other tabs keep their places.
  return {
    [t.tabs.responses]: responses,
    [t.tabs.touchpoints]: touchpoints,
    [t.tabs.projects]: projects,
    [t.tabs.metrics]: metrics,
    [t.tabs.lastYear]: lastYear,
    [t.tabs.themes]: THEMES[language].map((row) => [...row]),
    [t.tabs.customers]: customers,
    [t.tabs.stakeholders]: stakeholders,
  };
}

/** The example as a formatted workbook of the local runtime (not evaluated with the add-on). */
export function exampleWorkbook(language: Language): LocalSpreadsheet {
  const data = exampleData(language);
  // Comments are customer text: stored as text cells, never parsed (so "=1+1" stays text).
  const [responsesName] = Object.keys(data);
  const comments = data[responsesName].map((row) => row[10]);
  const withoutComments = { ...data, [responsesName]: data[responsesName].map((row) => row.slice(0, 10)) };
  const workbook = createWorkbook(withoutComments, `cx-example${language === 'pl' ? '-pl' : ''}`);
  // A Polish spreadsheet's locale, recorded in the file (docProps/core.xml): its functions answer in Polish.
  workbook.setSpreadsheetLocale(language === 'pl' ? 'pl_PL' : 'en_US');
  const responses = workbook.sheetNamed(responsesName);
  responses.rangeAt(1, 11, comments.length, 1).setNumberFormat('@').setValues(comments.map((c) => [c]));
  responses.rangeAt(2, 1, RESPONSE_COUNT, 1).setNumberFormat('yyyy-mm-dd');
  for (const sheet of workbook.sheets) {
    const width = sheet.getLastColumn();
    sheet.rangeAt(1, 1, 1, width).setFontWeight('bold').setBackground('#d9e2f3');
    sheet.setFrozenRows(1);
    sheet.autoResizeColumns(1, width);
  }
  const touchpoints = workbook.sheets[1];
  touchpoints.rangeAt(2, 6, JOURNEY.length, 1).setDataValidation(newCheckbox());
  const lastYear = workbook.sheets[4];
  lastYear.rangeAt(2, 6, lastYear.getLastRow() - 1, 1).setDataValidation(newCheckbox());
  const projects = workbook.sheets[2];
  projects.rangeAt(2, 5, PROJECTS.length, 1).setDataValidation(newList([T[language].hard, T[language].soft]));
  // Every number the Metrics tab shows has a format (DESIGN §4): scores and shares in
  // points to one decimal, counts whole, the p-value to three places, valuations and gaps
  // signed — also where NPS_BY and TOUCHPOINT_GAP spill.
  const metrics = workbook.sheets[3];
  metrics.rangeAt(2, 2, 13, 1).setNumberFormat('0.0');
  metrics.rangeAt(METRIC_ROWS.responses, 2).setNumberFormat('0');
  metrics.rangeAt(METRIC_ROWS.npsTest, 2).setNumberFormat('0.000');
  // One decimal where a manager reads a score: the interval, and the tables' metric columns.
  metrics.rangeAt(METRIC_ROWS.npsSampleSize, 2).setNumberFormat('0');
  metrics.rangeAt(METRIC_ROWS.npsCi, 2, 1, 2).setNumberFormat('0.0');
  metrics.rangeAt(2, 8, 16, 6).setNumberFormat('0.0'); // NPS_BY by segment and by month: NPS … Detractors %
  metrics.rangeAt(METRIC_ROWS.npsTrend + 1, 3, 6, 4).setNumberFormat('0.0'); // NPS, CI low, CI high, Change
  metrics.rangeAt(METRIC_ROWS.npsTrend + 1, 7, 6, 1).setNumberFormat('0.000'); // p-value
  metrics.rangeAt(METRIC_ROWS.npsTrend + 1, 1, 6, 1).setNumberFormat('yyyy-mm');
  metrics.rangeAt(METRIC_ROWS.csatBy + 1, 3, 4, 4).setNumberFormat('0.0');
  // The DRIVERS table: correlation and mean to two places, importance to one.
  metrics.rangeAt(DRIVERS_AT.row + 1, DRIVERS_AT.column + 2, 6, 1).setNumberFormat('0.00');
  metrics.rangeAt(DRIVERS_AT.row + 1, DRIVERS_AT.column + 3, 6, 1).setNumberFormat('0.0');
  metrics.rangeAt(DRIVERS_AT.row + 1, DRIVERS_AT.column + 4, 6, 1).setNumberFormat('0.00');
  metrics.rangeAt(METRIC_ROWS.touchpointValue, 2).setNumberFormat('+0.0;-0.0;0.0');
  metrics.rangeAt(2, 4, JOURNEY.length, 1).setNumberFormat('+0;-0;0');
  for (const [first, groups] of [[SEGMENT_TABLE_ROW, T[language].segments.length], [MONTH_TABLE_ROW, MONTHS]] as const) {
    // Below the header: Group | Responses | NPS | ±MOE | Promoters % | Passives % | Detractors %, then Total.
    metrics.rangeAt(first + 1, 7, groups + 1, 1).setNumberFormat('0');
    metrics.rangeAt(first + 1, 8, groups + 1, 5).setNumberFormat('0.0');
  }
  metrics.rangeAt(MONTH_TABLE_ROW + 1, 6, MONTHS, 1).setNumberFormat('yyyy-mm');
  metrics.rangeAt(1, 1).setNote(language === 'en' ? 'Every CX Sheets custom function, on the Responses, Touchpoints, Themes and Customers tabs.' : 'Każda funkcja CX Sheets, na kartach Odpowiedzi, Punkty styku, Tematy i Klienci.');
  // THEMES' shares and NPS (columns C–F of its rows) with one decimal, as the metrics above.
  metrics.rangeAt(METRIC_ROWS.themes + 1, 3, THEMES[language].length + 1, 4).setNumberFormat('0.0');
  // NPS_VALUE: share % and churn % to one decimal, money whole with thousands grouping.
  metrics.rangeAt(NPS_VALUE_CELL.row + 1, NPS_VALUE_CELL.column + 1, 4, 1).setNumberFormat('0');
  metrics.rangeAt(NPS_VALUE_CELL.row + 1, NPS_VALUE_CELL.column + 2, 4, 1).setNumberFormat('0.0');
  metrics.rangeAt(NPS_VALUE_CELL.row + 1, NPS_VALUE_CELL.column + 3, 4, 1).setNumberFormat('#,##0');
  metrics.rangeAt(NPS_VALUE_CELL.row + 1, NPS_VALUE_CELL.column + 4, 4, 1).setNumberFormat('0.0');
  metrics.rangeAt(NPS_VALUE_CELL.row + 1, NPS_VALUE_CELL.column + 5, 4, 1).setNumberFormat('#,##0');
  const stakeholders = workbook.sheets[7];
  stakeholders.rangeAt(2, 5, STAKEHOLDERS.length, 1).setDataValidation(newList([...T[language].attitudes]));
  return workbook;
}

function newCheckbox(): GoogleAppsScript.Spreadsheet.DataValidation {
  return new LocalDataValidationBuilder().requireCheckbox().build();
}

function newList(values: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return new LocalDataValidationBuilder().requireValueInList(values).build();
}

export function exampleBytes(language: Language): Promise<Buffer> {
  return xlsxBytes(exampleWorkbook(language), { timestamp: EXAMPLE_TIMESTAMP });
}
