import { detectTable, looksLikeTable } from '../../../src/core/tables/tableDetection';
import { TOUCHPOINTS_SCHEMA } from '../../../src/core/journey/touchpointsTable';

const grid = (values: unknown[][], firstColumn = 1) => ({ sheet: 'Tab', firstRow: 1, firstColumn, values: values as never });

describe('detectTable', () => {
  it('says which columns the header row reveals, where, and which headers are there to map', () => {
    const d = detectTable(TOUCHPOINTS_SCHEMA, grid([['Stage', 'Touchpoint', 'Score', 'Notes'], ['Buy', 'Till', 1, '']]));
    expect(d.headerRow).toBe(1);
    expect(d.columns.find((c) => c.key === 'stage')).toEqual({ key: 'stage', name: 'Stage', required: true, column: 'A', header: 'Stage' });
    expect(d.columns.find((c) => c.key === 'valuation')).toEqual({ key: 'valuation', name: 'Valuation', required: true });
    expect(d.headers).toEqual([
      { column: 'A', header: 'Stage' },
      { column: 'B', header: 'Touchpoint' },
      { column: 'C', header: 'Score' },
      { column: 'D', header: 'Notes' },
    ]);
    // Stage and Touchpoint of 9 columns; 2 of the 3 required ones.
    expect([d.recognised, d.recognisedRequired, d.complete]).toEqual([2, 2, false]);
    expect(looksLikeTable(d)).toBe(true);
  });

  it('finds a header under a title row, with sheet column letters for a table that starts in column C', () => {
    const d = detectTable(TOUCHPOINTS_SCHEMA, grid([['Our journey', '', ''], ['Etap', 'Punkt styku', 'Ocena'], ['Zakup', 'Kasa', 0]], 3));
    expect(d.headerRow).toBe(2);
    expect(d.columns.filter((c) => c.column).map((c) => `${c.key}:${c.column}`)).toEqual(['stage:C', 'touchpoint:D', 'valuation:E']);
    expect(d.complete).toBe(true);
  });

  it('does not take one common header ("Owner") for a table', () => {
    const d = detectTable(TOUCHPOINTS_SCHEMA, grid([['Name', 'Owner'], ['x', 'y']]));
    expect([d.recognised, d.recognisedRequired]).toEqual([1, 0]);
    expect(looksLikeTable(d)).toBe(false);
  });

  it('finds nothing in an empty grid', () => {
    const d = detectTable(TOUCHPOINTS_SCHEMA, grid([]));
    expect([d.recognised, d.complete, looksLikeTable(d)]).toEqual([0, false, false]);
    expect(d.headers).toEqual([]);
  });
});
