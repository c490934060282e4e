import { closestName } from '../tables/closestName';
import { columnLetter } from '../tabs/columnLetters';
import { matchKey } from '../tables/matchKey';
import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS } from '../tables/problemTexts';
import { ProjectRow, PROJECTS_SCHEMAS } from './projectsTable';
import { TableProblem } from '../tables/tableProblem';
import { TouchpointRow } from '../journey/touchpointsTable';

/**
 * Links each project to the touchpoints it lifts (DESIGN §3): a name in the project's
 * Touchpoints cell matches a touchpoint by matchKey (no case, accents or punctuation). A
 * name shared by touchpoints on several paths links all of them: the project lifts the
 * moment on every path. Each name that matches no touchpoint is a problem of its own, with
 * the closest known name, so every typo of a row is listed in one go.
 * The problem is worded in the locale asked for (English by default).
 *
 * Projects rows with a problem in another cell are linked too (their names are checked all
 * the same), and so are touchpoints from a table with problems: every problem is reported
 * in one run (DESIGN §3).
 */
export interface ProjectLinks<Touchpoint = TouchpointRow> {
  /** Per project, in the order given: the touchpoint rows it lifts (possibly several per name). */
  readonly linked: readonly (readonly Touchpoint[])[];
  readonly problems: readonly TableProblem[];
}

/** What linking needs of a project: its row and the names it lists. */
export type LinkingProject = Pick<ProjectRow, 'sheetRow' | 'touchpoints'>;

export interface LinkPlace {
  /** The Projects sheet and the sheet column of its Touchpoints column. */
  readonly sheet: string;
  readonly touchpointsColumn?: number;
  readonly touchpointsHeader?: string;
  /** Where the touchpoints came from, for the message: "Touchpoints!A1:I8". */
  readonly touchpointsSource: string;
}

export function linkProjects<Touchpoint extends Pick<TouchpointRow, 'touchpoint'>>(
  projects: readonly LinkingProject[],
  touchpoints: readonly Touchpoint[],
  place: LinkPlace,
  locale: OutputLocale = 'en',
): ProjectLinks<Touchpoint> {
  const texts = PROBLEM_TEXTS[locale];
  const byName = new Map<string, Touchpoint[]>();
  const knownNames: string[] = [];
  for (const row of touchpoints) {
    const key = matchKey(row.touchpoint);
    const rows = byName.get(key);
    if (rows) rows.push(row);
    else {
      byName.set(key, [row]);
      knownNames.push(row.touchpoint);
    }
  }
  const problems: TableProblem[] = [];
  const linked = projects.map((project) => {
    for (const name of project.touchpoints) {
      if (byName.has(matchKey(name))) continue;
      const suggestion = knownNames.length === 0 ? texts.noTouchpointsKnown : texts.closestKnown([[name, closestName(name, knownNames)]]);
      problems.push({
        sheet: place.sheet,
        row: project.sheetRow,
        column: place.touchpointsColumn === undefined ? undefined : columnLetter(place.touchpointsColumn),
        header: place.touchpointsHeader ?? PROJECTS_SCHEMAS[locale].columns.touchpoints.name,
        value: JSON.stringify(name),
        problem: `${texts.notTouchpoints(1, place.touchpointsSource)}${suggestion}`,
        allowed: texts.touchpointNamesFrom(place.touchpointsSource),
      });
    }
    return project.touchpoints.flatMap((name) => byName.get(matchKey(name)) ?? []);
  });
  return { linked, problems };
}
