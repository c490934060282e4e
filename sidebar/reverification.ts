import type { DatedCopySaved } from '../src/addon/datedCopy';
import type { ReverificationBuilt } from '../src/addon/reverificationBuild';
import type { SidebarContext } from '../src/addon/sourceDetection';
import { el, option } from './dom';
import { BuiltSummary } from './results';
import { Texts } from './texts';

/**
 * Compare valuations and Save a dated copy (DESIGN §4): which two Touchpoints tables the
 * comparison reads — the dated ones ("Touchpoints 2025") offered first as Before, latest
 * first; the current ones first as Now — and what a comparison or a copy says it did.
 */
export interface ComparisonPicks {
  /** Tab names; "" for none. */
  readonly before: string;
  readonly now: string;
}

/** The pair the server would take: the latest dated Touchpoints tab, and the current one. */
export function defaultComparisonPicks(context: SidebarContext): ComparisonPicks {
  return { before: context.reverification.before ?? '', now: context.reverification.now ?? '' };
}

/** Keeps each pick across a refresh while its tab is still there; a new dated copy becomes Before only by default. */
export function refreshedComparisonPicks(context: SidebarContext, previous: ComparisonPicks | undefined): ComparisonPicks {
  const fresh = defaultComparisonPicks(context);
  if (!previous) return fresh;
  const kept = (name: string, fallback: string) => (name !== '' && context.tabs.includes(name) ? name : fallback);
  return { before: kept(previous.before, fresh.before), now: kept(previous.now, fresh.now) };
}

/**
 * The options of one dropdown: for Before the dated Touchpoints tables, then the current
 * ones; for Now the other way round; then every other tab. The chosen tab stays listed
 * even when it is none of these.
 */
export function fillComparisonSelect(select: HTMLSelectElement, side: keyof ComparisonPicks, context: SidebarContext, value: string, t: Texts): void {
  const { earlier, current } = context.reverification;
  const groups: [string, readonly string[]][] = side === 'before' ? [[t.datedTables, earlier], [t.currentTables, current]] : [[t.currentTables, current], [t.datedTables, earlier]];
  const listed = new Set([...earlier, ...current]);
  groups.push([t.otherTabs, context.tabs.filter((name) => !listed.has(name))]);
  select.replaceChildren(option('', t.noTable, value === ''));
  for (const [label, names] of groups) {
    if (names.length === 0) continue;
    const group = el('optgroup', { attrs: { label } });
    for (const name of names) group.appendChild(option(name, name, name === value));
    select.appendChild(group);
  }
  if (value !== '' && !context.tabs.includes(value)) select.appendChild(option(value, value, true));
}

export function comparisonSummary(result: ReverificationBuilt, t: Texts): BuiltSummary {
  return { tabName: result.tabName, replaced: result.replaced, source: result.source, lines: t.compareCounts(result.counts, result.differentiatorsLost), warnings: result.warnings };
}

export function datedCopySummary(result: DatedCopySaved, t: Texts): BuiltSummary {
  return {
    tabName: result.tabName,
    replaced: false,
    source: result.source,
    title: t.savedCopy(result.tabName),
    lines: [t.keepValuing(result.source)],
    warnings: result.nameTakenBy === undefined ? [] : [t.copyNameTaken(result.nameTakenBy, result.tabName)],
  };
}
