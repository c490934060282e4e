import { OutputLocale } from '../tabs/outputLocale';
import { ExampleRole, exampleTabs, ExampleTab } from './exampleTabs';

/**
 * "Create empty tables" (sidebar): the Touchpoints, Projects and Responses tables a user
 * fills in with their own data — the example tabs' headers, data validation, number
 * formats and column widths, and one example row each that shows what goes where. They
 * are the example tabs cut down, so the two can never disagree on a header.
 *
 * The one project row keeps a cost and an impact of its own, and links the one touchpoint
 * row, so that each table is valid as it stands (a project's impact is computed only when
 * it is blank, and a linked touchpoint name must exist in the Touchpoints table).
 */
export type TableRole = Extract<ExampleRole, 'touchpoints' | 'projects' | 'responses'>;
export const TABLE_ROLES: readonly TableRole[] = ['touchpoints', 'projects', 'responses'];

/** Column indexes (0-based) in the example rows: the Touchpoints table's name, the Projects table's impact and touchpoints. */
const TOUCHPOINT_NAME = 1;
const PROJECT_IMPACT = 2;
const PROJECT_TOUCHPOINTS = 3;

function withRows(tab: ExampleTab, rows: ExampleTab['rows']): ExampleTab {
  return { ...tab, rows };
}

/** The three tables in `locale`, under the names the caller found free. */
export function emptyTables(locale: OutputLocale, names: Readonly<Record<TableRole, string>>): ExampleTab[] {
  // The Themes, Stakeholders and Metrics tabs are not made; their names only have to be some text here.
  const tabs = exampleTabs(locale, { ...names, themes: '', stakeholders: '', metrics: '' });
  const byRole = (role: TableRole) => tabs.find((t) => t.role === role)!;
  const touchpoints = byRole('touchpoints');
  const touchpoint = touchpoints.rows[1];
  const projects = byRole('projects');
  const project = projects.rows.slice(1).find((row) => typeof row[PROJECT_IMPACT] === 'number') ?? projects.rows[1];
  const responses = byRole('responses');
  return [
    withRows(touchpoints, [touchpoints.rows[0], touchpoint]),
    withRows(projects, [projects.rows[0], project.map((cell, i) => (i === PROJECT_TOUCHPOINTS ? touchpoint[TOUCHPOINT_NAME] : cell))]),
    withRows(responses, [responses.rows[0], responses.rows[1]]),
  ];
}
