import type { InvalidTables } from '../src/addon/buildResult';
import type { SidebarContext } from '../src/addon/sourceDetection';
import type { SourceKind } from '../src/core/sources/sourceKinds';
import { byId, el, fill } from './dom';
import { BuiltSummary, builtCard, problemsCard } from './results';
import { server } from './server';
import { buildSource, defaultPick, refreshedPick, SELECTION, sourceCard, SourcePick, tabPick, unmappedRequired } from './sources';
import { Lang, TEXTS, Texts } from './texts';

/**
 * The sidebar: finds the user's tables, lets them pick and map them, builds the generated
 * tabs, shows the outcome; English or Polish. State lives here; rendering is from state.
 */
const KINDS: readonly SourceKind[] = ['touchpoints', 'projects', 'responses', 'stakeholders'];

type Outcome =
  | { readonly kind: 'built'; readonly summary: (t: Texts) => BuiltSummary }
  | { readonly kind: 'invalid'; readonly result: InvalidTables }
  | { readonly kind: 'note'; readonly text: (t: Texts) => string };

const state: {
  lang: Lang;
  context?: SidebarContext;
  picks: Partial<Record<SourceKind, SourcePick>>;
  openDetails: Set<SourceKind>;
  busy?: (t: Texts) => string;
  outcome?: Outcome;
  error?: string;
} = { lang: 'en', picks: {}, openDetails: new Set() };

const sourcesBox = byId<HTMLDivElement>('sources');
const resultBox = byId<HTMLDivElement>('result');
const progressBox = byId<HTMLDivElement>('progress');
const progressText = byId<HTMLSpanElement>('progress-text');
const errorBox = byId<HTMLParagraphElement>('error');
const costSplit = byId<HTMLInputElement>('cost-split');
const impactSplit = byId<HTMLInputElement>('impact-split');
const buttons = {
  refresh: byId<HTMLButtonElement>('refresh'),
  grid: byId<HTMLButtonElement>('build-grid'),
  matrix: byId<HTMLButtonElement>('build-matrix'),
  stakeholders: byId<HTMLButtonElement>('build-stakeholders'),
  examples: byId<HTMLButtonElement>('insert-examples'),
  en: byId<HTMLButtonElement>('lang-en'),
  pl: byId<HTMLButtonElement>('lang-pl'),
};

/** google.script.run fails with an Error-like object; show its message, not "Error: …". */
function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

function texts(): Texts {
  return TEXTS[state.lang];
}

/** Static labels carry data-t="key" in index.html. */
function renderStaticTexts(t: Texts): void {
  document.documentElement.lang = state.lang;
  document.querySelectorAll<HTMLElement>('[data-t]').forEach((node) => {
    const value = (t as unknown as Record<string, unknown>)[node.dataset.t!];
    if (typeof value === 'string') node.textContent = value;
  });
  buttons.en.setAttribute('aria-pressed', String(state.lang === 'en'));
  buttons.pl.setAttribute('aria-pressed', String(state.lang === 'pl'));
}

function render(): void {
  const t = texts();
  renderStaticTexts(t);
  const context = state.context;
  if (!context) {
    fill(sourcesBox, el('p', { className: 'hint', text: t.loading }));
  } else {
    fill(sourcesBox, ...KINDS.map((kind) => sourceCard(kind, context, state.picks[kind] ?? defaultPick(context, kind), state.openDetails.has(kind), t, state.lang, cardEvents)));
  }
  progressBox.hidden = !state.busy;
  progressText.textContent = state.busy ? state.busy(t) : '';
  for (const button of [buttons.refresh, buttons.grid, buttons.matrix, buttons.stakeholders, buttons.examples]) button.disabled = !!state.busy;
  costSplit.placeholder = t.splitPlaceholder;
  impactSplit.placeholder = t.splitPlaceholder;
  const outcome = state.outcome;
  fill(
    resultBox,
    !outcome ? null
      : outcome.kind === 'built' ? builtCard(outcome.summary(t), t, (name) => void openTab(name))
      : outcome.kind === 'invalid' ? problemsCard(outcome.result, t, state.lang)
      : el('div', { className: 'result note', attrs: { role: 'status' } }, el('p', { className: 'result-text', text: outcome.text(t) })),
  );
  errorBox.hidden = state.error === undefined;
  errorBox.textContent = state.error ?? '';
}

/** Runs one server call with progress shown and the buttons disabled; errors go to the error line. */
async function busyWith<T>(label: (t: Texts) => string, call: () => Promise<T>): Promise<T | undefined> {
  state.busy = label;
  state.error = undefined;
  render();
  try {
    return await call();
  } catch (error) {
    state.error = errorMessage(error);
    return undefined;
  } finally {
    state.busy = undefined;
    render();
  }
}

async function loadContext(): Promise<void> {
  const context = await busyWith((t) => t.loading, () => server.getSidebarContext());
  if (!context) return;
  if (!state.context) state.lang = context.locale;
  state.context = context;
  for (const kind of KINDS) state.picks[kind] = refreshedPick(context, kind, state.picks[kind]);
  render();
}

