import type { InvalidTables, ProblemReport } from '../src/addon/buildResult';
import { el } from './dom';
import { columnName } from './sources';
import { Lang, Texts } from './texts';

/**
 * The outcome of a build as the sidebar shows it: a summary with a link that opens the
 * generated tab, or every problem of the source table, one readable item each (where,
 * the value, what is wrong, what is allowed) — nothing was written then.
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

/** `withSheet`: the problems come from several tabs (Compare valuations reads two), so each says which. */
function problemItem(problem: ProblemReport, t: Texts, lang: Lang, withSheet = false): HTMLElement {
  const place = [
    withSheet && problem.row !== undefined ? problem.sheet : '',
    problem.row !== undefined ? t.row(problem.row) : problem.sheet,
    problem.column !== undefined ? t.column(problem.column) : '',
  ].filter(Boolean).join(', ');
  const header = problem.header !== undefined ? ` (${columnName(problem.header, lang)})` : '';
  return el('li', { className: 'problem' },
    el('div', { className: 'problem-where', text: `${place}${header}` }),
    el('div', { className: 'problem-what' },
      problem.value !== undefined ? el('code', { className: 'problem-value', text: problem.value }) : null,
      el('span', { text: `${problem.value !== undefined ? ' ' : ''}${problem.problem}` })),
    el('div', { className: 'problem-allowed' }, el('span', { className: 'allowed-label', text: `${t.allowed}: ` }), el('span', { text: problem.allowed })),
  );
}

export function problemsCard(result: InvalidTables, t: Texts, lang: Lang): HTMLElement {
  return el('div', { className: 'result failed', attrs: { role: 'alert' } },
    el('p', { className: 'result-title', text: t.notBuilt }),
    el('p', { className: 'result-text', text: t.problemsIn(result.problems.length, result.source ?? result.problems[0]?.sheet ?? '') }),
    el('ol', { className: 'problems' }, ...result.problems.map((p) => problemItem(p, t, lang, new Set(result.problems.map((q) => q.sheet)).size > 1))),
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
