import { OutputLocale } from '../core/tabs/outputLocale';

/**
 * What a build says about itself, in English and Polish: the summary of an invalid source,
 * the warnings of a build that succeeded, and the menu's alerts and toasts. They follow the
 * build's locale like the generated tabs and the problems (core/problemTexts.ts).
 */
export interface BuildMessages {
  invalidSummary(count: number, source: string | undefined): string;
  readonly theGrid: string;
  readonly theMatrix: string;
  nameTaken(takenBy: string, what: string, tabName: string): string;
  unusedColumns(headers: readonly string[], table: string | undefined): string;
  notValued(notValued: number, all: number, column: string): string;
  blankImpactsNeedTouchpoints(rows: string, count: number): string;
  readonly touchpointsNotChecked: string;
  unvaluedLinked(project: string, row: number, touchpoints: readonly string[]): string;
  readonly gridNotBuilt: string;
  readonly matrixNotBuilt: string;
  moreProblems(count: number): string;
  builtTitle(tabName: string, replaced: boolean): string;
  gridToast(touchpoints: number, source: string, toFix: number, differentiators: number): string;
  matrixToast(projects: number, quickWins: number, majorProjects: number, fillIns: number, moneyPits: number): string;
  readonly theMap: string;
  readonly mapNotBuilt: string;
  mapToast(stakeholders: number, manageClosely: number, keepSatisfied: number, keepInformed: number, monitor: number): string;
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

const en: BuildMessages = {
  invalidSummary: (count, source) => `${count === 1 ? '1 problem' : `${count} problems`} in ${source ?? 'the source table'}; nothing was written.`,
  theGrid: 'the grid',
  theMatrix: 'the matrix',
  nameTaken: (takenBy, what, tabName) => `A tab named "${takenBy}" that CX Sheets did not build already exists and was left untouched; ${what} is in "${tabName}".`,
  unusedColumns: (headers, table) => `Columns not used${table === undefined ? '' : ` in ${table}`}: ${quoted(headers)}.`,
  notValued: (notValued, all, column) => `${notValued} of ${all} touchpoints are not valued yet (blank ${column}); they are listed as not valued.`,
  blankImpactsNeedTouchpoints: (rows) => `; the blank impacts of Projects rows ${rows} are computed from the Touchpoints table`,
  touchpointsNotChecked: 'No Touchpoints table was found, so the touchpoint names of the projects were not checked.',
  unvaluedLinked: (project, row, touchpoints) => `Project "${project}" (row ${row}): linked touchpoints not valued yet add nothing to its computed impact: ${quoted(touchpoints)}.`,
  gridNotBuilt: 'Valuation grid not built',
  matrixNotBuilt: 'Cost-vs-satisfaction matrix not built',
  moreProblems: (count) => `… and ${count} more: open the sidebar to see them all.`,
  builtTitle: (tabName, replaced) => `"${tabName}" ${replaced ? 'rebuilt' : 'built'}`,
  gridToast: (touchpoints, source, toFix, differentiators) => `${touchpoints} touchpoint${touchpoints === 1 ? '' : 's'} from ${source}: ${toFix} to fix, ${differentiators} differentiators.`,
  matrixToast: (projects, quickWins, majorProjects, fillIns, moneyPits) =>
    `${projects} projects. Quick wins: ${quickWins}, major projects: ${majorProjects}, fill-ins: ${fillIns}, money pits: ${moneyPits}.`,
  theMap: 'the map',
  mapNotBuilt: 'Stakeholder map not built',
  mapToast: (stakeholders, manageClosely, keepSatisfied, keepInformed, monitor) =>
    `${stakeholders} stakeholder${stakeholders === 1 ? '' : 's'}. Manage closely: ${manageClosely}, keep satisfied: ${keepSatisfied}, keep informed: ${keepInformed}, monitor: ${monitor}.`,
};

/** "1 problem", "2 problemy", "5 problemów", "22 problemy": Polish plural forms by the last digits. */
function problemsPl(count: number): string {
  if (count === 1) return '1 problem';
  const few = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14);
  return `${count} ${few ? 'problemy' : 'problemów'}`;
}

const pl: BuildMessages = {
  invalidSummary: (count, source) => `${problemsPl(count)} w ${source ?? 'tabeli źródłowej'}; nic nie zostało zapisane.`,
  theGrid: 'siatka',
  theMatrix: 'macierz',
  nameTaken: (takenBy, what, tabName) => `Karta o nazwie "${takenBy}", której nie utworzył CX Sheets, już istnieje i pozostała nietknięta; ${what} jest na karcie "${tabName}".`,
  unusedColumns: (headers, table) => `Nieużyte kolumny${table === undefined ? '' : ` w ${table}`}: ${quoted(headers)}.`,
  notValued: (notValued, all, column) => `Punkty styku jeszcze nieocenione: ${notValued} z ${all} (pusta kolumna ${column}); są wymienione jako nieocenione.`,
  blankImpactsNeedTouchpoints: (rows, count) =>
    count === 1 ? `; pusty wpływ w wierszu ${rows} tabeli Projekty jest obliczany z tabeli Punkty styku` : `; puste wpływy w wierszach ${rows} tabeli Projekty są obliczane z tabeli Punkty styku`,
  touchpointsNotChecked: 'Nie znaleziono tabeli Punkty styku, więc nazwy punktów styku w projektach nie zostały sprawdzone.',
  unvaluedLinked: (project, row, touchpoints) => `Projekt "${project}" (wiersz ${row}): powiązane punkty styku, które nie są jeszcze ocenione, nic nie dodają do obliczonego wpływu: ${quoted(touchpoints)}.`,
  gridNotBuilt: 'Nie utworzono siatki ocen',
  matrixNotBuilt: 'Nie utworzono macierzy koszt–satysfakcja',
  moreProblems: (count) => `… i jeszcze ${count}: otwórz panel boczny, aby zobaczyć wszystkie.`,
  builtTitle: (tabName, replaced) => `${replaced ? 'Utworzono ponownie' : 'Utworzono'} „${tabName}”`,
  gridToast: (touchpoints, source, toFix, differentiators) => `Punkty styku z ${source}: ${touchpoints}; do naprawy: ${toFix}, wyróżniki: ${differentiators}.`,
  matrixToast: (projects, quickWins, majorProjects, fillIns, moneyPits) =>
    `Projekty: ${projects}. Szybkie wygrane: ${quickWins}, duże projekty: ${majorProjects}, wypełniacze: ${fillIns}, studnie bez dna: ${moneyPits}.`,
  theMap: 'mapa',
  mapNotBuilt: 'Nie utworzono mapy interesariuszy',
  mapToast: (stakeholders, manageClosely, keepSatisfied, keepInformed, monitor) =>
    `Interesariusze: ${stakeholders}. Zarządzaj blisko: ${manageClosely}, dbaj o zadowolenie: ${keepSatisfied}, informuj: ${keepInformed}, monitoruj: ${monitor}.`,
};

export const BUILD_MESSAGES: Readonly<Record<OutputLocale, BuildMessages>> = { en, pl };
