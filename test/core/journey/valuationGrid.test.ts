import fc from 'fast-check';
import { TouchpointRow } from '../../../src/core/journey/touchpointsTable';
import { buildValuationGrid, touchpointAction } from '../../../src/core/journey/valuationGrid';
import { touchpointGap } from '../../../src/core/journey/touchpointValuation';

function row(sheetRow: number, stage: string, touchpoint: string, path: string | undefined, valuation: number | undefined, target?: number, momentOfTruth = false): TouchpointRow {
  return { sheetRow, stage, touchpoint, path, valuation, target, momentOfTruth, effortPoint: false, reach: undefined, owner: undefined };
}

/**
 * A journey worked by hand (target and gap by DESIGN §2, action by §4's first rule that applies):
 *
 *   row stage   touchpoint   path    cur tgt │ target gap action
 *    2  Before  Ad           —        +1  —  │  +1     0  Hold
 *    3  Before  Website      Online   −2  —  │   0    +2  Fix            (moment of truth)
 *    4  Buy     Checkout     Online    0  +2 │  +2    +2  Differentiate
 *    5  Before  Shop window  Store     0  —  │   0     0  Hold           (Before reappears)
 *    6  Buy     Till         Store    +2  +1 │  +1    −1  Over-served
 *    7  After   Returns      —         —  +1 │  +1     —  Not valued     (moment of truth)
 *    8  After   Helpline     Store    −1  −1 │  −1     0  Fix            (current < 0 comes first)
 */
const rows = [
  row(2, 'Before', 'Ad', undefined, 1),
  row(3, 'Before', 'Website', 'Online', -2, undefined, true),
  row(4, 'Buy', 'Checkout', 'Online', 0, 2),
  row(5, 'Before', 'Shop window', 'Store', 0),
  row(6, 'Buy', 'Till', 'Store', 2, 1),
  row(7, 'After', 'Returns', undefined, undefined, 1, true),
  row(8, 'After', 'Helpline', 'Store', -1, -1),
];
const grid = buildValuationGrid(rows);

describe('the valuation grid model (hand-worked journey)', () => {
  it('orders stages by first appearance and touchpoints by row within their stage', () => {
    expect(grid.stages).toEqual(['Before', 'Buy', 'After']);
    expect(grid.touchpoints.map((t) => t.name)).toEqual(['Ad', 'Website', 'Shop window', 'Checkout', 'Till', 'Returns', 'Helpline']);
  });

  it('gives each touchpoint its effective target, gap and action', () => {
    expect(grid.touchpoints.map((t) => [t.name, t.current, t.target, t.gap, t.action])).toEqual([
      ['Ad', 1, 1, 0, 'hold'],
      ['Website', -2, 0, 2, 'fix'],
      ['Shop window', 0, 0, 0, 'hold'],
      ['Checkout', 0, 2, 2, 'differentiate'],
      ['Till', 2, 1, -1, 'overServed'],
      ['Returns', undefined, 1, undefined, 'notValued'],
      ['Helpline', -1, -1, 0, 'fix'],
    ]);
  });

  it('puts a touchpoint with no path on every path', () => {
    expect(grid.paths).toEqual(['Online', 'Store']);
    expect(grid.blocks.map((b) => [b.path, b.touchpoints.map((t) => t.name)])).toEqual([
      ['Online', ['Ad', 'Website', 'Checkout', 'Returns']],
      ['Store', ['Ad', 'Shop window', 'Till', 'Returns', 'Helpline']],
    ]);
  });

  it('summarises levels, stage means, fixes, differentiators and negative moments of truth', () => {
    const s = grid.summary;
    expect(s.touchpoints).toBe(7);
    expect(s.perLevel).toEqual([
      { level: 2, count: 1 }, // Till
      { level: 1, count: 1 }, // Ad
      { level: 0, count: 2 }, // Shop window, Checkout
      { level: -1, count: 1 }, // Helpline
      { level: -2, count: 1 }, // Website
    ]);
    expect(s.notValued).toBe(1); // Returns
    expect(s.meanPerStage.map((m) => [m.stage, m.valued, m.touchpoints])).toEqual([
      ['Before', 3, 3],
      ['Buy', 2, 2],
      ['After', 1, 2],
    ]);
    expect(s.meanPerStage[0].mean).toBeCloseTo(-1 / 3, 12); // (1 − 2 + 0) / 3
    expect(s.meanPerStage[1].mean).toBe(1); // (0 + 2) / 2
    expect(s.meanPerStage[2].mean).toBe(-1); // Helpline alone; Returns not valued
    expect(s.toFix).toBe(2); // Website, Helpline
    expect(s.differentiators.map((t) => t.name)).toEqual(['Checkout']);
    expect(s.negativeMomentsOfTruth.map((t) => t.name)).toEqual(['Website']); // Returns is not valued
  });

  it('has one block for the whole journey when no touchpoint has a path', () => {
    const single = buildValuationGrid([row(2, 'A', 'x', undefined, 0), row(3, 'B', 'y', undefined, undefined)]);
    expect(single.paths).toEqual([]);
    expect(single.blocks).toHaveLength(1);
    expect(single.blocks[0].path).toBeUndefined();
    expect(single.summary.meanPerStage.map((m) => m.mean)).toEqual([0, undefined]);
  });

  it('groups stage and path names case- and accent-insensitively, keeping the first spelling', () => {
    const g = buildValuationGrid([row(2, 'Zakup', 'a', 'Sklep', 0), row(3, 'ZAKUP', 'b', 'sklep', 0)]);
    expect(g.stages).toEqual(['Zakup']);
    expect(g.paths).toEqual(['Sklep']);
    expect(g.blocks[0].touchpoints.map((t) => t.name)).toEqual(['a', 'b']);
  });
});

describe('touchpoint actions (DESIGN §4)', () => {
  const level = fc.constantFrom(-2, -1, 0, 1, 2);
  it('agree with the sign of the gap for every valued touchpoint', () => {
    fc.assert(
      fc.property(level, fc.option(level, { nil: undefined }), (current, target) => {
        const action = touchpointAction(current, target);
        const gap = touchpointGap(current, target);
        if (current < 0) expect(action).toBe('fix');
        else if (gap < 0) expect(action).toBe('overServed');
        else if (gap > 0) expect(action).toBe('differentiate');
        else expect(action).toBe('hold');
      }),
    );
  });

  it('never differentiates or over-serves without a target set by the team', () => {
    fc.assert(
      fc.property(level, (current) => {
        expect(['fix', 'hold']).toContain(touchpointAction(current, undefined));
      }),
    );
    expect(touchpointAction(undefined, 2)).toBe('notValued');
  });
});
