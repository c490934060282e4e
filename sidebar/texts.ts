import type { OutputLocale } from '../src/core/tabs/outputLocale';

/** Every word the sidebar shows, in English and Polish (issue 7: the user's locale, with a switch). */
export type Lang = OutputLocale;

/** A split value as a person reads it: at most three decimals, a decimal comma in Polish. */
function formatNumber(n: number, lang: OutputLocale = 'en'): string {
  const text = String(Math.round(n * 1000) / 1000);
  return lang === 'pl' ? text.replace('.', ',') : text;
}

/** "1 stage", "4 stages". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const en = {
  tagline: 'Touchpoint valuation and project priorities from your tabs.',
  yourTables: 'Your tables',
  refresh: 'Refresh',
  loading: 'Looking for your tables…',
  kinds: { touchpoints: 'Touchpoints', projects: 'Projects', responses: 'Responses', stakeholders: 'Stakeholders' } as Record<string, string>,
  kindHint: {
    touchpoints: 'Used by the valuation grid and the matrix.',
    projects: 'Used by the cost-vs-satisfaction matrix.',
    responses: 'Survey answers, for NPS, CES and CSAT formulas.',
    stakeholders: 'Who must back the CX programme, by influence and interest: the stakeholder map.',
  } as Record<string, string>,
  ready: 'Ready',
  needsMapping: 'Map columns',
  notFound: 'Not found',
  rows: (n: number) => (n === 1 ? '1 row' : `${n} rows`),
  otherTabs: 'Other tabs',
  selection: 'Current selection',
  noTable: '— none —',
  chooseColumn: '— choose a column —',
  notUsed: '— not used —',
  required: 'required',
  optional: 'optional',
  columnsFound: (found: number, all: number) => `${found} of ${all} columns recognised`,
  build: 'Build',
  buildGrid: 'Build valuation grid',
  buildMatrix: 'Build cost-vs-satisfaction matrix',
  buildStakeholders: 'Build stakeholder map',
  buildingStakeholders: 'Building the stakeholder map…',
  stakeholderCounts: (c: Record<string, number>) => [
    `${count(c.stakeholders, 'stakeholder')}: ${c.manageClosely} manage closely · ${c.keepSatisfied} keep satisfied · ${c.keepInformed} keep informed · ${c.monitor} monitor`,
    `${count(c.supporters, 'supporter')} ▲ · ${count(c.opponents, 'opponent')} ▼`,
  ],
  splits: 'Split lines (optional)',
  costSplit: 'Cost',
  impactSplit: 'Impact',
  splitPlaceholder: 'median',
  splitsHint: 'Leave blank to split at the median cost and impact.',
  matrixCounts: (c: Record<string, number>) => [
    `${count(c.projects, 'project')}: ${count(c.quickWins, 'quick win')} · ${count(c.majorProjects, 'major project')} · ${count(c.fillIns, 'fill-in')} · ${count(c.moneyPits, 'money pit')}`,
    c.computedImpacts > 0 ? `${count(c.computedImpacts, 'impact')} computed from touchpoints` : '',
    c.onSplitLines > 0 ? `${count(c.onSplitLines, 'project')} on a split line, placed on the favourable side` : '',
  ].filter(Boolean),
  splitLines: (s: { cost: number; impact: number; costGiven: boolean; impactGiven: boolean }) =>
    `Split lines: cost ${formatNumber(s.cost)}${s.costGiven ? '' : ' (median)'} · impact ${formatNumber(s.impact)}${s.impactGiven ? '' : ' (median)'}`,
  buildingGrid: 'Building the valuation grid…',
  buildingMatrix: 'Building the matrix…',
  inserting: 'Inserting example tabs…',
  built: (tab: string) => `Built “${tab}”`,
  rebuilt: (tab: string) => `Rebuilt “${tab}”`,
  open: (tab: string) => `Open “${tab}”`,
  from: (source: string) => `from ${source}`,
  gridCounts: (c: Record<string, number>) => [
    [count(c.touchpoints, 'touchpoint'), count(c.stages, 'stage'), c.paths > 0 ? count(c.paths, 'path') : ''].filter(Boolean).join(' · '),
    `${c.toFix} to fix · ${count(c.differentiators, 'differentiator')} · ${c.notValued} not valued`,
    count(c.negativeMomentsOfTruth, 'negative moment of truth', 'negative moments of truth'),
  ],
  notBuilt: 'Nothing was written',
  problemsIn: (n: number, source: string) => `${n === 1 ? '1 problem' : `${n} problems`} in ${source}. Fix them and build again.`,
  row: (n: number) => `Row ${n}`,
  column: (c: string) => `column ${c}`,
  value: 'Value',
  allowed: 'Allowed',
  warnings: 'Notes',
  newHere: 'New to CX Sheets?',
  newHereText: 'Add example Touchpoints, Projects, Responses, Metrics and Stakeholders tabs, then build from them. Your own tabs are never changed.',
  insertExamples: 'Insert example tabs',
  inserted: (names: string[]) => `Added ${names.map((n) => `“${n}”`).join(', ')}.`,
  needsSource: (kind: string) => `Choose a ${kind} table first.`,
  needsColumns: (names: string[]) => `Map ${names.join(', ')} first.`,
  language: 'Language',
};

export type Texts = typeof en;

const pl: Texts = {
  tagline: 'Ocena punktów styku i priorytety projektów z Twoich kart.',
  yourTables: 'Twoje tabele',
  refresh: 'Odśwież',
  loading: 'Szukam Twoich tabel…',
  kinds: { touchpoints: 'Punkty styku', projects: 'Projekty', responses: 'Odpowiedzi', stakeholders: 'Interesariusze' },
  kindHint: {
    touchpoints: 'Do siatki ocen i macierzy.',
    projects: 'Do macierzy koszt–satysfakcja.',
    responses: 'Odpowiedzi z ankiet, do formuł NPS, CES i CSAT.',
    stakeholders: 'Kto musi wspierać program CX, wg wpływu i zainteresowania: mapa interesariuszy.',
  },
  ready: 'Gotowe',
  needsMapping: 'Wskaż kolumny',
  notFound: 'Nie znaleziono',
  rows: (n: number) => (n === 1 ? '1 wiersz' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? `${n} wiersze` : `${n} wierszy`),
  otherTabs: 'Inne karty',
  selection: 'Bieżące zaznaczenie',
  noTable: '— brak —',
  chooseColumn: '— wybierz kolumnę —',
  notUsed: '— nie używaj —',
  required: 'wymagana',
  optional: 'opcjonalna',
  columnsFound: (found: number, all: number) => `Rozpoznane kolumny: ${found} z ${all}`,
  build: 'Utwórz',
  buildGrid: 'Utwórz siatkę ocen',
  buildMatrix: 'Utwórz macierz koszt–satysfakcja',
  buildStakeholders: 'Utwórz mapę interesariuszy',
  buildingStakeholders: 'Tworzę mapę interesariuszy…',
  stakeholderCounts: (c: Record<string, number>) => [
    `Interesariusze: ${c.stakeholders} · zarządzaj blisko: ${c.manageClosely} · dbaj o zadowolenie: ${c.keepSatisfied} · informuj: ${c.keepInformed} · monitoruj: ${c.monitor}`,
    `Zwolennicy ▲: ${c.supporters} · przeciwnicy ▼: ${c.opponents}`,
  ],
  splits: 'Linie podziału (opcjonalnie)',
  costSplit: 'Koszt',
  impactSplit: 'Wpływ',
  splitPlaceholder: 'mediana',
  splitsHint: 'Puste pola: podział na medianie kosztu i wpływu.',
  matrixCounts: (c: Record<string, number>) => [
    `Projekty: ${c.projects} · szybkie wygrane: ${c.quickWins} · duże projekty: ${c.majorProjects} · wypełniacze: ${c.fillIns} · studnie bez dna: ${c.moneyPits}`,
    c.computedImpacts > 0 ? `Wpływ wyliczony z punktów styku: ${c.computedImpacts}` : '',
    c.onSplitLines > 0 ? `Na linii podziału (po korzystnej stronie): ${c.onSplitLines}` : '',
  ].filter(Boolean),
  splitLines: (s: { cost: number; impact: number; costGiven: boolean; impactGiven: boolean }) =>
    `Linie podziału: koszt ${formatNumber(s.cost, 'pl')}${s.costGiven ? '' : ' (mediana)'} · wpływ ${formatNumber(s.impact, 'pl')}${s.impactGiven ? '' : ' (mediana)'}`,
  buildingGrid: 'Tworzę siatkę ocen…',
  buildingMatrix: 'Tworzę macierz…',
  inserting: 'Wstawiam przykładowe karty…',
  built: (tab: string) => `Utworzono „${tab}”`,
  rebuilt: (tab: string) => `Odświeżono „${tab}”`,
  open: (tab: string) => `Otwórz „${tab}”`,
  from: (source: string) => `z ${source}`,
  gridCounts: (c: Record<string, number>) => [
    [`Punkty styku: ${c.touchpoints}`, `etapy: ${c.stages}`, c.paths > 0 ? `ścieżki: ${c.paths}` : ''].filter(Boolean).join(' · '),
    `Do poprawy: ${c.toFix} · wyróżniki: ${c.differentiators} · bez oceny: ${c.notValued}`,
    `Negatywne momenty prawdy: ${c.negativeMomentsOfTruth}`,
  ],
  notBuilt: 'Nic nie zostało zapisane',
  problemsIn: (n: number, source: string) => `Problemy w ${source}: ${n}. Popraw je i utwórz ponownie.`,
  row: (n: number) => `Wiersz ${n}`,
  column: (c: string) => `kolumna ${c}`,
  value: 'Wartość',
  allowed: 'Dozwolone',
  warnings: 'Uwagi',
  newHere: 'Pierwszy raz w CX Sheets?',
  newHereText: 'Dodaj przykładowe karty Punkty styku, Projekty, Odpowiedzi, Metryki i Interesariusze, a potem utwórz z nich wyniki. Twoje karty nigdy nie są zmieniane.',
  insertExamples: 'Wstaw przykładowe karty',
  inserted: (names: string[]) => `Dodano ${names.map((n) => `„${n}”`).join(', ')}.`,
  needsSource: (kind: string) => `Najpierw wybierz tabelę: ${kind}.`,
  needsColumns: (names: string[]) => `Najpierw wskaż kolumny: ${names.join(', ')}.`,
  language: 'Język',
};

export const TEXTS: Readonly<Record<Lang, Texts>> = { en, pl };

/** Polish names of the schema's columns, for the mapping list (the server names them in English). */
export const COLUMN_NAMES_PL: Readonly<Record<string, string>> = {
  Stage: 'Etap', Touchpoint: 'Punkt styku', Path: 'Ścieżka', Valuation: 'Ocena', Target: 'Cel', 'Moment of truth': 'Moment prawdy',
  'Effort point': 'Wysiłek klienta', Reach: 'Zasięg', Owner: 'Właściciel', Project: 'Projekt', Cost: 'Koszt', Impact: 'Wpływ',
  Touchpoints: 'Punkty styku', Type: 'Typ', Date: 'Data', Channel: 'Kanał', Segment: 'Segment', Comment: 'Komentarz',
  Stakeholder: 'Interesariusz', Department: 'Dział', Influence: 'Wpływ', Interest: 'Zainteresowanie', Attitude: 'Postawa',
  Expectations: 'Oczekiwania', 'Next step': 'Następny krok',
};
