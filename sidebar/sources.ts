import type { DetectedSource, SidebarContext, TableColumn } from '../src/addon/sourceDetection';
import type { SourceKind } from '../src/core/sources/sourceKinds';
import type { TableSourceChoice } from '../src/sheets/tableSource';
import { el, option } from './dom';
import { COLUMN_NAMES_PL, Lang, Texts } from './texts';

/**
 * The "Your tables" section: per kind of table, which tab (or the selection) it is read
 * from, and the column mapping — what the headers revealed, and a dropdown of the
 * table's headers for each column they did not.
 */
export const SELECTION = 'selection';
const TAB = 'tab:';

export interface SourcePick {
  /** "tab:<name>", "selection", or "" for none. */
  readonly value: string;
  readonly detection?: DetectedSource;
  /** Column letters the user chose, by column key. */
  readonly mapping: Readonly<Record<string, string>>;
}

export function tabPick(name: string): string {
  return TAB + name;
}

/**
 * The default pick of a kind: its complete table first, else the first found, else none;
 * never a dated Touchpoints tab ("Touchpoints 2025": an earlier version kept for
 * re-verification, DESIGN §3), which the user may still pick.
 */
export function defaultPick(context: SidebarContext, kind: SourceKind): SourcePick {
  const found = context.sources.filter((s) => s.kind === kind && !(kind === 'touchpoints' && s.dated !== undefined));
  const best = found.find((s) => s.complete) ?? found[0];
  return best ? { value: tabPick(best.sheet), detection: best, mapping: {} } : { value: '', mapping: {} };
}

/** Keeps the user's pick across a refresh when its tab is still there, with fresh detection. */
export function refreshedPick(context: SidebarContext, kind: SourceKind, previous: SourcePick | undefined): SourcePick {
  if (!previous || previous.value === '' || previous.value === SELECTION) return previous?.value === SELECTION ? previous : defaultPick(context, kind);
  const name = previous.value.slice(TAB.length);
  if (!context.tabs.includes(name)) return defaultPick(context, kind);
  const detection = context.sources.find((s) => s.kind === kind && s.sheet === name) ?? previous.detection;
  return { value: previous.value, detection, mapping: previous.mapping };
}

/** Required columns neither recognised nor mapped: a build would fail on them. */
export function unmappedRequired(pick: SourcePick): string[] {
  return (pick.detection?.columns ?? []).filter((c) => c.required && c.column === undefined && !pick.mapping[c.key]).map((c) => c.name);
}

/** What a build's options say about this pick. */
export function buildSource(pick: SourcePick): { source?: TableSourceChoice; mapping: Record<string, string> } {
  const mapping = { ...pick.mapping };
  if (pick.value === SELECTION) return { source: { kind: 'selection' }, mapping };
  if (pick.value.startsWith(TAB)) return { source: { kind: 'tab', name: pick.value.slice(TAB.length) }, mapping };
  return { mapping };
}

export function columnName(name: string, lang: Lang): string {
  return lang === 'pl' ? COLUMN_NAMES_PL[name] ?? name : name;
}

export interface SourceCardEvents {
  pickChanged(kind: SourceKind, value: string): void;
  mappingChanged(kind: SourceKind, key: string, column: string): void;
  detailsToggled(kind: SourceKind, open: boolean): void;
}

function mappingList(kind: SourceKind, pick: SourcePick, t: Texts, lang: Lang, events: SourceCardEvents): HTMLElement {
  const detection = pick.detection!;
  const list = el('ul', { className: 'mapping' });
  const usedLetters = new Set(detection.columns.map((c) => c.column).filter(Boolean));
  const free = detection.headers.filter((h) => !usedLetters.has(h.column));
  for (const column of detection.columns) {
    const name = el('span', { className: 'col-name', text: columnName(column.name, lang) });
    if (column.column !== undefined) {
      list.appendChild(el('li', { className: 'col found' }, el('span', { className: 'tick', text: '✓', attrs: { 'aria-hidden': 'true' } }), name, el('span', { className: 'col-where', text: `${column.column} · ${column.header ?? ''}` })));
      continue;
    }
    const select = el('select', { className: 'col-select', attrs: { 'data-kind': kind, 'data-key': column.key, 'aria-label': columnName(column.name, lang) } });
    select.appendChild(option('', column.required ? t.chooseColumn : t.notUsed, !pick.mapping[column.key]));
    for (const header of free) select.appendChild(option(header.column, `${header.column} · ${header.header}`, pick.mapping[column.key] === header.column));
    select.addEventListener('change', () => events.mappingChanged(kind, column.key, select.value));
    const missing = column.required && !pick.mapping[column.key];
    list.appendChild(
      el('li', { className: `col ${missing ? 'missing' : 'unmapped'}` },
        el('span', { className: 'tick', text: missing ? '!' : '·', attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'col-name' }, name, el('br'), el('span', { className: 'col-flag', text: column.required ? t.required : t.optional })),
        select),
    );
  }
  return list;
}

