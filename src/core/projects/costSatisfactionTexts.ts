import { Quadrant } from './costSatisfactionQuadrant';
import { localeNumber } from '../tabs/localeNumber';
import { OutputLocale } from '../tabs/outputLocale';
import { ProjectType } from './projectsTable';

/** Every word the "Cost vs satisfaction" tab shows, in English and Polish (DESIGN §4). */
export interface CostSatisfactionTexts {
  readonly tabName: string;
  readonly title: string;
  readonly matrix: string;
  readonly axes: string;
  lowCost(split: string): string;
  highCost(split: string): string;
  highImpact(split: string): string;
  lowImpact(split: string): string;
  /** How a split line was set: "median" or "set by you". */
  readonly median: string;
  readonly givenSplit: string;
  readonly quadrants: Readonly<Record<Quadrant, string>>;
  readonly none: string;
  readonly onCostLine: string;
  readonly onImpactLine: string;
  readonly onBothLines: string;
  readonly legend: string;
  readonly computedLegend: string;
  /** The ranked table's header row, exactly, in order. */
  readonly tableHeader: readonly string[];
  readonly tableTitle: string;
  readonly types: Readonly<Record<ProjectType, string>>;
  /** The word a computed impact shows after its number (a number format's literal text). */
  readonly computed: string;
  readonly chartTitle: string;
  readonly chartData: string;
  /** Headers of the chart's data: cost (x), projects (impact), the two split lines. */
  readonly chartHeader: readonly [string, string, string, string];
  readonly costAxis: string;
  readonly impactAxis: string;
  /** A number inside a sentence, in the locale's decimal style, at most 4 decimals (core/tabs/localeNumber.ts). */
  number(value: number): string;
}


const en: CostSatisfactionTexts = {
  tabName: 'Cost vs satisfaction',
  title: 'Cost vs satisfaction: improvement projects',
  matrix: 'Matrix',
  axes: 'Impact ↕  Cost ↔',
  lowCost: (split) => `Low cost (≤ ${split})`,
  highCost: (split) => `High cost (> ${split})`,
  highImpact: (split) => `High impact (≥ ${split})`,
  lowImpact: (split) => `Low impact (< ${split})`,
  median: 'median',
  givenSplit: 'set by you',
  quadrants: { quickWins: 'Quick wins', majorProjects: 'Major projects', fillIns: 'Fill-ins', moneyPits: 'Money pits' },
  none: '(none)',
  onCostLine: '⚑ on the cost line',
  onImpactLine: '⚑ on the impact line',
  onBothLines: '⚑ on both lines',
  legend: '⚑ exactly on a split line: counted on the favourable side (lower cost, higher impact), a close call.',
  computedLegend: 'An impact marked "computed" was blank in the Projects table: it is Σ gap to target × reach over the linked touchpoints.',
  tableHeader: ['Rank', 'Project', 'Quadrant', 'Cost', 'Impact', 'Impact per cost', 'Touchpoints', 'Type', 'Owner'],
  tableTitle: 'Projects in order: Quick wins, Major projects, Fill-ins, Money pits; then impact per cost',
  types: { hard: 'Hard', soft: 'Soft' },
  computed: 'computed',
  chartTitle: 'Cost vs satisfaction impact',
  chartData: 'Chart data',
  chartHeader: ['Cost', 'Projects', 'Cost split', 'Impact split'],
  costAxis: 'Cost',
  impactAxis: 'Satisfaction impact',
  number: (value) => localeNumber(value, 'en'),
};

const pl: CostSatisfactionTexts = {
  tabName: 'Koszt a satysfakcja',
  title: 'Koszt a satysfakcja: projekty usprawnień',
  matrix: 'Macierz',
  axes: 'Wpływ ↕  Koszt ↔',
  lowCost: (split) => `Niski koszt (≤ ${split})`,
  highCost: (split) => `Wysoki koszt (> ${split})`,
  highImpact: (split) => `Duży wpływ (≥ ${split})`,
  lowImpact: (split) => `Mały wpływ (< ${split})`,
  median: 'mediana',
  givenSplit: 'ustawione przez Ciebie',
  quadrants: { quickWins: 'Szybkie wygrane', majorProjects: 'Duże projekty', fillIns: 'Wypełniacze', moneyPits: 'Studnie bez dna' },
  none: '(brak)',
  onCostLine: '⚑ na linii kosztu',
  onImpactLine: '⚑ na linii wpływu',
  onBothLines: '⚑ na obu liniach',
  legend: '⚑ dokładnie na linii podziału: zaliczony na korzystną stronę (niższy koszt, większy wpływ), przypadek graniczny.',
  computedLegend: 'Wpływ oznaczony „obliczony” był pusty w tabeli projektów: to Σ luka do celu × zasięg po powiązanych punktach styku.',
  tableHeader: ['Pozycja', 'Projekt', 'Ćwiartka', 'Koszt', 'Wpływ', 'Wpływ na jednostkę kosztu', 'Punkty styku', 'Typ', 'Właściciel'],
  tableTitle: 'Projekty w kolejności: Szybkie wygrane, Duże projekty, Wypełniacze, Studnie bez dna; potem wpływ na jednostkę kosztu',
  types: { hard: 'Twarda', soft: 'Miękka' },
  computed: 'obliczony',
  chartTitle: 'Koszt a wpływ na satysfakcję',
  chartData: 'Dane wykresu',
  chartHeader: ['Koszt', 'Projekty', 'Linia kosztu', 'Linia wpływu'],
  costAxis: 'Koszt',
  impactAxis: 'Wpływ na satysfakcję',
  number: (value) => localeNumber(value, 'pl'),
};

export const COST_SATISFACTION_TEXTS: Readonly<Record<OutputLocale, CostSatisfactionTexts>> = { en, pl };
