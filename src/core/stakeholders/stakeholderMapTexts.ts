import { OutputLocale } from '../tabs/outputLocale';
import { StakeholderQuadrant } from './stakeholderMap';
import { Attitude } from './stakeholdersTable';

/** Every word the "Stakeholder map" tab shows, in English and Polish (DESIGN §4, GLOSSARY). */
export interface StakeholderMapTexts {
  readonly tabName: string;
  readonly title: string;
  readonly matrix: string;
  readonly axes: string;
  readonly lowInterest: string;
  readonly highInterest: string;
  readonly highInfluence: string;
  readonly lowInfluence: string;
  readonly quadrants: Readonly<Record<StakeholderQuadrant, string>>;
  readonly none: string;
  /** What a quadrant does with its stakeholders, in the legend. */
  readonly legend: readonly string[];
  readonly attitudes: Readonly<Record<Attitude, string>>;
  /** The table's header row, exactly, in order. */
  readonly tableHeader: readonly string[];
  readonly tableTitle: string;
  readonly chartTitle: string;
  readonly chartData: string;
  /** Chart series of each attitude, and of stakeholders with none stated. */
  readonly attitudeSeries: Readonly<Record<Attitude | 'unknown', string>>;
  readonly interestLine: string;
  readonly influenceLine: string;
  readonly interestAxis: string;
  readonly influenceAxis: string;
}

/** The mark after a name in the matrix: ▲ supporter, ▼ opponent, nothing otherwise. */
export const ATTITUDE_MARKS: Readonly<Record<Attitude, string>> = { supporter: '▲', neutral: '', opponent: '▼' };

const en: StakeholderMapTexts = {
  tabName: 'Stakeholder map',
  title: 'Stakeholder map: who must back the CX programme',
  matrix: 'Influence × interest',
  axes: 'Influence ↕  Interest ↔',
  lowInterest: 'Low interest (< 3)',
  highInterest: 'High interest (≥ 3)',
  highInfluence: 'High influence (≥ 3)',
  lowInfluence: 'Low influence (< 3)',
  quadrants: { manageClosely: 'Manage closely', keepSatisfied: 'Keep satisfied', keepInformed: 'Keep informed', monitor: 'Monitor' },
  none: '(none)',
  legend: [
    '▲ supporter, ▼ opponent; no mark: neutral or not stated. Beside each name, its department.',
    'Influence and interest on a 1–5 scale, split at 3 (a 3 counts as high).',
  ],
  attitudes: { supporter: 'Supporter', neutral: 'Neutral', opponent: 'Opponent' },
  tableHeader: ['Stakeholder', 'Department', 'Influence', 'Interest', 'Quadrant', 'Attitude', 'Expectations', 'Next step', 'Owner'],
  tableTitle: 'Stakeholders in order: Manage closely, Keep satisfied, Keep informed, Monitor; then influence × interest',
  chartTitle: 'Stakeholders: influence × interest',
  chartData: 'Chart data',
  attitudeSeries: { supporter: 'Supporters', neutral: 'Neutral', opponent: 'Opponents', unknown: 'Attitude not stated' },
  interestLine: 'Interest split',
  influenceLine: 'Influence split',
  interestAxis: 'Interest (1–5)',
  influenceAxis: 'Influence (1–5)',
};

const pl: StakeholderMapTexts = {
  tabName: 'Mapa interesariuszy',
  title: 'Mapa interesariuszy: kto musi wspierać program CX',
  matrix: 'Wpływ × zainteresowanie',
  axes: 'Wpływ ↕  Zainteresowanie ↔',
  lowInterest: 'Małe zainteresowanie (< 3)',
  highInterest: 'Duże zainteresowanie (≥ 3)',
  highInfluence: 'Duży wpływ (≥ 3)',
  lowInfluence: 'Mały wpływ (< 3)',
  quadrants: { manageClosely: 'Zarządzaj blisko', keepSatisfied: 'Dbaj o zadowolenie', keepInformed: 'Informuj', monitor: 'Monitoruj' },
  none: '(brak)',
  legend: [
    '▲ zwolennik, ▼ przeciwnik; bez znaku: neutralny lub postawa nieznana. Obok nazwy: dział.',
    'Wpływ i zainteresowanie w skali 1–5, podział na 3 (3 liczy się jako duże).',
  ],
  attitudes: { supporter: 'Zwolennik', neutral: 'Neutralny', opponent: 'Przeciwnik' },
  tableHeader: ['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Ćwiartka', 'Postawa', 'Oczekiwania', 'Następny krok', 'Właściciel'],
  tableTitle: 'Interesariusze w kolejności: Zarządzaj blisko, Dbaj o zadowolenie, Informuj, Monitoruj; potem wpływ × zainteresowanie',
  chartTitle: 'Interesariusze: wpływ × zainteresowanie',
  chartData: 'Dane wykresu',
  attitudeSeries: { supporter: 'Zwolennicy', neutral: 'Neutralni', opponent: 'Przeciwnicy', unknown: 'Postawa nieznana' },
  interestLine: 'Linia zainteresowania',
  influenceLine: 'Linia wpływu',
  interestAxis: 'Zainteresowanie (1–5)',
  influenceAxis: 'Wpływ (1–5)',
};

export const STAKEHOLDER_MAP_TEXTS: Readonly<Record<OutputLocale, StakeholderMapTexts>> = { en, pl };
