import { closeOpenRanges } from '../../local/formulaEngine';
import { createWorkbook, loadAddon } from '../../local/runtime';
import { PROBE_BUNDLE, probeAddon } from './helpers';

describe('custom functions inside formulas', () => {
  it('are discovered from the bundle\'s @customfunction JSDoc, and only those', () => {
    expect(probeAddon({ Sheet1: [] }).customFunctions).toEqual(['DESCRIBE', 'TABLE', 'MONTH_ROW', 'FAIL']);
  });

  it('receive a range as rows of values ("" for blanks, Date for dates) and a single cell as its value', () => {
    const addon = probeAddon({
      Data: [[9, 'n/a'], [null, true], [new Date(Date.UTC(2026, 2, 1)), '7,5']],
      Out: [['=DESCRIBE(Data!A1:B3, Data!A1)', '=DESCRIBE(Data!A2)']],
    });
    const out = addon.workbook.sheetNamed('Out');
    expect(out.valueAt(1, 1)).toBe('rows 3x2: number:9,string:"n/a";string:"",boolean:true;Date(2026-03-01),string:"7,5" | number:9');
    // A reference to a blank cell arrives as "", as in Sheets.
    expect(out.valueAt(1, 2)).toBe('string:""');
  });

  it('receive open-ended ranges (B2:B) down to the last row of the sheet, and follow it when the sheet grows', () => {
    const addon = probeAddon({ Data: [['h'], [1], [2]], Out: [['=DESCRIBE(Data!A2:A)']] });
    const out = addon.workbook.sheetNamed('Out');
    // A new sheet has 1,000 rows: A2:A is 999 rows.
    expect(String(out.valueAt(1, 1))).toMatch(/^rows 999x1: number:1;number:2;string:"";/);
    addon.workbook.sheetNamed('Data').resize(1500, 26);
    expect(String(out.valueAt(1, 1))).toMatch(/^rows 1499x1: /);
  });

  it('receive open-ended ranges of a tab added after the formula, down to its last row', () => {
    // Out comes first, so its formula is entered before the Data tab exists.
    const addon = probeAddon({ Out: [['=DESCRIBE(Data!A2:A)']], Data: [['h'], [1], [2]] });
    expect(String(addon.workbook.sheetNamed('Out').valueAt(1, 1))).toMatch(/^rows 999x1: number:1;number:2;string:"";/);
  });

  it('receive the open-ended range of a tab added after the formula (a file whose tabs come in that order)', () => {
    const addon = probeAddon({ Out: [['=DESCRIBE(Later!A:A)']], Later: [['h'], [1]] });
    expect(String(addon.workbook.sheetNamed('Out').valueAt(1, 1))).toMatch(/^rows 1000x1: string:"h";number:1;string:"";/);
  });

  it('spill a 2-D result, header row first, and resize it when the inputs change', () => {
    const addon = probeAddon({ Out: [[2, '=TABLE(A1)']] });
    const out = addon.workbook.sheetNamed('Out');
    expect(out.rangeAt(1, 2, 4, 2).getValues()).toEqual([['Item', 'Square'], ['item 1', 1], ['item 2', 4], ['', '']]);
    out.rangeAt(1, 1).setValue(3);
    expect(out.rangeAt(1, 2, 4, 2).getValues()).toEqual([['Item', 'Square'], ['item 1', 1], ['item 2', 4], ['item 3', 9]]);
    expect(out.rangeAt(1, 2, 2, 1).getFormulas()).toEqual([['=TABLE(A1)'], ['']]);
  });

  it('show a returned Date as a date, as Sheets does, also after a recalculation moves it', () => {
    const addon = probeAddon({ Out: [[2, '=MONTH_ROW(A1)']] });
    const out = addon.workbook.sheetNamed('Out');
    const cells = () => out.rangeAt(1, 2, 2, 2).getValues();
    expect(Object.prototype.toString.call(cells()[1][0])).toBe('[object Date]');
    expect((cells()[1][0] as Date).getTime()).toBe(Date.UTC(2026, 2, 1));
    expect(cells()[1][1]).toBe(2); // a number beside it stays a number
    out.rangeAt(1, 1).setValue(0);
    expect((cells()[1][0] as Date).getTime()).toBe(Date.UTC(2026, 0, 1));
  });

  it('a result that would overwrite data shows #REF!, as in Sheets', () => {
    const addon = probeAddon({ Out: [[2, '=TABLE(A1)'], ['', '', 'in the way']] });
    expect(addon.workbook.sheetNamed('Out').valueAt(1, 2)).toBe('#REF!');
  });

  it('show a thrown Error as #ERROR! with its message retrievable', () => {
    const addon = probeAddon({ Out: [['=FAIL(11)']] });
    const out = addon.workbook.sheetNamed('Out');
    expect(out.valueAt(1, 1)).toBe('#ERROR!');
    expect(out.errorMessageAt(1, 1)).toBe('FAIL: 11 is not allowed');
  });

  it('recalculate native formulas that depend on a custom function\'s result', () => {
    const addon = probeAddon({ Out: [[4, '=TABLE(A1)', '', '=SUM(C2:C10)']] });
    const out = addon.workbook.sheetNamed('Out');
    // 1 + 4 + 9 + 16 = 30
    expect(out.valueAt(1, 4)).toBe(30);
    out.rangeAt(1, 1).setValue(2);
    expect(out.valueAt(1, 4)).toBe(5);
  });

  it('an unknown function is #NAME?, as in Sheets', () => {
    const addon = loadAddon(createWorkbook({ Out: [['=NO_SUCH_FUNCTION(1)']] }), { code: PROBE_BUNDLE });
    expect(addon.workbook.sheetNamed('Out').valueAt(1, 1)).toBe('#NAME?');
  });
});

describe('closeOpenRanges', () => {
  const lastRow = (sheet: string | undefined) => (sheet === 'My tab' ? 50 : 1000);
  it.each([
    ['=NPS(B2:B)', '=NPS(B2:B1000)'],
    ["=NPS('My tab'!$B$2:$B)", "=NPS('My tab'!$B$2:$B50)"],
    ['=SUM(A1:B3)', '=SUM(A1:B3)'],
    ['=COUNTIF(B2:B,"B2:B")', '=COUNTIF(B2:B1000,"B2:B")'],
    ['=SUM(B:B)', '=SUM(B1:B1000)'],
    ['=SUM($A:$C)', '=SUM($A1:$C1000)'],
    ["=TEXT(A1,\"hh:mm\")", "=TEXT(A1,\"hh:mm\")"],
  ])('%s → %s', (formula, expected) => {
    expect(closeOpenRanges(formula, lastRow)).toBe(expected);
  });
});

describe('string literals as Sheets writes them', () => {
  it('="a""b" is a"b: a doubled quote inside a string is one quote', () => {
    const workbook = createWorkbook({ S: [['="a""b"', '=LEN("a""b")', '="say ""hi"""&"!"', '="C:\\"', '=LEN("\\\\")']] });
    expect(workbook.sheetNamed('S').rangeAt(1, 1, 1, 5).getValues()).toEqual([['a"b', 3, 'say "hi"!', 'C:\\', 2]]);
    expect(workbook.sheetNamed('S').rangeAt(1, 1).getFormula()).toBe('="a""b"');
  });
});
