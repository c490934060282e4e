import { activeSheetName } from '../sheets/activeSheet';
import { buildCostSatisfactionTab, CostSatisfactionOptions, CostSatisfactionResult } from './costSatisfactionBuild';
import { buildValuationGridTab, ValuationGridOptions, ValuationGridResult } from './valuationGridBuild';

/**
 * Everything the sidebar may call through `google.script.run`. The build turns each
 * property into a top-level function, and the sidebar's client is typed by `ServerApi`,
 * so renaming a function here breaks the sidebar's build rather than the user's click.
 */
export const serverApi = {
  /** The name of the tab the user is looking at. */
  getActiveSheetName(): string {
    return activeSheetName();
  },

  /**
   * Builds (or rebuilds) the Valuation grid tab from the Touchpoints table. Returns a
   * summary, or every problem of the table when it is invalid (then nothing is written).
   */
  buildValuationGrid(options?: ValuationGridOptions): ValuationGridResult {
    return buildValuationGridTab(options);
  },

  /**
   * Builds (or rebuilds) the Cost vs satisfaction tab from the Projects table (and the
   * Touchpoints table for computed impacts and name checks). Returns a summary, or every
   * problem of both tables when something is invalid (then nothing is written).
   */
  buildCostSatisfactionMatrix(options?: CostSatisfactionOptions): CostSatisfactionResult {
    return buildCostSatisfactionTab(options);
  },
};

export type ServerApi = typeof serverApi;
