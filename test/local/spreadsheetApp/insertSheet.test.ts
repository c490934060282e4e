import vm from 'node:vm';
import { messageOf, probeAddon, spreadsheetApp } from '../helpers';

/**
 * Spreadsheet.insertSheet with the `template` option, as Google documents it
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)):
 * "Inserts a new sheet into the spreadsheet with the given name at the given index and uses
 * optional advanced arguments. The new sheet becomes the active sheet." Option `template`:
 * "All data from the template sheet object is copied to the new sheet. The sheet template
 * must be one of the sheets of the Spreadsheet object."
 */
function workbook() {
  const addon = probeAddon({
    Touchpoints: [
      ['Stage', 'Touchpoint', 'Valuation', 'Double', 'Moment of truth'],
      ['Buy', 'Checkout', 1, '=C2*2', true],
      ['', 'Till', -1, '=C3*2', false],
      ['After', '=1+1 as text', 2, '=SUM(C2:C4)', false], // 1 − 1 + 2 = 2
    ],
    Other: [['x']],
  });
  const ss = spreadsheetApp(addon).getActiveSpreadsheet();
  const source = ss.getSheetByName('Touchpoints')!;
  source.getRange('B4').setValue("'=1+1 as text");
  source.getRange('A1:E1').setFontWeight('bold').setBackground('#d9e2f3');
  source.getRange('C2:C4').setNumberFormat('+0;-0;0');
  source.getRange('E2:E4').setDataValidation(spreadsheetApp(addon).newDataValidation().requireCheckbox().build());
  source.getRange('A2:A3').merge();
  source.getRange('A1').setNote('Stages once, merged');
  source.setColumnWidth(2, 180);
  source.setFrozenRows(1);
  source.insertChart(source.newChart().asLineChart().addRange(source.getRange('B1:C4')).setPosition(6, 1, 0, 0).build());
  return { addon, ss, source };
}

describe('Spreadsheet.insertSheet(name, index, {template})', () => {
  it('copies the template tab: values, formulas, formats, validation, merges, notes, widths, frozen rows and charts', () => {
    const { ss, source } = workbook();
    const copy = ss.insertSheet('Touchpoints 2026-12-01', 1, { template: source });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Touchpoints', 'Touchpoints 2026-12-01', 'Other']);
    expect(ss.getActiveSheet().getName()).toBe('Touchpoints 2026-12-01');
    const range = copy.getRange('A1:E4');
    expect(range.getValues()).toEqual(source.getRange('A1:E4').getValues());
    expect(range.getValues()[3]).toEqual(['After', '=1+1 as text', 2, 2, false]);
    expect(range.getFormulas()[1]).toEqual(['', '', '', '=C2*2', '']);
    expect(range.getNumberFormats()).toEqual(source.getRange('A1:E4').getNumberFormats());
    expect(range.getBackgrounds()[0]).toEqual(Array(5).fill('#d9e2f3'));
    expect(copy.getRange('E2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(copy.getRange('A2:A3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A2:A3']);
    expect(copy.getRange('A1').getNote()).toBe('Stages once, merged');
    expect([copy.getColumnWidth(2), copy.getFrozenRows(), copy.getMaxRows(), copy.getMaxColumns()]).toEqual([180, 1, source.getMaxRows(), source.getMaxColumns()]);
    expect(copy.getCharts().map((c) => c.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`))).toEqual([['Touchpoints 2026-12-01!B1:C4']]);
    expect(copy.getCharts()[0].getChartId()).not.toBe(source.getCharts()[0].getChartId());
  });

  it('leaves the template as it was, and the copy is its own: formulas recalculate on the copy', () => {
    const { ss, source } = workbook();
    const before = source.getRange('A1:E4').getValues();
    const copy = ss.insertSheet('Copy', { template: source });
    copy.getRange('C2').setValue(2);
    expect(copy.getRange('D2').getValue()).toBe(4);
    expect(source.getRange('A1:E4').getValues()).toEqual(before);
    expect(source.getRange('D2').getValue()).toBe(2);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Touchpoints', 'Other', 'Copy']);
  });

  it('takes the template from the bundle\'s own realm too (options are plain data)', () => {
    const { addon, ss } = workbook();
    vm.runInContext("SpreadsheetApp.getActiveSpreadsheet().insertSheet('From bundle', 0, { template: SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Touchpoints') })", addon.context);
    expect(ss.getSheets()[0].getName()).toBe('From bundle');
    expect(ss.getSheets()[0].getRange('B2').getValue()).toBe('Checkout');
    expect(addon.calls.byMethod()['Spreadsheet.insertSheet']).toBe(1);
  });

  it('copies a spilled array as its formula, not as loose values', () => {
    const addon = probeAddon({ Sheet1: [['=TABLE(3)']] });
    const ss = spreadsheetApp(addon).getActiveSpreadsheet();
    const copy = ss.insertSheet('Copy', { template: ss.getSheetByName('Sheet1')! });
    expect(copy.getRange('A1:B4').getFormulas().flat().filter(Boolean)).toEqual(['=TABLE(3)']);
    expect(copy.getRange('A4:B4').getValues()).toEqual([['item 3', 9]]);
  });

  it('refuses what it does not emulate, and a template from nowhere', () => {
    const { ss } = workbook();
    expect(messageOf(() => ss.insertSheet('X', 0, { template: ss.getSheetByName('Other'), colour: 'red' } as object))).toBe('not implemented in the local runtime: Spreadsheet.insertSheet with options colour');
    expect(messageOf(() => ss.insertSheet('X', { template: {} } as object))).toBe('The template sheet must be one of the sheets of this spreadsheet.');
  });
});
