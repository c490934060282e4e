import { PROJECTS_SCHEMA } from '../projects/projectsTable';
import { RESPONSES_SCHEMA } from '../survey/responsesTable';
import { ColumnSpec, SourceGrid, TableSchema } from '../tables/tableSchema';
import { detectTable, looksLikeTable, TableDetection } from '../tables/tableDetection';
import { TOUCHPOINTS_SCHEMA } from '../journey/touchpointsTable';
import { THEMES_SCHEMA } from '../themes/themesTable';
import { STAKEHOLDERS_SCHEMA } from '../stakeholders/stakeholdersTable';

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
