import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createWorkbook, loadAddon } from '../../local/runtime';
import { readXlsx, unwrapSheetsExport, xlsxBytes } from '../../local/xlsx';
import { LocalConditionalFormatRuleBuilder, LocalDataValidationBuilder } from '../../local/spreadsheetApp/rules';
import { PROBE_BUNDLE } from './helpers';

async function roundTrip(workbook: ReturnType<typeof createWorkbook>) {
  return readXlsx(await xlsxBytes(workbook));
}

describe('XLSX round trip', () => {
  it('keeps values: numbers, text (also text that looks like a formula), booleans, dates, blanks', async () => {
    const workbook = createWorkbook({ Data: [[1.25, 'plain', true, new Date(Date.UTC(2025, 11, 24)), null, "'=1+1", "'+48 600"]] });
    const back = await roundTrip(workbook);
    const values = back.sheetNamed('Data').rangeAt(1, 1, 1, 7).getValues()[0];
    expect(values.slice(0, 3)).toEqual([1.25, 'plain', true]);
    expect((values[3] as Date).toISOString()).toBe('2025-12-24T00:00:00.000Z');
    expect(values.slice(4)).toEqual(['', '=1+1', '+48 600']);
    expect(back.sheetNamed('Data').rangeAt(1, 6, 1, 2).getFormulas()).toEqual([['', '']]);
  });

  it('keeps formulas with their results, and a spilled custom-function result stays one formula', async () => {
    const workbook = createWorkbook({ Data: [[2, '=A1*10', '=TABLE(A1)']] });
    loadAddon(workbook, { code: PROBE_BUNDLE });
    const back = await roundTrip(workbook);
    loadAddon(back, { code: PROBE_BUNDLE });
    const sheet = back.sheetNamed('Data');
    expect(sheet.rangeAt(1, 1, 3, 4).getValues()).toEqual([[2, 20, 'Item', 'Square'], ['', '', 'item 1', 1], ['', '', 'item 2', 4]]);
    expect(sheet.rangeAt(1, 2, 2, 2).getFormulas()).toEqual([['=A1*10', '=TABLE(A1)'], ['', '']]);
  });

  it('writes a date that a custom function returned as a date cell, not as text', async () => {
    const workbook = createWorkbook({ Data: [['=MONTH_ROW(2)']] });
    loadAddon(workbook, { code: PROBE_BUNDLE });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBytes(workbook)) as unknown as ArrayBuffer);
    const cell = book.getWorksheet('Data')!.getCell('A2');
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(cell.numFmt).toBe('yyyy-mm-dd');
  });

  it('keeps formats, notes, merges, frozen panes, column widths, validation, conditional formats and named ranges', async () => {
    const workbook = createWorkbook({ Grid: [['Stage', 'Score'], ['Buy', 0.25]] });
    const sheet = workbook.sheetNamed('Grid');
    sheet.rangeAt(1, 1, 1, 2).setFontWeight('bold').setBackground('#d9e2f3').setHorizontalAlignment('center').setFontColor('#1f3864');
    sheet.rangeAt(2, 2).setNumberFormat('0.0%').setFontStyle('italic').setWrap(true).setBorder(true, true, true, true, null, null);
    sheet.rangeAt(2, 1).setNote('from Touchpoints!A2:A');
    sheet.rangeAt(3, 1, 1, 2).merge();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(1, 210);
    sheet.rangeAt(2, 2).setDataValidation(new LocalDataValidationBuilder().requireValueInList(['a', 'b']).build());
    sheet.setConditionalFormatRules([new LocalConditionalFormatRuleBuilder().whenNumberLessThan(0).setBackground('#f4cccc').setRanges([sheet.rangeAt(2, 2, 5, 1) as never]).build()]);
    workbook.setNamedRange('Scores', sheet.rangeAt(2, 2, 5, 1) as never);

    const back = (await roundTrip(workbook)).sheetNamed('Grid');
    expect(back.rangeAt(1, 1, 1, 2).getFontWeights()).toEqual([['bold', 'bold']]);
    expect(back.rangeAt(1, 1).getBackground()).toBe('#d9e2f3');
    expect(back.rangeAt(1, 1).getFontColor()).toBe('#1f3864');
    expect(back.rangeAt(1, 1).getHorizontalAlignment()).toBe('center');
    expect(back.rangeAt(2, 2).getDisplayValue()).toBe('25.0%');
    expect(back.rangeAt(2, 2).getFontStyle()).toBe('italic');
    expect(back.rangeAt(2, 2).getWrap()).toBe(true);
    expect(back.format(2, 2)?.border).toEqual({ top: '#000000', left: '#000000', bottom: '#000000', right: '#000000' });
    expect(back.rangeAt(2, 1).getNote()).toBe('from Touchpoints!A2:A');
    expect(back.merges.map((m) => m.getA1Notation())).toEqual(['A3:B3']);
    expect([back.getFrozenRows(), back.getFrozenColumns()]).toEqual([1, 1]);
    expect(back.getColumnWidth(1)).toBe(210);
    expect(back.rangeAt(2, 2).getDataValidation()!.getCriteriaValues()).toEqual([['a', 'b'], true]);
    expect(back.conditionalRules.map((r) => [r.condition, r.format.background, r.ranges.map((x) => x.getA1Notation())])).toEqual([[{ type: 'NUMBER_LESS_THAN', values: [0] }, '#f4cccc', ['B2:B6']]]);
    expect(back.spreadsheet.getRangeByName('Scores')!.getA1Notation()).toBe('B2:B6');
  });

  it('keeps developer metadata on sheets and on the spreadsheet (the generated-tab marks)', async () => {
    const workbook = createWorkbook({ Grid: [['x']], Mine: [['y']] });
    workbook.sheetNamed('Grid').addDeveloperMetadata('cx-sheets:generated', 'valuation-grid');
    workbook.addDeveloperMetadata('cx-sheets:version', '1');
    const back = await roundTrip(workbook);
    expect(back.sheets.map((s) => s.getName())).toEqual(['Grid', 'Mine']);
    const found = back.createDeveloperMetadataFinder().withKey('cx-sheets:generated').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getSheet()!.getName()])).toEqual([['valuation-grid', 'Grid']]);
    expect(back.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['cx-sheets:version', '1']]);
  });

  it('gives identical bytes for identical content when stamped with a fixed time', async () => {
    const stamp = { timestamp: new Date(Date.UTC(2026, 0, 1)) };
    const make = () => createWorkbook({ Data: [[1, 'a', '=A1+1']] });
    expect((await xlsxBytes(make(), stamp)).equals(await xlsxBytes(make(), stamp))).toBe(true);
  });

  it('rejects bytes that are not XLSX with one clear line', async () => {
    await expect(readXlsx(Buffer.from('not a zip'), 'survey.xlsx')).rejects.toThrow(/^survey\.xlsx is not a readable \.xlsx workbook \([^\n]+\)$/);
  });
});

