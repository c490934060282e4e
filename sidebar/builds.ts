import type { InvalidTables } from '../src/addon/buildResult';
import type { SidebarContext } from '../src/addon/sourceDetection';
import type { SourceKind } from '../src/core/sources/sourceKinds';
import type { BuiltSummary } from './results';
import { server } from './server';
import { ComparisonPicks, comparisonSummary, datedCopySummary, fillComparisonSelect, refreshedComparisonPicks } from './reverification';
import { buildSource, SourcePick } from './sources';
import { Lang, Texts } from './texts';

/**
 * The generated tabs the sidebar builds, one card each (`<div class="build-card"
 * data-build="id">` in index.html). A card's button is primary once every table it
 * `needs` is picked and mapped, secondary before; its outcome — built, its problems, or a
 * note — shows inside the card, which turns green or red. main.ts handles every card the
 * same way, so a new generated tab is one entry here plus its card in index.html and its
 * name and hint in `texts.builds`. A card with inputs of its own (the comparison's Before
 * and Now) sets them up in `setup` and redraws them in `render`; a second button of a card
 * (`.build-more[data-action]`, Save a dated copy) is one of its `more` actions.
 */
export type BuildOutcome =
  /** `badge`: what the card's badge says instead of "Built" (a dated copy is saved, not a tab built). */
  | { readonly kind: 'built'; readonly summary: (t: Texts) => BuiltSummary; readonly badge?: (t: Texts) => string }
  | { readonly kind: 'invalid'; readonly result: InvalidTables }
  | { readonly kind: 'note'; readonly text: (t: Texts) => string };

export interface BuildInput {
  /** The user's pick of a kind of table, when there is one (it may still need mapping). */
  pick(kind: SourceKind): SourcePick | undefined;
  readonly lang: Lang;
  /** The card, for inputs of its own (the matrix's split lines). */
  readonly card: HTMLElement;
}

export interface BuildAction {
  busy(t: Texts): string;
  run(input: BuildInput): Promise<BuildOutcome>;
}

export interface BuildSpec extends BuildAction {
  /** The card's data-build. */
  readonly id: string;
  /** Tables that must be picked and mapped before the build can run. */
  readonly needs: readonly SourceKind[];
  /** The card's other buttons, by their data-action; their outcome shows in the same card. */
  readonly more?: Readonly<Record<string, BuildAction>>;
  /** Once, when the sidebar starts: listeners on the card's own inputs, which call `changed` to redraw. */
  setup?(card: HTMLElement, changed: () => void): void;
  /** On every render, first: the card's own inputs, from the tables the server found (none yet: undefined). */
  render?(card: HTMLElement, context: SidebarContext | undefined, t: Texts): void;
  /** What the card's own inputs still need (its badge while waiting), or undefined when they are set. */
  waiting?(t: Texts): string | undefined;
}

/** An optional split value: blank means the median; anything else must be a number. */
function splitValue(input: HTMLInputElement | null): number | undefined {
  if (!input || input.value.trim() === '' || !Number.isFinite(input.valueAsNumber)) return undefined;
  return input.valueAsNumber;
}

/** A picked table's source, or nothing (the server then looks for its default tab). */
function optionalSource(pick: SourcePick | undefined): ReturnType<typeof buildSource> {
  return pick && pick.value !== '' ? buildSource(pick) : { mapping: {} };
}

/**
 * The Re-verification card's Before and Now (tab names; "" for none): the server's pair
 * until the user picks, kept across refreshes while the tabs are there.
 */
const comparison: { picks?: ComparisonPicks; context?: SidebarContext } = {};

const compareSelect = (card: HTMLElement, side: keyof ComparisonPicks) => card.querySelector<HTMLSelectElement>(`#compare-${side}`)!;

/** The column mapping chosen on the Touchpoints card: a dated copy has the same columns, so it serves both tables. */
function touchpointsMapping(pick: SourcePick | undefined): Record<string, string> | undefined {
  const mapping = pick?.mapping ?? {};
  return Object.keys(mapping).length === 0 ? undefined : { ...mapping };
}

