import { PROJECTS_SCHEMA } from '../projects/projectsTable';
import { RESPONSES_SCHEMA } from '../survey/responsesTable';
import { ColumnSpec, SourceGrid, TableSchema } from '../tables/tableSchema';
import { detectTable, looksLikeTable, TableDetection } from '../tables/tableDetection';
import { TOUCHPOINTS_SCHEMA } from '../journey/touchpointsTable';
import { THEMES_SCHEMA } from '../themes/themesTable';
import { STAKEHOLDERS_SCHEMA } from '../stakeholders/stakeholdersTable';
import { OutputLocale } from '../tabs/outputLocale';

/**
 * The kinds of source table the sidebar looks for on every tab (DESIGN §3), and which
 * kind a tab's table is: the kind whose schema its header row fits best — every required
 * column found beats some, then more columns found beats fewer, then the order below.
 * A Touchpoints tab also has an "Owner" column that Projects knows, so "best" matters.
 */
export type SourceKind = 'touchpoints' | 'projects' | 'responses' | 'themes' | 'stakeholders';

export const SOURCE_SCHEMAS: Readonly<Record<SourceKind, TableSchema<Record<string, ColumnSpec<unknown>>>>> = {
  touchpoints: TOUCHPOINTS_SCHEMA,
  projects: PROJECTS_SCHEMA,
  responses: RESPONSES_SCHEMA,
  themes: THEMES_SCHEMA,
  stakeholders: STAKEHOLDERS_SCHEMA,
};

export const SOURCE_KINDS = Object.keys(SOURCE_SCHEMAS) as SourceKind[];

/** The tab a build reads each kind from when the user names none, in English and Polish (GLOSSARY). */
export const DEFAULT_TAB_NAMES: Readonly<Record<SourceKind, Readonly<Record<OutputLocale, string>>>> = {
  touchpoints: { en: 'Touchpoints', pl: 'Punkty styku' },
  projects: { en: 'Projects', pl: 'Projekty' },
  responses: { en: 'Responses', pl: 'Odpowiedzi' },
  themes: { en: 'Themes', pl: 'Tematy' },
  stakeholders: { en: 'Stakeholders', pl: 'Interesariusze' },
};

/** The default tabs of a kind, English first: the first of them that exists is read. */
export const defaultTabs = (kind: SourceKind): readonly string[] => [DEFAULT_TAB_NAMES[kind].en, DEFAULT_TAB_NAMES[kind].pl];

/**
 * The language a workbook's source tabs are named in, for a file that records none (XLSX
 * from Sheets carries no locale): Polish when some tab bears a Polish default name and none
 * an English one, English in the opposite case, undefined when neither or both.
 */
export function tabNamesLanguage(tabNames: readonly string[]): OutputLocale | undefined {
  const names = new Set(tabNames);
  const named = (locale: OutputLocale) => SOURCE_KINDS.some((kind) => names.has(DEFAULT_TAB_NAMES[kind][locale]));
  const polish = named('pl');
  const english = named('en');
  return polish === english ? undefined : polish ? 'pl' : 'en';
}

export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === 'string' && (SOURCE_KINDS as string[]).includes(value);
}

export interface ClassifiedTable {
  readonly kind: SourceKind;
  readonly detection: TableDetection;
}

function fit(detection: TableDetection): number {
  return (detection.complete ? 1000 : 0) + detection.recognised;
}

/** The kind of table on these top rows of a tab, or undefined when it is none of them. */
export function classifyTable(grid: SourceGrid): ClassifiedTable | undefined {
  let best: ClassifiedTable | undefined;
  for (const kind of SOURCE_KINDS) {
    const detection = detectTable(SOURCE_SCHEMAS[kind], grid);
    if (looksLikeTable(detection) && (!best || fit(detection) > fit(best.detection))) best = { kind, detection };
  }
  return best;
}
