import type { InvalidTables, ProblemReport } from '../src/addon/buildResult';
import { el } from './dom';
import { Texts } from './texts';

/**
 * The outcome of a build as the sidebar shows it: a summary with a link that opens the
 * generated tab, or every problem of the source tables — nothing was written then.
 *
 * Problems are grouped by tab and column: the group names the tab, the column letter and
 * the user's own header, and says once what the column allows; each row under it says
 * what is wrong with its value and has a *Show* link that selects the cell in the
 * spreadsheet (navigation only).
 */
export interface BuiltSummary {
  readonly tabName: string;
  readonly replaced: boolean;
  /** The card's title when it is not "Built …" / "Rebuilt …" (a saved copy). */
  readonly title?: string;
  readonly source: string;
  readonly lines: readonly string[];
  readonly warnings: readonly string[];
}

/** Where a *Show* link goes: a tab, and in it a cell ("D5"), a column ("D:D") or a row ("5:5"). */
export interface ProblemPlace {
  readonly sheet: string;
  readonly a1?: string;
}

export interface ProblemEvents {
  /** Whether the tab is still there to show. */
  canShow(sheet: string): boolean;
  show(place: ProblemPlace): void;
}

export interface ProblemGroup {
  readonly sheet: string;
  readonly column?: string;
  readonly header?: string;
  readonly allowed: string;
  readonly problems: readonly ProblemReport[];
}

/** The cell, column or row a problem is about, in A1 notation; undefined for the table as a whole. */
export function problemA1(problem: { readonly row?: number; readonly column?: string }): string | undefined {
  if (problem.row !== undefined && problem.column !== undefined) return `${problem.column}${problem.row}`;
  if (problem.column !== undefined) return `${problem.column}:${problem.column}`;
  if (problem.row !== undefined) return `${problem.row}:${problem.row}`;
  return undefined;
}

/**
 * Problems of one tab and column that allow the same thing, together, in the order their
 * first problem comes; a problem about no column stands alone.
 */
export function groupProblems(problems: readonly ProblemReport[]): ProblemGroup[] {
  const groups: (ProblemGroup & { problems: ProblemReport[] })[] = [];
  const byKey = new Map<string, ProblemGroup & { problems: ProblemReport[] }>();
  problems.forEach((p, index) => {
    const key = p.column === undefined ? `#${index}` : JSON.stringify([p.sheet, p.column, p.allowed]);
    const found = byKey.get(key);
    if (found) {
      found.problems.push(p);
      return;
    }
    const group = { sheet: p.sheet, column: p.column, header: p.header, allowed: p.allowed, problems: [p] };
    byKey.set(key, group);
    groups.push(group);
  });
  return groups;
}

function showLink(place: ProblemPlace, label: string, t: Texts, events: ProblemEvents): HTMLElement | null {
  if (!events.canShow(place.sheet)) return null;
  const where = place.a1 === undefined ? place.sheet : `${place.sheet}!${place.a1}`;
  const link = el('a', { className: 'show-link', text: t.show, attrs: { href: '#', role: 'button', title: t.showTitle(where), 'aria-label': `${t.show} ${label}`, 'data-sheet': place.sheet, 'data-a1': place.a1 ?? '' } });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    events.show(place);
  });
  return link;
}

function problemItem(problem: ProblemReport, t: Texts, events: ProblemEvents): HTMLElement {
  const where = problem.row !== undefined ? t.row(problem.row) : '';
  return el('li', { className: 'problem' },
    el('div', { className: 'problem-line' },
      where ? el('span', { className: 'problem-where', text: where }) : null,
      el('span', { className: 'problem-what' },
        problem.value !== undefined ? el('code', { className: 'problem-value', text: problem.value }) : null,
        el('span', { text: `${problem.value !== undefined ? ' ' : ''}${problem.problem}` })),
      showLink({ sheet: problem.sheet, a1: problemA1(problem) }, where || problem.sheet, t, events)),
  );
}

function groupItem(group: ProblemGroup, t: Texts, events: ProblemEvents): HTMLElement {
  // The user's header as they wrote it, never translated: it is how they find the column.
  const title = group.column !== undefined || group.header !== undefined ? t.problemGroup(group.sheet, group.column, group.header) : `${group.sheet} · ${t.wholeTable}`;
  return el('li', { className: 'problem-group', attrs: { 'data-sheet': group.sheet, 'data-column': group.column ?? '' } },
    el('div', { className: 'problem-group-title', text: title }),
    el('ul', { className: 'problem-list' }, ...group.problems.map((p) => problemItem(p, t, events))),
    el('div', { className: 'problem-allowed' }, el('span', { className: 'allowed-label', text: `${t.allowed}: ` }), el('span', { text: group.allowed })),
  );
}

export function problemsCard(result: InvalidTables, t: Texts, events: ProblemEvents): HTMLElement {
  return el('div', { className: 'result failed', attrs: { role: 'alert' } },
    el('p', { className: 'result-title', text: t.notBuilt }),
    el('p', { className: 'result-text', text: t.problemsIn(result.problems.length, result.source ?? result.problems[0]?.sheet ?? '') }),
    el('ol', { className: 'problems' }, ...groupProblems(result.problems).map((g) => groupItem(g, t, events))),
  );
}

export function builtCard(summary: BuiltSummary, t: Texts, openTab: (name: string) => void): HTMLElement {
  const link = el('a', { className: 'open-tab', text: t.open(summary.tabName), attrs: { href: '#', role: 'button' } });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    openTab(summary.tabName);
  });
  return el('div', { className: 'result built', attrs: { role: 'status' } },
    el('p', { className: 'result-title', text: summary.title ?? (summary.replaced ? t.rebuilt(summary.tabName) : t.built(summary.tabName)) }),
    el('p', { className: 'result-source', text: t.from(summary.source) }),
    ...summary.lines.map((line) => el('p', { className: 'result-text', text: line })),
    summary.warnings.length > 0
      ? el('div', { className: 'warnings' }, el('p', { className: 'label', text: t.warnings }), el('ul', {}, ...summary.warnings.map((w) => el('li', { text: w }))))
      : null,
    link,
  );
}

export function noteCard(text: string): HTMLElement {
  return el('div', { className: 'result note', attrs: { role: 'status' } }, el('p', { className: 'result-text', text }));
}