const cardEvents = {
  pickChanged(kind: SourceKind, value: string): void {
    void (async () => {
      const context = state.context!;
      const known = context.sources.find((s) => s.kind === kind && tabPick(s.sheet) === value);
      if (value === '' || known) {
        state.picks[kind] = { value, detection: known, mapping: {} };
        return render();
      }
      const tab = value === SELECTION ? undefined : value.slice(tabPick('').length);
      state.picks[kind] = { value, mapping: {} };
      const detection = await busyWith((t) => t.loading, () => (tab === undefined ? server.detectSource(kind) : server.detectSource(kind, tab)));
      state.picks[kind] = { value, detection, mapping: {} };
      render();
    })();
  },
  mappingChanged(kind: SourceKind, key: string, column: string): void {
    const pick = state.picks[kind]!;
    const mapping = { ...pick.mapping };
    if (column === '') delete mapping[key];
    else mapping[key] = column;
    state.picks[kind] = { ...pick, mapping };
    state.openDetails.add(kind);
    render();
  },
  detailsToggled(kind: SourceKind, open: boolean): void {
    if (open) state.openDetails.add(kind);
    else state.openDetails.delete(kind);
  },
};

/** Says what is missing before a build instead of letting the server fail on it. */
function readyPick(kind: SourceKind): SourcePick | undefined {
  const pick = state.picks[kind];
  if (!pick || pick.value === '') {
    state.outcome = { kind: 'note', text: (tt) => tt.needsSource(tt.kinds[kind]) };
    render();
    return undefined;
  }
  const missing = unmappedRequired(pick);
  if (missing.length > 0) {
    state.outcome = { kind: 'note', text: (tt) => tt.needsColumns(missing) };
    state.openDetails.add(kind);
    render();
    return undefined;
  }
  return pick;
}

async function buildGrid(): Promise<void> {
  const pick = readyPick('touchpoints');
  if (!pick) return;
  state.outcome = undefined;
  const result = await busyWith((t) => t.buildingGrid, () => server.buildValuationGrid({ ...buildSource(pick), locale: state.lang }));
  if (!result) return;
  state.outcome = result.ok
    ? { kind: 'built', summary: (t) => ({ tabName: result.tabName, replaced: result.replaced, source: result.source, lines: t.gridCounts(result.counts), warnings: result.warnings }) }
    : { kind: 'invalid', result };
  await loadContext();
}

/** An optional split value: blank means the median; anything else must be a number. */
function splitValue(input: HTMLInputElement): number | undefined {
  return input.value.trim() === '' || !Number.isFinite(input.valueAsNumber) ? undefined : input.valueAsNumber;
}

async function buildMatrix(): Promise<void> {
  const projects = readyPick('projects');
  if (!projects) return;
  const touchpoints = state.picks.touchpoints;
  const projectsBuild = buildSource(projects);
  // Touchpoints are read only for computed impacts and name checks: send the pick when there is one.
  const touchpointsBuild = touchpoints && touchpoints.value !== '' ? buildSource(touchpoints) : { mapping: {} };
  state.outcome = undefined;
  const result = await busyWith((t) => t.buildingMatrix, () =>
    server.buildCostSatisfactionMatrix({
      projectsSource: projectsBuild.source,
      projectsMapping: projectsBuild.mapping,
      touchpointsSource: touchpointsBuild.source,
      touchpointsMapping: touchpointsBuild.mapping,
      costSplit: splitValue(costSplit),
      impactSplit: splitValue(impactSplit),
      locale: state.lang,
    }),
  );
  if (!result) return;
  state.outcome = result.ok
    ? { kind: 'built', summary: (t) => ({ tabName: result.tabName, replaced: result.replaced, source: result.source, lines: [...t.matrixCounts(result.counts), t.splitLines(result.splits)], warnings: result.warnings }) }
    : { kind: 'invalid', result };
  await loadContext();
}

async function buildStakeholderMap(): Promise<void> {
  const pick = readyPick('stakeholders');
  if (!pick) return;
  state.outcome = undefined;
  const result = await busyWith((t) => t.buildingStakeholders, () => server.buildStakeholderMap({ ...buildSource(pick), locale: state.lang }));
  if (!result) return;
  state.outcome = result.ok
    ? { kind: 'built', summary: (t) => ({ tabName: result.tabName, replaced: result.replaced, source: result.source, lines: t.stakeholderCounts(result.counts), warnings: result.warnings }) }
    : { kind: 'invalid', result };
  await loadContext();
}

async function insertExamples(): Promise<void> {
  state.outcome = undefined;
  const inserted = await busyWith((t) => t.inserting, () => server.insertExampleTabs({ locale: state.lang }));
  if (!inserted) return;
  state.outcome = { kind: 'note', text: (t) => t.inserted(Object.values(inserted.tabs)) };
  // The new tabs are the ones to build from: forget picks of other tabs.
  state.picks = {};
  await loadContext();
}

async function openTab(name: string): Promise<void> {
  try {
    await server.activateTab(name);
  } catch (error) {
    state.error = errorMessage(error);
    render();
  }
}

function setLang(lang: Lang): void {
  state.lang = lang;
  render();
}

buttons.refresh.addEventListener('click', () => void loadContext());
buttons.grid.addEventListener('click', () => void buildGrid());
buttons.matrix.addEventListener('click', () => void buildMatrix());
buttons.stakeholders.addEventListener('click', () => void buildStakeholderMap());
buttons.examples.addEventListener('click', () => void insertExamples());
buttons.en.addEventListener('click', () => setLang('en'));
buttons.pl.addEventListener('click', () => setLang('pl'));
render();
void loadContext();