describe('the drawing hook of generated tabs (where charts become DrawingML)', () => {
  it('gets each tab written from the model, and its parts, relationships and element land in the package', async () => {
    const workbook = createWorkbook({ Chart: [['x', 'y'], [1, 2]] });
    const seen: string[] = [];
    const bytes = await xlsxBytes(workbook, {
      drawings: (context) => {
        seen.push(`${context.sheet.getName()} ${context.sheetPart}`);
        const drawing = context.freePart('xl/drawings', 'drawing', 'xml');
        const chart = context.freePart('xl/charts', 'chart', 'xml');
        context.addPart(chart, '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
        context.addPart(drawing, '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>', 'application/vnd.openxmlformats-officedocument.drawing+xml', [
          { type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart', part: chart },
        ]);
        return `<drawing r:id="${context.relate('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing', drawing)}"/>`;
      },
    });
    expect(seen).toEqual(['Chart xl/worksheets/sheet1.xml']);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain('Target="../drawings/drawing1.xml"');
    expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string')).toContain('Target="../charts/chart1.xml"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });
});

describe('merged cells as Sheets reads them', () => {
  it('give the first cell\'s value and blanks for the rest, also when the file holds values in the other cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Touchpoints');
    sheet.addRows([['Stage', 'Touchpoint'], ['Buy', 'Checkout'], ['', 'Till'], ['', 'Receipt']]);
    sheet.mergeCells('A2:A4');
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    // What some writers leave behind: a value in a covered cell of the merge.
    const xml = (await zip.file(part)!.async('string')).replace('<c r="A3"/>', '<c r="A3" t="inlineStr"><is><t>stale</t></is></c>');
    expect(xml).toContain('stale');
    zip.file(part, xml);
    const back = (await readXlsx(await zip.generateAsync({ type: 'nodebuffer' }))).sheetNamed('Touchpoints');
    expect(back.rangeAt(1, 1, 4, 2).getValues()).toEqual([['Stage', 'Touchpoint'], ['Buy', 'Checkout'], ['', 'Till'], ['', 'Receipt']]);
    expect(back.merges.map((m) => m.getA1Notation())).toEqual(['A2:A4']);
  });

  it('merging keeps only the upper-left value, as Range.merge() in Sheets', () => {
    const sheet = createWorkbook({ S: [['a', 'b'], ['c', 'd']] }).sheetNamed('S');
    sheet.rangeAt(1, 1, 2, 2).merge();
    expect(sheet.rangeAt(1, 1, 2, 2).getValues()).toEqual([['a', ''], ['', '']]);
  });
});

describe('unwrapSheetsExport', () => {
  it('turns what Google Sheets exports for a custom function back into the formula', () => {
    expect(unwrapSheetsExport('IFERROR(__xludf.DUMMYFUNCTION("NPS(B2:B)"),18.1)')).toBe('NPS(B2:B)');
    expect(unwrapSheetsExport('IFERROR(__xludf.DUMMYFUNCTION("CES(C2:C, 7, ""easy"")"),"#NAME?")')).toBe('CES(C2:C, 7, "easy")');
    expect(unwrapSheetsExport('SUM(A1:A3)')).toBe('SUM(A1:A3)');
  });
});

describe('tab sizes read from a file', () => {
  it('are at least a new tab\'s 1,000 × 26; when that would pass the 10,000,000-cell limit, large tabs are sized to their data, as Sheets imports them', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Small').getCell('B3').value = 1;
    // A cell in Excel's last column (XFD = 16,384): 1,000 × 16,384 would be 16,384,000 cells.
    const wide = book.addWorksheet('Wide');
    wide.getCell('A2').value = 'first';
    wide.getCell('XFD2').value = 'last';
    const workbook = await readXlsx(Buffer.from(await book.xlsx.writeBuffer()));
    expect([workbook.sheetNamed('Small').getMaxRows(), workbook.sheetNamed('Small').getMaxColumns()]).toEqual([1000, 26]);
    expect([workbook.sheetNamed('Wide').getMaxRows(), workbook.sheetNamed('Wide').getMaxColumns()]).toEqual([2, 16_384]);
    expect(workbook.cellCount()).toBe(26_000 + 32_768);
    expect(() => workbook.insertSheet('Room for a generated tab')).not.toThrow();
  });
});
