import { OutputLocale } from '../tabs/outputLocale';
import { ReverificationStatus } from './reverification';

/**
 * Every word the Re-verification tab ("Weryfikacja ocen") shows, and the problems of a
 * comparison that are not problems of one table, in English and Polish (DESIGN §4;
 * GLOSSARY: re-verification = weryfikacja, differentiator = wyróżnik). Polish statuses
 * agree with "punkt styku" (masculine): Nowy, Wycofany, Nieoceniony.
 */
export interface ReverificationTexts {
  readonly tabName: string;
  /** What the tab is, in "…; the comparison is in …". */
  readonly theComparison: string;
  readonly title: string;
  /** The note's "from …": both ranges, each said to be before or now. */
  sources(before: string, now: string): string;
  readonly tableTitle: string;
  /** The table's header row, exactly, in order. */
  readonly tableHeader: readonly string[];
  readonly allPaths: string;
  readonly yes: string;
  readonly no: string;
  readonly statuses: Readonly<Record<ReverificationStatus, string>>;
  /** What each status means, beside its count in the summary. */
  readonly statusHints: Readonly<Record<ReverificationStatus, string>>;
  readonly summary: string;
  readonly touchpointsBefore: string;
  readonly touchpointsNow: string;
  readonly differentiatorsLost: string;
  readonly newlyNegative: string;
  readonly meanPerStage: string;
  readonly before: string;
  readonly now: string;
  readonly change: string;
  /** What a differentiator lost became when it has no valuation now. */
  readonly retired: string;
  readonly notValued: string;
  readonly chartTitle: string;
  // Problems of the comparison (TableProblem phrases).
  readonly sameTable: string;
  readonly twoTables: string;
  readonly noEarlierTable: string;
  readonly earlierTableAllowed: string;
  /** The "sheet" of a problem about the missing earlier table. */
  readonly earlierTable: string;
}

const en: ReverificationTexts = {
  tabName: 'Re-verification',
  theComparison: 'the comparison',
  title: 'Re-verification of touchpoint valuations',
  sources: (before, now) => `${before} (before) and ${now} (now)`,
  tableTitle: 'Touchpoints before and now, in journey order (retired ones last)',
  tableHeader: ['Stage', 'Path', 'Touchpoint', 'Before', 'Now', 'Change', 'Status', 'Moment of truth', 'Effort point', 'Owner'],
  allPaths: 'All paths',
  yes: 'Yes',
  no: 'No',
  statuses: { new: 'New', retired: 'Retired', notValued: 'Not valued', nowNegative: 'Now negative', worse: 'Worse', better: 'Better', same: 'Same' },
  statusHints: {
    new: 'only in now',
    retired: 'only in before',
    notValued: 'no valuation now',
    nowNegative: 'newly below 0',
    worse: 'valued lower than before',
    better: 'valued higher than before',
    same: 'valued as before',
  },
  summary: 'Summary',
  touchpointsBefore: 'Touchpoints before',
  touchpointsNow: 'Touchpoints now',
  differentiatorsLost: 'Differentiators lost (+2 before, now below +2)',
  newlyNegative: 'Newly below 0',
  meanPerStage: 'Mean valuation per stage',
  before: 'Before',
  now: 'Now',
  change: 'Change',
  retired: 'retired',
  notValued: 'not valued',
  chartTitle: 'Valuations before and now along the journey',
  sameTable: 'is chosen as both the earlier and the current table',
  twoTables: 'two different Touchpoints tables: the earlier one (e.g. "Touchpoints 2025") as before, the current one as now',
  noEarlierTable: 'no tab whose name ends in a year or a date holds a Touchpoints table',
  earlierTableAllowed:
    'a Touchpoints tab named with its year or date, e.g. "Touchpoints 2025" or "Touchpoints 2026-12-01" (Save a dated copy makes one), or the earlier table chosen as before',
  earlierTable: 'Touchpoints (earlier)',
};

const pl: ReverificationTexts = {
  tabName: 'Weryfikacja ocen',
  theComparison: 'porównanie',
  title: 'Weryfikacja ocen punktów styku',
  sources: (before, now) => `${before} (wcześniej) i ${now} (teraz)`,
  tableTitle: 'Punkty styku wcześniej i teraz, w kolejności ścieżki klienta (wycofane na końcu)',
  tableHeader: ['Etap', 'Ścieżka', 'Punkt styku', 'Wcześniej', 'Teraz', 'Zmiana', 'Status', 'Moment prawdy', 'Wysiłek klienta', 'Właściciel'],
  allPaths: 'Wszystkie ścieżki',
  yes: 'Tak',
  no: 'Nie',
  statuses: { new: 'Nowy', retired: 'Wycofany', notValued: 'Nieoceniony', nowNegative: 'Teraz ujemny', worse: 'Gorzej', better: 'Lepiej', same: 'Bez zmian' },
  statusHints: {
    new: 'tylko teraz',
    retired: 'tylko wcześniej',
    notValued: 'teraz bez oceny',
    nowNegative: 'nowe oceny poniżej 0',
    worse: 'ocena niższa niż wcześniej',
    better: 'ocena wyższa niż wcześniej',
    same: 'ocena jak wcześniej',
  },
  summary: 'Podsumowanie',
  touchpointsBefore: 'Punkty styku wcześniej',
  touchpointsNow: 'Punkty styku teraz',
  differentiatorsLost: 'Utracone wyróżniki (wcześniej +2, teraz poniżej +2)',
  newlyNegative: 'Nowe oceny poniżej 0',
  meanPerStage: 'Średnia ocena na etap',
  before: 'Wcześniej',
  now: 'Teraz',
  change: 'Zmiana',
  retired: 'wycofany',
  notValued: 'nieoceniony',
  chartTitle: 'Oceny wcześniej i teraz wzdłuż ścieżki klienta',
  sameTable: 'jest wybrana zarówno jako wcześniejsza, jak i obecna tabela',
  twoTables: 'dwie różne tabele Punkty styku: wcześniejsza (np. „Punkty styku 2025”) jako wcześniej, obecna jako teraz',
  noEarlierTable: 'żadna karta, której nazwa kończy się rokiem lub datą, nie zawiera tabeli Punkty styku',
  earlierTableAllowed:
    'karta Punkty styku nazwana z rokiem lub datą, np. „Punkty styku 2025” albo „Punkty styku 2026-12-01” (tworzy ją Zapisz kopię z datą), albo wcześniejsza tabela wybrana jako wcześniej',
  earlierTable: 'Punkty styku (wcześniejsze)',
};

export const REVERIFICATION_TEXTS: Readonly<Record<OutputLocale, ReverificationTexts>> = { en, pl };
