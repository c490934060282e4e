import { OutputLocale } from '../tabs/outputLocale';
import { TouchpointAction } from './valuationGrid';

/** Every word the Valuation grid tab shows, in English and Polish (DESIGN §4). */
export interface ValuationGridTexts {
  readonly tabName: string;
  readonly title: string;
  readonly emotionGrid: string;
  readonly legend: string;
  pathBlock(path: string): string;
  readonly wholeJourney: string;
  readonly stage: string;
  readonly touchpoint: string;
  readonly momentOfTruth: string;
  readonly effortPoint: string;
  /** The table's header row, exactly, in order. */
  readonly tableHeader: readonly string[];
  readonly tableTitle: string;
  readonly allPaths: string;
  readonly yes: string;
  readonly no: string;
  readonly actions: Readonly<Record<TouchpointAction, string>>;
  readonly summary: string;
  readonly touchpoints: string;
  level(level: string): string;
  readonly notValued: string;
  readonly toFix: string;
  readonly differentiators: string;
  readonly negativeMomentsOfTruth: string;
  readonly meanPerStage: string;
  valuedOf(valued: number, all: number): string;
  readonly chartTitle: string;
}

const en: ValuationGridTexts = {
  tabName: 'Valuation grid',
  title: 'Touchpoint valuation grid',
  emotionGrid: 'Emotion grid',
  legend: '● current valuation   ○ target   ◉ current = target   ★ flagged',
  pathBlock: (path) => `Path: ${path}`,
  wholeJourney: 'Whole journey',
  stage: 'Stage',
  touchpoint: 'Touchpoint',
  momentOfTruth: 'Moment of truth',
  effortPoint: 'Effort point',
  tableHeader: ['Stage', 'Path', 'Touchpoint', 'Moment of truth', 'Effort point', 'Current', 'Target', 'Gap', 'Reach', 'Action', 'Owner'],
  tableTitle: 'Touchpoints in journey order',
  allPaths: 'All paths',
  yes: 'Yes',
  no: 'No',
  actions: { notValued: 'Not valued', fix: 'Fix', overServed: 'Over-served', differentiate: 'Differentiate', hold: 'Hold' },
  summary: 'Summary',
  touchpoints: 'Touchpoints',
  level: (level) => `Valued ${level}`,
  notValued: 'Not valued yet',
  toFix: 'To fix (valued below 0)',
  differentiators: 'Differentiators (target above current)',
  negativeMomentsOfTruth: 'Negative moments of truth (biggest risk)',
  meanPerStage: 'Mean valuation per stage',
  valuedOf: (valued, all) => `${valued} of ${all} valued`,
  chartTitle: 'Current vs target along the journey',
};

const pl: ValuationGridTexts = {
  tabName: 'Siatka ocen',
  title: 'Siatka ocen punktów styku',
  emotionGrid: 'Siatka emocji',
  legend: '● obecna ocena   ○ cel   ◉ ocena = cel   ★ oznaczone',
  pathBlock: (path) => `Ścieżka: ${path}`,
  wholeJourney: 'Cała ścieżka klienta',
  stage: 'Etap',
  touchpoint: 'Punkt styku',
  momentOfTruth: 'Moment prawdy',
  effortPoint: 'Wysiłek klienta',
  tableHeader: ['Etap', 'Ścieżka', 'Punkt styku', 'Moment prawdy', 'Wysiłek klienta', 'Ocena', 'Cel', 'Luka', 'Zasięg', 'Działanie', 'Właściciel'],
  tableTitle: 'Punkty styku w kolejności ścieżki klienta',
  allPaths: 'Wszystkie ścieżki',
  yes: 'Tak',
  no: 'Nie',
  actions: { notValued: 'Nieocenione', fix: 'Napraw', overServed: 'Ponad potrzebę', differentiate: 'Wyróżnij', hold: 'Utrzymaj' },
  summary: 'Podsumowanie',
  touchpoints: 'Punkty styku',
  level: (level) => `Ocena ${level}`,
  notValued: 'Jeszcze nieocenione',
  toFix: 'Do naprawy (ocena poniżej 0)',
  differentiators: 'Wyróżniki (cel powyżej obecnej oceny)',
  negativeMomentsOfTruth: 'Negatywne momenty prawdy (największe ryzyko)',
  meanPerStage: 'Średnia ocena na etap',
  valuedOf: (valued, all) => `ocenione ${valued} z ${all}`,
  chartTitle: 'Ocena obecna i cel wzdłuż ścieżki klienta',
};

export const VALUATION_GRID_TEXTS: Readonly<Record<OutputLocale, ValuationGridTexts>> = { en, pl };
