import type { SidebarContext } from '../src/addon/sourceDetection';
import type { SourceKind } from '../src/core/sources/sourceKinds';
import { BuildAction, BuildOutcome, BuildSpec, BUILDS } from './builds';
import { byId, fill } from './dom';
import { builtCard, noteCard, ProblemPlace, problemsCard } from './results';
import { server } from './server';
import { columnName, defaultPick, isReady, pickedTab, refreshedPick, SELECTION, sourceCard, SourcePick, tabPick, unmappedRequired } from './sources';
import { Lang, TEXTS, Texts } from './texts';

/**
 * The sidebar: finds the user's tables, lets them pick and map them, builds the generated
 * tabs (a card each, sidebar/builds.ts), shows the outcome; English or Polish. State lives
 * here; rendering is from state.
 *
 * The first minute: while the spreadsheet has no table at all, "Start here" comes first
 * and its "Insert example tabs" is the one primary button; each table lists the columns it
 * needs, and a build's button stays secondary until the tables it needs are there.
 */
/** The kinds of table in the order the server lists them; these three until it answers. */
function kinds(): SourceKind[] {
  return state.context ? (Object.keys(state.context.kinds) as SourceKind[]) : ['touchpoints', 'projects', 'responses'];
}

const state: {
  lang: Lang;
  context?: SidebarContext;
  picks: Partial<Record<SourceKind, SourcePick>>;
  openDetails: Set<SourceKind>;
  busy?: (t: Texts) => string;
  /** The last outcome of each build card, by its id. */
  outcomes: Partial<Record<string, BuildOutcome>>;
  /** What "Insert example tabs" / "Create empty tables" last said. */
  startNote?: (t: Texts) => string;
  error?: string;
} = { lang: 'en', picks: {}, openDetails: new Set(), outcomes: {} };

const sourcesBox = byId<HTMLDivElement>('sources');
const progressBox = byId<HTMLDivElement>('progress');
const progressText = byId<HTMLSpanElement>('progress-text');
const errorBox = byId<HTMLParagraphElement>('error');
const start = {
  section: byId<HTMLElement>('start'),
  title: byId<HTMLElement>('start-title'),
  text: byId<HTMLElement>('start-text'),
  result: byId<HTMLDivElement>('start-result'),
};
const buttons = {
  refresh: byId<HTMLButtonElement>('refresh'),
  examples: byId<HTMLButtonElement>('insert-examples'),
  emptyTables: byId<HTMLButtonElement>('create-tables'),
  en: byId<HTMLButtonElement>('lang-en'),
  pl: byId<HTMLButtonElement>('lang-pl'),
};

/** Each build card of index.html with its spec; a card without a spec is a bug in the page. */
const cards = BUILDS.map((spec) => {
  const card = document.querySelector<HTMLElement>(`.build-card[data-build="${spec.id}"]`);
  if (!card) throw new Error(`sidebar: the card of the "${spec.id}" build is missing from index.html`);
  const part = <T extends HTMLElement>(selector: string) => card.querySelector<T>(selector)!;
  // A card's other buttons (Save a dated copy), each with its action in the spec.
  const more = [...card.querySelectorAll<HTMLButtonElement>('.build-more')].map((button) => {
    const action = spec.more?.[button.dataset.action ?? ''];
    if (!action) throw new Error(`sidebar: the "${spec.id}" build has no action "${button.dataset.action}" for a button of its card`);
    return { button, action };
  });
  return { spec, card, name: part('.build-name'), badge: part('.badge'), hint: part('.build-hint'), button: part<HTMLButtonElement>('.build-button'), more, result: part<HTMLDivElement>('.build-result') };
});

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
  buttons.en.parentElement?.setAttribute('aria-label', t.language);
  buttons.en.setAttribute('aria-pressed', String(state.lang === 'en'));
  buttons.pl.setAttribute('aria-pressed', String(state.lang === 'pl'));
}

/** Problems the last builds found, per tab: the source card of that tab turns red. */
function problemsByTab(): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const outcome of Object.values(state.outcomes)) {
    if (outcome?.kind !== 'invalid') continue;
    for (const p of outcome.result.problems) {
      // Two builds reading one table report its problems twice: count each once.
      if (seen.has(p.message)) continue;
      seen.add(p.message);
      counts.set(p.sheet, (counts.get(p.sheet) ?? 0) + 1);
    }
  }
  return counts;
}

const problemEvents = {
  canShow: (sheet: string) => state.context?.tabs.includes(sheet) ?? false,
  show: (place: ProblemPlace) => void showPlace(place),
};

function renderStart(t: Texts, noTables: boolean): void {
  // No table yet: "Start here" first, one primary button. Later: a quiet "New here?" below.
  start.section.classList.toggle('first', noTables);
  start.title.textContent = noTables ? t.startTitle : t.newHere;
  start.text.textContent = noTables ? t.startText : t.newHereText;
  buttons.examples.className = `${noTables ? 'action' : 'secondary'} wide`;
  fill(start.result, state.startNote ? noteCard(state.startNote(t)) : null);
}

