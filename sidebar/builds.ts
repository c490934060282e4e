import type { InvalidTables } from '../src/addon/buildResult';
import type { SourceKind } from '../src/core/sources/sourceKinds';
import type { BuiltSummary } from './results';
import { server } from './server';
import { buildSource, SourcePick } from './sources';
import { Lang, Texts } from './texts';

/**
 * The generated tabs the sidebar builds, one card each (`<div class="build-card"
 * data-build="id">` in index.html). A card's button is primary once every table it
 * `needs` is picked and mapped, secondary before; its outcome — built, its problems, or a
 * note — shows inside the card, which turns green or red. main.ts handles every card the
 * same way, so a new generated tab is one entry here plus its card in index.html and its
 * name and hint in `texts.builds`.
 */
export type BuildOutcome =
  | { readonly kind: 'built'; readonly summary: (t: Texts) => BuiltSummary }
  | { readonly kind: 'invalid'; readonly result: InvalidTables }
  | { readonly kind: 'note'; readonly text: (t: Texts) => string };

export interface BuildInput {
  /** The user's pick of a kind of table, when there is one (it may still need mapping). */
  pick(kind: SourceKind): SourcePick | undefined;
  readonly lang: Lang;
  /** The card, for inputs of its own (the matrix's split lines). */
  readonly card: HTMLElement;
}

export interface BuildSpec {
  /** The card's data-build. */
  readonly id: string;
  /** Tables that must be picked and mapped before the build can run. */
  readonly needs: readonly SourceKind[];
  busy(t: Texts): string;
  run(input: BuildInput): Promise<BuildOutcome>;
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
    id: 'report',
    needs: ['responses'],
    busy: (t) => t.buildingReport,
    async run({ pick, lang, card }) {
      const responses = buildSource(pick('responses')!);
      const period = card.querySelector<HTMLSelectElement>('#report-period')?.value;
      const scale = Number(card.querySelector<HTMLSelectElement>('#report-scale')?.value ?? '5');
      const result = await server.buildSurveyReport({
        source: responses.source,
        mapping: responses.mapping,
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
