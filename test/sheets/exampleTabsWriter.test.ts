import { ExampleTab } from '../../src/core/examples/exampleTabs';
import { insertExampleTabs } from '../../src/sheets/exampleTabsWriter';
import { useLocalServices } from './localServices';

const tab: ExampleTab = {
  role: 'touchpoints',
  name: 'Example',
  rows: [
    ['Name', 'Level', 'Flag', 'When', 'Sum'],
    ['=1+1', -1, true, new Date(Date.UTC(2026, 0, 5)), { formula: '=B2*2' }],
  ],
  validations: [
    { column: 2, rule: { kind: 'list', values: ['-1', '0', '1'] } },
    { column: 3, rule: { kind: 'checkbox' } },
  ],
  numberFormats: [{ column: 4, format: 'yyyy-mm-dd' }],
  cellFormats: [{ row: 2, column: 2, rows: 1, columns: 2, format: '+0;-0;0' }],
  columnWidths: [150, 60],
};

describe('insertExampleTabs (sheets)', () => {
  it('writes text as text, formulas as formulas, validation below the header for added rows too', () => {
    const { addon, spreadsheet } = useLocalServices({ Mine: [['keep']] });
    insertExampleTabs(spreadsheet, [tab]);
    const sheet = addon.workbook.sheetNamed('Example');
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Mine', 'Example']);
    expect(sheet.valueAt(2, 1)).toBe('=1+1'); // a name that looks like a formula stays text
    expect(sheet.formulaAt(2, 1)).toBe('');
    expect(sheet.formulaAt(2, 5)).toBe('=B2*2');
    expect(sheet.valueAt(2, 5)).toBe(-2);
    expect(sheet.validationAt(2, 2)?.criteria).toEqual({ type: 'VALUE_IN_LIST', values: [['-1', '0', '1'], true] });
    expect(sheet.validationAt(2, 2)?.allowInvalid).toBe(false);
    // 1 example row + 100 spare rows: rows 2..102.
    expect(sheet.validationAt(102, 3)?.criteria.type).toBe('CHECKBOX');
    expect(sheet.validationAt(103, 3)).toBeUndefined();
    expect(sheet.validationAt(1, 2)).toBeUndefined();
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.format(1, 1)?.fontWeight).toBe('bold');
    expect(sheet.getColumnWidth(1)).toBe(150);
    // A range's own format: the level −1 shows signed; the formula's result below it too.
    expect([sheet.format(2, 2)?.numberFormat, sheet.format(2, 3)?.numberFormat, sheet.format(3, 2)?.numberFormat]).toEqual(['+0;-0;0', '+0;-0;0', undefined]);
    expect(sheet.rangeAt(2, 2).getDisplayValue()).toBe('-1');
    expect(addon.workbook.activeSheet?.getName()).toBe('Example');
    expect(addon.workbook.sheetNamed('Mine').valueAt(1, 1)).toBe('keep');
  });
});