export const BUILDS: readonly BuildSpec[] = [
  {
    id: 'grid',
    needs: ['touchpoints'],
    busy: (t) => t.buildingGrid,
    async run({ pick, lang }) {
      const result = await server.buildValuationGrid({ ...buildSource(pick('touchpoints')!), locale: lang });
      if (!result.ok) return { kind: 'invalid', result };
      return {
        kind: 'built',
        summary: (t) => ({ tabName: result.tabName, replaced: result.replaced, source: result.source, lines: t.gridCounts(result.counts), warnings: result.warnings }),
      };
    },
  },
  {
    id: 'matrix',
    needs: ['projects'],
    busy: (t) => t.buildingMatrix,
    async run({ pick, lang, card }) {
      const projects = buildSource(pick('projects')!);
      // Touchpoints are read only for computed impacts and name checks: send the pick when there is one.
      const touchpoints = optionalSource(pick('touchpoints'));
      const result = await server.buildCostSatisfactionMatrix({
        projectsSource: projects.source,
        projectsMapping: projects.mapping,
        touchpointsSource: touchpoints.source,
        touchpointsMapping: touchpoints.mapping,
        costSplit: splitValue(card.querySelector<HTMLInputElement>('#cost-split')),
        impactSplit: splitValue(card.querySelector<HTMLInputElement>('#impact-split')),
        locale: lang,
      });
      if (!result.ok) return { kind: 'invalid', result };
      return {
        kind: 'built',
        summary: (t) => ({
          tabName: result.tabName,
          replaced: result.replaced,
          source: result.source,
          lines: [...t.matrixCounts(result.counts), t.splitLines(result.splits)],
          warnings: result.warnings,
        }),
      };
    },
  },
  {
    id: 'stakeholders',
    needs: ['stakeholders'],
    busy: (t) => t.buildingStakeholders,
    async run({ pick, lang }) {
      const result = await server.buildStakeholderMap({ ...buildSource(pick('stakeholders')!), locale: lang });
      if (!result.ok) return { kind: 'invalid', result };
      return {
        kind: 'built',
        summary: (t) => ({ tabName: result.tabName, replaced: result.replaced, source: result.source, lines: t.stakeholderCounts(result.counts), warnings: result.warnings }),
      };
    },
  },
  {
    // Compare valuations (DESIGN §4): Before and Now are picked on the card, not among "Your tables".
    id: 'reverify',
    needs: [],
    busy: (t) => t.comparing,
    async run({ pick, lang }) {
      const picks = comparison.picks ?? { before: '', now: '' };
      if (picks.before === '') return { kind: 'note', text: (t) => t.needsBefore };
      if (picks.now === '') return { kind: 'note', text: (t) => t.needsNow };
      const mapping = touchpointsMapping(pick('touchpoints'));
      const result = await server.buildReverification({
        beforeSource: { kind: 'tab', name: picks.before },
        nowSource: { kind: 'tab', name: picks.now },
        beforeMapping: mapping,
        nowMapping: mapping,
        locale: lang,
      });
      if (!result.ok) return { kind: 'invalid', result };
      return { kind: 'built', summary: (t) => comparisonSummary(result, t) };
    },
    more: {
      datedCopy: {
        busy: (t) => t.saving,
        async run({ lang }) {
          const now = comparison.picks?.now ?? '';
          if (now === '') return { kind: 'note', text: (t) => t.needsNow };
          const result = await server.saveDatedCopy({ source: now, locale: lang });
          if (!result.ok) return { kind: 'invalid', result };
          return { kind: 'built', summary: (t) => datedCopySummary(result, t), badge: (t) => t.savedBadge };
        },
      },
    },
    waiting: (t) => (comparison.picks?.before && comparison.picks.now ? undefined : t.needsComparison),
    setup(card, changed) {
      for (const side of ['before', 'now'] as const) {
        compareSelect(card, side).addEventListener('change', (event) => {
          comparison.picks = { ...(comparison.picks ?? { before: '', now: '' }), [side]: (event.target as HTMLSelectElement).value };
          changed();
        });
      }
    },
    render(card, context, t) {
      if (!context) return;
      // A fresh context (a refresh, a build): keep the picks whose tabs are still there.
      if (context !== comparison.context) {
        comparison.picks = refreshedComparisonPicks(context, comparison.picks);
        comparison.context = context;
      }
      for (const side of ['before', 'now'] as const) fillComparisonSelect(compareSelect(card, side), side, context, comparison.picks![side], t);
    },
  },
  {
    id: 'report',
    needs: ['responses'],
    busy: (t) => t.buildingReport,
    async run({ pick, lang, card }) {
      const responses = buildSource(pick('responses')!);
      // Touchpoints (for the valuation check) and Themes as their cards have them, picked and mapped.
      const touchpoints = optionalSource(pick('touchpoints'));
      const themes = optionalSource(pick('themes'));
      const period = card.querySelector<HTMLSelectElement>('#report-period')?.value;
      const scale = Number(card.querySelector<HTMLSelectElement>('#report-scale')?.value ?? '5');
      const result = await server.buildSurveyReport({
        source: responses.source,
        mapping: responses.mapping,
        touchpointsSource: touchpoints.source,
        touchpointsMapping: touchpoints.mapping,
        themesSource: themes.source,
        themesMapping: themes.mapping,
        period: period === 'week' || period === 'quarter' ? period : 'month',
        scale: scale === 7 || scale === 10 ? scale : 5,
        locale: lang,
      });
      if (!result.ok) return { kind: 'invalid', result };
      return {
        kind: 'built',
        summary: (t) => ({ tabName: result.tabName, replaced: result.replaced, source: result.source, lines: t.reportCounts(result), warnings: result.warnings }),
      };
    },
  },
];