/** Whether a build can read this pick as it is: a table chosen, every required column found or mapped. */
export function isReady(pick: SourcePick | undefined): boolean {
  return !!pick && pick.value !== '' && !!pick.detection && unmappedRequired(pick).length === 0;
}

/** The tab a pick reads, when it is a tab. */
export function pickedTab(pick: SourcePick | undefined): string | undefined {
  return pick?.value.startsWith(TAB) ? pick.value.slice(TAB.length) : pick?.value === SELECTION ? pick.detection?.sheet : undefined;
}

/** "Needs the columns Stage, Touchpoint, Valuation. Optional: …": what a table of this kind must have. */
export function columnsNeeded(columns: readonly TableColumn[], t: Texts, lang: Lang): HTMLElement {
  const names = (required: boolean) => columns.filter((c) => c.required === required).map((c) => columnName(c.name, lang));
  const optional = names(false);
  return el('p', { className: 'needs' },
    el('span', { className: 'needs-required', text: t.requiredColumns(names(true)) }),
    optional.length > 0 ? el('span', { className: 'needs-optional', text: ` ${t.optionalColumns(optional)}` }) : null);
}

/**
 * `open`: the user opened the column list; it is open anyway while a required column is
 * unmapped. `problems`: how many problems the last build found in the picked table (the
 * card turns red with them). `columns`: the kind's columns, listed while no table is found.
 */
export function sourceCard(kind: SourceKind, context: SidebarContext, pick: SourcePick, open: boolean, t: Texts, lang: Lang, events: SourceCardEvents, problems = 0): HTMLElement {
  const found = context.sources.filter((s) => s.kind === kind);
  const missing = unmappedRequired(pick);
  const state = !pick.detection ? 'none' : missing.length > 0 ? 'warn' : problems > 0 ? 'bad' : 'ok';
  const badgeText = { ok: t.ready, warn: t.needsMapping, none: t.notFound, bad: t.problemsBadge(problems) }[state];
  const badge = el('span', { className: `badge ${state}`, text: badgeText });

  const select = el('select', { className: 'source-pick', attrs: { 'data-kind': kind, 'aria-label': t.kinds[kind] ?? kind } });
  select.appendChild(option('', t.noTable, pick.value === ''));
  for (const source of found) select.appendChild(option(tabPick(source.sheet), `${source.sheet} · ${t.rows(source.rows)}`, pick.value === tabPick(source.sheet)));
  const others = context.tabs.filter((name) => !found.some((s) => s.sheet === name));
  if (others.length > 0) {
    const group = el('optgroup', { attrs: { label: t.otherTabs } });
    for (const name of others) group.appendChild(option(tabPick(name), name, pick.value === tabPick(name)));
    select.appendChild(group);
  }
  select.appendChild(option(SELECTION, t.selection, pick.value === SELECTION));
  select.addEventListener('change', () => events.pickChanged(kind, select.value));

  const card = el('div', { className: `source ${state}`, attrs: { 'data-kind': kind } },
    el('div', { className: 'source-head' }, el('span', { className: 'source-name', text: t.kinds[kind] ?? kind }), badge),
    el('p', { className: 'hint', text: t.kindHint[kind] ?? '' }),
    !pick.detection && context.kinds[kind] ? columnsNeeded(context.kinds[kind], t, lang) : null,
    select,
  );
  if (pick.detection) {
    const d = pick.detection;
    const details = el('details', { className: 'columns' }, el('summary', { text: `${d.a1} · ${t.columnsFound(d.recognised, d.columns.length)}` }), mappingList(kind, pick, t, lang, events));
    details.open = open || missing.length > 0;
    details.addEventListener('toggle', () => events.detailsToggled(kind, details.open));
    card.appendChild(details);
  }
  return card;
}
