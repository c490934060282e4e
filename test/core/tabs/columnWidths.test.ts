import fc from 'fast-check';
import { fitColumns, formatNumberText, shownText, textWidth } from '../../../src/core/tabs/columnWidths';
import { LayoutBlock, LayoutCell, SheetLayout } from '../../../src/core/tabs/sheetLayout';
import { cutOffCells, cellsUnderCharts, unformattedNumbers } from '../../helpers/layoutChecks';

const text = (value: string, format: LayoutCell['format'] = {}): LayoutCell => ({ value, format });

describe('textWidth: Arial 10 pt advance widths at 13⅓ px per em, padding 10 px', () => {
  it('adds up the font’s widths', () => {
    // "ill": 222 + 222 + 222 = 666 thousandths × 13.333 px = 8.88 → 9, + 10.
    expect(textWidth('ill')).toBe(19);
    // "Wm": 944 + 833 = 1777 → 23.69 → 24, + 10.
    expect(textWidth('Wm')).toBe(34);
    // Bold is 8 % wider: "W" 944 → 12.587 × 1.08 = 13.59 → 14, + 10.
    expect(textWidth('W', true)).toBe(24);
    // Accented letters as their base letter; "ł" as "l": "łąka" = 222 + 556 + 500 + 556 = 1834 → 24.45 → 25.
    expect(textWidth('łąka')).toBe(35);
    expect(textWidth('')).toBe(0);
  });

  it('measures the longest line of a text with line breaks', () => {
    expect(textWidth('ill\nWm')).toBe(textWidth('Wm'));
  });

  it('grows with every character added', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 5 }), (a, b) => {
      fc.pre(!a.includes('\n') && !b.includes('\n'));
      expect(textWidth(a + b)).toBeGreaterThan(textWidth(a) - 1);
    }));
  });
});

describe('formatNumberText: a number as its Sheets format shows it', () => {
  it.each([
    [2, '+0;-0;0', '+2'],
    [-2, '+0;-0;0', '-2'],
    [0, '+0;-0;0', '0'],
    [-0.5, '+0.0;-0.0;0.0', '-0.5'],
    [0.45, '0%', '45%'],
    [1250, '#,##0', '1,250'],
    [12.5, '#,##0.00', '12.50'],
    [2.5, '0.00" (computed)"', '2.50 (computed)'],
    [0.1234, '0.000', '0.123'],
    [25, '0.0##', '25.0'],
    [5.125, '0.0##', '5.125'],
    [25, '0.##', '25.'],
    [-3, '0', '-3'],
    [33.17254725, undefined, '33.17254725'],
    [46027, 'yyyy-mm-dd', 'yyyy-mm-dd'],
  ])('%p in %p shows %p', (value, format, shown) => {
    expect(formatNumberText(value, format)).toBe(shown);
  });

  it('shows booleans and blanks as Sheets does', () => {
    expect([shownText({ value: true }), shownText({ value: null })]).toEqual(['TRUE', '']);
  });
});

