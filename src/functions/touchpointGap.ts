import { touchpointGap, VALUATION_SCALE } from '../core/journey/touchpointValuation';
import { asRows, describeShape, readScores, SheetsArgument } from './sheetsArgument';

/**
 * How far each touchpoint is from its target on the −2..+2 valuation scale: target − current,
 * in the same shape as valuations. Where no target is given the default target applies: 0 for a
 * negative valuation (fix it to what customers expect), otherwise the valuation itself (no gap).
 * A negative result means the touchpoint is over-served. A blank valuation (or text such as
 * "not valued") gives a blank.
 *
 * @param valuations The current valuations, each from −2 to +2, e.g. E2:E.
 * @param targets The target valuations, from −2 to +2, in a range of the same shape as valuations; a blank target means the default.
 * @return The gaps, one per valuation, in the shape of valuations: positive means below target, negative over-served, blank where nothing is valued.
 * @example =TOUCHPOINT_GAP(-2) returns 2 (default target 0)
 * @example =TOUCHPOINT_GAP(1, 2) returns 1 (target +2 for a differentiator)
 * @example =TOUCHPOINT_GAP(2, 0) returns -2 (over-served)
 * @example =TOUCHPOINT_GAP(E2:E20, F2:F20) gives one gap per touchpoint, in a column beside them
 * @throws when a valuation or target is outside −2..+2, or when targets has a different shape from valuations
 * @customfunction
 */
export function TOUCHPOINT_GAP(valuations: SheetsArgument, targets?: SheetsArgument): number | string | Array<Array<number | string>> {
  const current = readScores('TOUCHPOINT_GAP', 'valuations', valuations, VALUATION_SCALE);
  const rowCount = current.rows;
  const columnCount = current.columns;
  let goals: Float64Array | undefined;
  if (targets !== undefined && targets !== null) {
    const targetRows = asRows(targets);
    const targetColumns = targetRows.length === 0 ? 0 : targetRows[0].length;
    if (targetRows.length !== rowCount || targetColumns !== columnCount) {
      throw new Error(
        `TOUCHPOINT_GAP: targets is ${describeShape(targetRows.length, targetColumns)} but valuations is ${describeShape(rowCount, columnCount)}; ` +
          'give one target per valuation (a range of the same shape), or leave targets out for the default',
      );
    }
    goals = readScores('TOUCHPOINT_GAP', 'targets', targetRows, VALUATION_SCALE).values;
  }
  const values = current.values;
  if (!Array.isArray(valuations)) return gapAt(values, goals, 0);
  // One pass; a row literal per row (much faster than `new Array(n)` at a million rows).
  const gaps: Array<Array<number | string>> = new Array(rowCount);
  for (let r = 0, i = 0; r < rowCount; r++) {
    if (columnCount === 1) {
      gaps[r] = [gapAt(values, goals, i++)];
      continue;
    }
    const row: Array<number | string> = [];
    for (let c = 0; c < columnCount; c++) row.push(gapAt(values, goals, i++));
    gaps[r] = row;
  }
  return gaps;
}

/** The gap of cell i: blank when not valued; the default target where no target is set. */
function gapAt(values: Float64Array, goals: Float64Array | undefined, i: number): number | string {
  const valuation = values[i];
  if (valuation !== valuation) return ''; // NaN: not valued
  if (goals === undefined) return touchpointGap(valuation, undefined);
  const target = goals[i];
  return touchpointGap(valuation, target === target ? target : undefined); // NaN: no target set
}
