import { closestName } from '../tables/closestName';
import { columnLetter } from '../tabs/columnLetters';
import { matchKey } from '../tables/matchKey';
import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS } from '../tables/problemTexts';
import { PROJECTS_SCHEMAS } from './projectsTable';
import { ProjectRow } from './projectsTable';
import { TableProblem } from '../tables/tableProblem';
import { TouchpointRow } from '../journey/touchpointsTable';

/**
 * Links each project to the touchpoints it lifts (DESIGN §3): a name in the project's
 * Touchpoints cell matches a touchpoint by matchKey (no case, accents or punctuation). A
 * name shared by touchpoints on several paths links all of them: the project lifts the
 * moment on every path. A name that matches no touchpoint is a problem of its row, listing
 * every unknown name of the row with the closest known one, so a typo is fixed in one go.
 * The problem is worded in the locale asked for (English by default).
 */
export interface ProjectLinks {
  /** Per project, in the order given: the touchpoint rows it lifts (possibly several per name). */
  readonly linked: readonly (readonly TouchpointRow[])[];
  readonly problems: readonly TableProblem[];
}

export interface LinkPlace {
  /** The Projects sheet and the sheet column of its Touchpoints column. */
  readonly sheet: string;
  readonly touchpointsColumn?: number;
  readonly touchpointsHeader?: string;
  /** Where the touchpoints came from, for the message: "Touchpoints!A1:I8". */
  readonly touchpointsSource: string;
}

export function linkProjects(projects: readonly ProjectRow[], touchpoints: readonly TouchpointRow[], place: LinkPlace, locale: OutputLocale = 'en'): ProjectLinks {
  const texts = PROBLEM_TEXTS[locale];
  const byName = new Map<string, TouchpointRow[]>();
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
    const unknown = project.touchpoints.filter((name) => !byName.has(matchKey(name)));
    if (unknown.length > 0) {
      const closest = unknown.map((name) => [name, closestName(name, knownNames)] as const);
      const suggestions = knownNames.length === 0 ? texts.noTouchpointsKnown : texts.closestKnown(closest);
      problems.push({
        sheet: place.sheet,
        row: project.sheetRow,
        column: place.touchpointsColumn === undefined ? undefined : columnLetter(place.touchpointsColumn),
        header: place.touchpointsHeader ?? PROJECTS_SCHEMAS[locale].columns.touchpoints.name,
        value: unknown.map((name) => JSON.stringify(name)).join(', '),
        problem: `${texts.notTouchpoints(unknown.length, place.touchpointsSource)}${suggestions}`,
        allowed: texts.touchpointNamesFrom(place.touchpointsSource),
      });
    }
    return project.touchpoints.flatMap((name) => byName.get(matchKey(name)) ?? []);
  });
  return { linked, problems };
}