describe('fitColumns', () => {
  const layoutOf = (blocks: LayoutBlock[], fitted: ReturnType<typeof fitColumns>): SheetLayout => ({
    blocks: fitted.blocks, merges: [], columnWidths: fitted.columnWidths, frozenRows: 0, frozenColumns: 0, charts: [], rows: 10, columns: 10,
  });

  it('widens a column to its widest label that has a filled cell to its right, and no further', () => {
    const blocks: LayoutBlock[] = [{ row: 1, column: 1, cells: [[text('High impact (≥ 0.575, median)', { bold: true }), text('Quick wins (3)')], [text('A title that runs on over empty cells'), { value: null }]] }];
    const fitted = fitColumns(blocks, { columns: [1, 2] });
    expect(fitted.columnWidths[0]).toEqual({ column: 1, columns: 1, width: textWidth('High impact (≥ 0.575, median)', true) });
    // Column B: "Quick wins (3)" is the last column of its block: it holds its own text.
    expect(fitted.columnWidths[1].width).toBe(textWidth('Quick wins (3)'));
    expect(cutOffCells(layoutOf(blocks, fitted))).toEqual([]);
  });

  it('keeps a column within its maximum and wraps what does not fit', () => {
    const long = 'Differentiators (target above current) and a good deal more text than fits';
    const blocks: LayoutBlock[] = [{ row: 1, column: 1, cells: [[text(long), { value: 3, format: { numberFormat: '0' } }]] }];
    const fitted = fitColumns(blocks, { columns: [1, 2], max: 200 });
    expect(fitted.columnWidths[0].width).toBe(200);
    expect(fitted.blocks[0].cells[0][0].format?.wrap).toBe(true);
    expect(fitted.blocks[0].cells[0][1].format?.wrap).toBeUndefined();
  });

  it('wraps text too wide for a column the layout sizes itself', () => {
    const blocks: LayoutBlock[] = [{ row: 1, column: 1, cells: [[text('Before purchase'), text('Buy')]] }];
    const fitted = fitColumns(blocks, { columns: [], fixed: [{ column: 1, columns: 2, width: 60 }] });
    expect(fitted.blocks[0].cells[0].map((cell) => cell.format?.wrap)).toEqual([true, undefined]);
  });

  it('gives every fitted column an entry of its own, so the calls a build makes do not depend on the text', () => {
    const fitted = fitColumns([{ row: 1, column: 1, cells: [[text('a'), text('a'), text('a')]] }], { columns: [3, 1, 2] });
    expect(fitted.columnWidths.map((w) => [w.column, w.columns])).toEqual([[1, 1], [2, 1], [3, 1]]);
  });
});

describe('the layout checks (test/helpers/layoutChecks.ts)', () => {
  const base: SheetLayout = { blocks: [], merges: [], columnWidths: [], frozenRows: 0, frozenColumns: 0, charts: [], rows: 5, columns: 5 };

  it('find a label cut off by the next filled cell, as the old matrix showed "High impact (≥ 0.575, me…"', () => {
    const layout = { ...base, columnWidths: [{ column: 1, columns: 1, width: 200 }], blocks: [{ row: 7, column: 1, cells: [[text('High impact (≥ 0.575, median)', { bold: true }), text('Quick wins (3)')]] }] };
    // In bold it needs 13,422 thousandths of an em × 13⅓ px × 1.08 → 194, + 10 = 204 px: more than 200.
    expect(cutOffCells(layout)).toEqual(['A7 "High impact (≥ 0.575, median)" needs 204 px, has 200']);
    // The same text with nothing to its right runs on: not cut off.
    expect(cutOffCells({ ...layout, blocks: [{ row: 7, column: 1, cells: [[text('High impact (≥ 0.575, median)', { bold: true })]] }] })).toEqual([]);
  });

  it('find a number too wide for its column and a cell under a chart', () => {
    const layout: SheetLayout = {
      ...base,
      columnWidths: [{ column: 1, columns: 1, width: 40 }],
      blocks: [{ row: 1, column: 1, cells: [[{ value: 1234567, format: { numberFormat: '#,##0' } }, text('under')]] }],
      charts: [{ kind: 'line', title: 't', domain: { row: 1, column: 1, rows: 1, columns: 1 }, series: [], anchorRow: 1, anchorColumn: 2, width: 50, height: 20 }],
    };
    expect(cutOffCells(layout)).toEqual([`A1 "1,234,567" needs ${textWidth('1,234,567')} px, has 40`]);
    expect(cellsUnderCharts(layout)).toEqual(['chart 1 covers B1 "under"']);
  });

  it('find a number without a format', () => {
    expect(unformattedNumbers({ ...base, blocks: [{ row: 2, column: 3, cells: [[{ value: 0.3139263021 }, { value: 1, format: { numberFormat: '0' } }]] }] })).toEqual(['C2 0.3139263021']);
  });
});