function renderCards(t: Texts): void {
  for (const { spec, card, name, badge, hint, button, more, result } of cards) {
    const words = t.builds[spec.id];
    name.textContent = words?.name ?? spec.id;
    hint.textContent = words?.hint ?? '';
    spec.render?.(card, state.context, t);
    const missing = spec.needs.filter((kind) => !isReady(state.picks[kind]));
    const waiting = missing.length > 0 ? t.needsKind(missing.map((kind) => t.kinds[kind] ?? kind)) : spec.waiting?.(t);
    const outcome = state.outcomes[spec.id];
    const status = outcome?.kind === 'invalid' ? 'failed' : outcome?.kind === 'built' ? 'built' : waiting !== undefined ? 'waiting' : 'ready';
    card.dataset.status = status;
    badge.className = `badge ${{ failed: 'bad', built: 'ok', waiting: 'none', ready: 'ready' }[status]}`;
    badge.textContent =
      status === 'failed' && outcome?.kind === 'invalid' ? t.problemsBadge(outcome.result.problems.length)
      : status === 'built' && outcome?.kind === 'built' ? (outcome.badge?.(t) ?? t.builtBadge)
      : status === 'waiting' ? waiting!
      : t.canBuild;
    // Primary once its tables are there, unless "Start here" holds the one primary button.
    button.className = `${waiting === undefined ? 'action' : 'secondary'} wide build-button`;
    button.disabled = !!state.busy;
    for (const extra of more) extra.button.disabled = !!state.busy;
    fill(
      result,
      !outcome ? null
        : outcome.kind === 'built' ? builtCard(outcome.summary(t), t, (tab) => void openTab(tab))
        : outcome.kind === 'invalid' ? problemsCard(outcome.result, t, problemEvents)
        : noteCard(outcome.text(t)),
    );
  }
}

function render(): void {
  const t = texts();
  renderStaticTexts(t);
  const context = state.context;
  const problems = problemsByTab();
  if (!context) {
    fill(sourcesBox, noteCard(t.loading));
  } else {
    fill(sourcesBox, ...kinds().map((kind) => {
      const pick = state.picks[kind] ?? defaultPick(context, kind);
      const tab = pickedTab(pick);
      return sourceCard(kind, context, pick, state.openDetails.has(kind), t, state.lang, cardEvents, tab === undefined ? 0 : problems.get(tab) ?? 0);
    }));
  }
  renderStart(t, !!context && context.sources.length === 0);
  renderCards(t);
  progressBox.hidden = !state.busy;
  progressText.textContent = state.busy ? state.busy(t) : '';
  for (const button of [buttons.refresh, buttons.examples, buttons.emptyTables]) button.disabled = !!state.busy;
  for (const input of document.querySelectorAll<HTMLInputElement>('.split input')) input.placeholder = t.splitPlaceholder;
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
  for (const kind of kinds()) state.picks[kind] = refreshedPick(context, kind, state.picks[kind]);
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

/** Says what is missing before a build instead of letting the server fail on it; undefined when nothing is. */
function missingNote(kind: SourceKind): BuildOutcome | undefined {
  const pick = state.picks[kind];
  if (!pick || pick.value === '') {
    const required = (state.context?.kinds[kind] ?? []).filter((c) => c.required);
    return { kind: 'note', text: (t) => t.needsTable(t.kinds[kind] ?? kind, required.map((c) => columnName(c.name, state.lang))) };
  }
  const missing = unmappedRequired(pick);
  if (missing.length > 0) {
    state.openDetails.add(kind);
    return { kind: 'note', text: (t) => t.needsColumns(missing.map((name) => columnName(name, state.lang))) };
  }
  return undefined;
}

async function runBuild(spec: BuildSpec, card: HTMLElement, action: BuildAction = spec): Promise<void> {
  const note = spec.needs.map(missingNote).find((n) => n !== undefined);
  if (note) {
    state.outcomes[spec.id] = note;
    return render();
  }
  state.outcomes[spec.id] = undefined;
  const outcome = await busyWith(action.busy, () => action.run({ pick: (kind) => state.picks[kind], lang: state.lang, card }));
  if (!outcome) return;
  state.outcomes[spec.id] = outcome;
  await loadContext();
}

/** After new tabs were added: build from them, whatever was picked before (issue 13). */
function pickTabs(tabs: Readonly<Partial<Record<string, string>>>): void {
  for (const kind of kinds()) {
    const name = tabs[kind];
    if (name !== undefined) state.picks[kind] = { value: tabPick(name), mapping: {} };
  }
}

async function insertExamples(): Promise<void> {
  state.startNote = undefined;
  const inserted = await busyWith((t) => t.inserting, () => server.insertExampleTabs({ locale: state.lang }));
  if (!inserted) return;
  state.startNote = (t) => t.inserted(Object.values(inserted.tabs));
  state.outcomes = {};
  pickTabs(inserted.tabs);
  await loadContext();
}

async function createEmptyTables(): Promise<void> {
  state.startNote = undefined;
  const created = await busyWith((t) => t.creating, () => server.createEmptyTables({ locale: state.lang }));
  if (!created) return;
  state.startNote = (t) => t.created(Object.values(created.tabs));
  state.outcomes = {};
  pickTabs(created.tabs);
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

/** A problem's *Show* link: the server selects the cell; nothing is written. */
async function showPlace(place: ProblemPlace): Promise<void> {
  try {
    state.error = undefined;
    await server.showCell(place.sheet, place.a1 ?? null);
  } catch (error) {
    state.error = errorMessage(error);
  }
  render();
}

function setLang(lang: Lang): void {
  state.lang = lang;
  render();
}

buttons.refresh.addEventListener('click', () => void loadContext());
for (const { spec, card, button, more } of cards) {
  spec.setup?.(card, render);
  button.addEventListener('click', () => void runBuild(spec, card));
  for (const extra of more) extra.button.addEventListener('click', () => void runBuild(spec, card, extra.action));
}
buttons.examples.addEventListener('click', () => void insertExamples());
buttons.emptyTables.addEventListener('click', () => void createEmptyTables());
buttons.en.addEventListener('click', () => setLang('en'));
buttons.pl.addEventListener('click', () => setLang('pl'));
render();
void loadContext();
