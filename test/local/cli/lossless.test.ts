// DESIGN §6 "Nothing is lost": `cx-sheets build` copies every tab it did not generate, it
// does not re-create it. A workbook written by ExcelJS (never by the runtime's own writer)
// with every feature a user's tab may have goes through `cx-sheets build` three times in a
// row, each time on the previous output; every user tab's parts must come out byte for byte
// as the input had them, with exactly one valuation grid and one matrix tab, and the input
// file unchanged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cxSheets, readBook } from './cliWorkbook';
import { MATRIX_TOUCHPOINTS, PROJECTS } from './matrixWorkbook';

// Each build is a child process (tsx start-up included): generous on a busy machine; a
// limit against hangs, not a timing assertion.
jest.setTimeout(600_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-lossless-'));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 2 × 2 red PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

/** The rich workbook: source tabs for both builds, and user tabs with every feature of the issue. */
async function richWorkbook(target: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'a careful user';
  const touchpoints = book.addWorksheet('Touchpoints', { properties: { tabColor: { argb: 'FF00B050' } } });
  touchpoints.addRows(MATRIX_TOUCHPOINTS);
  touchpoints.getRow(1).font = { bold: true, name: 'Georgia', color: { theme: 4 } };
  const projects = book.addWorksheet('Projects');
  projects.addRows(PROJECTS);
  projects.getColumn(2).numFmt = '#,##0.00 "PLN"';

  const rich = book.addWorksheet('Rich', { properties: { tabColor: { theme: 5, tint: 0.4 } as Partial<ExcelJS.Color> }, views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  rich.columns = [{ width: 24 }, { width: 12 }, { width: 12, hidden: true }, { width: 30 }];
  rich.getCell('A1').value = { richText: [{ text: 'Bold', font: { bold: true } }, { text: ' red', font: { color: { argb: 'FFFF0000' }, italic: true } }, { text: ' theme', font: { color: { theme: 7, tint: -0.25 } as Partial<ExcelJS.Color> } }] };
  rich.getCell('B1').value = { text: 'Docs', hyperlink: 'https://example.com/cx' };
  rich.getCell('C1').value = { text: 'Jump', hyperlink: "#'Hidden'!A1" };
  rich.getCell('A2').value = 'Underline, strike, font';
  rich.getCell('A2').font = { underline: 'double', strike: true, name: 'Comic Sans MS', size: 14, color: { theme: 1 } };
  rich.getCell('B2').value = 1;
  rich.getCell('B3').value = 2;
  rich.getCell('B4').value = 3;
  rich.getCell('B5').value = { formula: 'SUM(B2:B4)', result: 6 };
  rich.getCell('B6').value = { formula: 'B5/0', result: { error: '#DIV/0!' } };
  rich.getCell('B7').value = { error: '#N/A' };
  rich.getCell('B8').value = { formula: 'IFERROR(__xludf.DUMMYFUNCTION("NPS(B2:B4)"),-100)', result: -100 };
  rich.getCell('A3').border = { top: { style: 'dashed', color: { argb: 'FF0070C0' } }, bottom: { style: 'thick' }, left: { style: 'dotted' }, right: { style: 'double' } };
  rich.getCell('A4').fill = { type: 'pattern', pattern: 'darkTrellis', fgColor: { argb: 'FFFFC000' }, bgColor: { theme: 2 } };
  rich.getCell('A5').value = 'indented';
  rich.getCell('A5').alignment = { indent: 2, vertical: 'top' };
  rich.getCell('A6').value = 'rotated';
  rich.getCell('A6').alignment = { textRotation: 45 };
  rich.getCell('D2').dataValidation = { type: 'whole', operator: 'between', allowBlank: true, showErrorMessage: true, formulae: [1, 10], errorTitle: 'Whole', error: '1 to 10' };
  rich.getCell('D3').dataValidation = { type: 'decimal', operator: 'greaterThan', allowBlank: false, formulae: [0.5], promptTitle: 'Decimal', prompt: 'more than 0.5', showInputMessage: true };
  rich.getCell('D4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"yes,no,maybe"'] };
  rich.getCell('D5').value = '=1+1 is text';
  rich.getCell('D6').value = new Date(Date.UTC(2026, 4, 17));
  rich.getCell('D6').numFmt = 'dd.mm.yyyy';
  rich.getCell('D7').value = 0.125;
  rich.getCell('D7').numFmt = '0.0%';
  rich.getRow(3).height = 30;
  rich.getRow(9).hidden = true;
  rich.getCell('A9').value = 'in a hidden row';
  rich.mergeCells('A10:C11');
  rich.getCell('A10').value = 'merged';
  rich.autoFilter = 'A12:B15';
  rich.addRows([]);
  rich.getCell('A12').value = 'Key';
  rich.getCell('B12').value = 'Value';
  rich.getCell('A13').value = 'a';
  rich.getCell('B13').value = 1;
  rich.getCell('A20').note = 'a note of the user';
  const image = book.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  rich.addImage(image, 'F2:G4');
  rich.addConditionalFormatting({ ref: 'B2:B4', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [1], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } } }] });
  await rich.protect('secret', { selectLockedCells: true, formatColumns: true });
  book.definedNames.add("'Rich'!$B$2:$B$4", 'Scores');
  rich.pageSetup.printArea = 'A1:D20';
  rich.getCell('D8').value = { formula: 'SUM(Scores)', result: 6 };

  const hidden = book.addWorksheet('Hidden', { state: 'hidden' });
  hidden.addRows([['only', 'for', 'me'], [1, 2, 3]]);
  const veryHidden = book.addWorksheet('Very hidden', { state: 'veryHidden' });
  veryHidden.getCell('A1').value = 'lookup';
  veryHidden.getCell('B1').value = { formula: 'Rich!B5*2', result: 12 };
  await book.xlsx.writeFile(target);
}

interface Package {
  readonly zip: JSZip;
  /** Tab name → { part, sheetId, state }. */
  readonly tabs: Map<string, { part: string; sheetId: string; state: string }>;
  readonly workbookXml: string;
}

async function openPackage(source: string): Promise<Package> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  for (const m of rels.matchAll(/<Relationship\b[^>]*\bTarget="([^"]+)"[^>]*\bId="([^"]+)"/g)) targets.set(m[2], m[1]);
  const tabs = new Map<string, { part: string; sheetId: string; state: string }>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*\/>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[0])?.[1];
    const target = targets.get(attr('r:id')!)!;
    tabs.set(attr('name')!.replace(/&amp;/g, '&'), { part: target.startsWith('/') ? target.slice(1) : `xl/${target}`, sheetId: attr('sheetId')!, state: attr('state') ?? 'visible' });
  }
  return { zip, tabs, workbookXml };
}

/** A tab's worksheet part, its relationships and every part they lead to (drawings, images, comments…), with their bytes. */
async function tabParts(pkg: Package, tab: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const work = [pkg.tabs.get(tab)!.part];
  for (let part = work.pop(); part !== undefined; part = work.pop()) {
    if (found.has(part)) continue;
    const entry = pkg.zip.file(part);
    if (!entry) continue;
    found.set(part, (await entry.async('nodebuffer')).toString('base64'));
    const relsPath = `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
    const rels = pkg.zip.file(relsPath);
    if (!rels) continue;
    const xml = await rels.async('string');
    found.set(relsPath, Buffer.from(xml).toString('base64'));
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /\sTarget="([^"]+)"/.exec(m[0])![1];
      work.push(target.startsWith('/') ? target.slice(1) : path.posix.normalize(`${path.posix.dirname(part)}/${target}`));
    }
  }
  return found;
}

/** The children of a styles section (fonts, fills, borders, cellXfs, numFmts), as written. */
function styleEntries(stylesXml: string, section: string, child: string): string[] {
  const body = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(stylesXml)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g'))].map((m) => m[0]);
}

/** The defined names of workbook.xml: name (with the tab it is scoped to) → text. */
function definedNames(pkg: Package): Map<string, string> {
  const order = [...pkg.tabs.keys()];
  const names = new Map<string, string>();
  for (const m of pkg.workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = /\sname="([^"]+)"/.exec(m[1])![1];
    const local = /\slocalSheetId="(\d+)"/.exec(m[1])?.[1];
    names.set(local === undefined ? name : `${order[Number(local)]}!${name}`, m[2]);
  }
  return names;
}

const USER_TABS = ['Touchpoints', 'Projects', 'Rich', 'Hidden', 'Very hidden'];

describe('cx-sheets build keeps every tab it did not generate exactly as the input had it', () => {
  const input = file('rich.xlsx');
  const outputs = [file('rich-1.xlsx'), file('rich-2.xlsx'), file('rich-3.xlsx')];
  let before: Buffer;

  beforeAll(async () => {
    await richWorkbook(input);
    before = readFileSync(input);
    let from = input;
    for (const out of outputs) {
      const run = cxSheets('build', from, '--out', out);
      expect(run.stderr).toEqual([]);
      expect(run.status).toBe(0);
      from = out;
    }
  });

  it('leaves the input file byte-identical', () => {
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('has, after three builds, every user tab with its name, sheet id and visibility, and exactly one valuation grid and one matrix', async () => {
    const original = await openPackage(input);
    const last = await openPackage(outputs[2]);
    for (const tab of USER_TABS) expect(last.tabs.get(tab)).toMatchObject({ sheetId: original.tabs.get(tab)!.sheetId, state: original.tabs.get(tab)!.state });
    expect([...last.tabs.keys()]).toEqual([...USER_TABS, 'Valuation grid', 'Cost vs satisfaction']);
    expect(original.tabs.get('Hidden')!.state).toBe('hidden');
    expect(original.tabs.get('Very hidden')!.state).toBe('veryHidden');
  });

  it.each(USER_TABS)('copies the parts of %s byte for byte through each of the three builds (cells, rich text, hyperlinks, validation, merges, sizes, protection, images…)', async (tab) => {
    const original = await tabParts(await openPackage(input), tab);
    expect(original.size).toBeGreaterThanOrEqual(1);
    for (const out of outputs) {
      const copied = await tabParts(await openPackage(out), tab);
      // Same bytes; the parts may live under the same names since nothing moves them.
      expect([...copied.values()]).toEqual([...original.values()]);
    }
  });

  it('keeps the image, comments and drawing of the Rich tab as parts of the output', async () => {
    const parts = [...(await tabParts(await openPackage(outputs[2]), 'Rich')).keys()];
    expect(parts.some((p) => /media\/.*\.png$/.test(p))).toBe(true);
    expect(parts.some((p) => /drawings\/drawing\d+\.xml$/.test(p))).toBe(true);
    expect(parts.some((p) => /comments\d*\.xml$/.test(p))).toBe(true);
  });

  it('keeps the shared strings and theme as they were, and every style a user tab uses at its index', async () => {
    const original = await openPackage(input);
    const last = await openPackage(outputs[2]);
    for (const part of ['xl/sharedStrings.xml', 'xl/theme/theme1.xml']) {
      expect(await last.zip.file(part)!.async('nodebuffer')).toEqual(await original.zip.file(part)!.async('nodebuffer'));
    }
    const [a, b] = [await original.zip.file('xl/styles.xml')!.async('string'), await last.zip.file('xl/styles.xml')!.async('string')];
    for (const [section, child] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf'], ['dxfs', 'dxf']]) {
      const old = styleEntries(a, section, child);
      expect(styleEntries(b, section, child).slice(0, old.length)).toEqual(old);
    }
  });

  it('keeps the named range, the print area and every other defined name of the user tabs', async () => {
    const original = definedNames(await openPackage(input));
    const last = definedNames(await openPackage(outputs[2]));
    expect([...original.keys()].sort()).toEqual(['Rich!_xlnm.Print_Area', 'Scores']);
    for (const [name, text] of original) expect(last.get(name)).toBe(text);
    expect(last.get('Scores')).toBe('Rich!$B$2:$B$4');
  });

  it('is a workbook ExcelJS reads back with the features in place', async () => {
    const book = await readBook(outputs[2]);
    const rich = book.getWorksheet('Rich')!;
    expect(book.getWorksheet('Hidden')!.state).toBe('hidden');
    expect(book.getWorksheet('Very hidden')!.state).toBe('veryHidden');
    expect((rich.getCell('A1').value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')).toBe('Bold red theme');
    expect((rich.getCell('B1').value as ExcelJS.CellHyperlinkValue).hyperlink).toBe('https://example.com/cx');
    expect(rich.getCell('B7').value).toEqual({ error: '#N/A' });
    expect(rich.getCell('A2').font).toMatchObject({ underline: 'double', strike: true, name: 'Comic Sans MS', size: 14 });
    expect(rich.getCell('A3').border).toMatchObject({ top: { style: 'dashed' }, bottom: { style: 'thick' } });
    expect(rich.getCell('A4').fill).toMatchObject({ type: 'pattern', pattern: 'darkTrellis' });
    expect(rich.getCell('A5').alignment).toMatchObject({ indent: 2 });
    expect(rich.getCell('A6').alignment).toMatchObject({ textRotation: 45 });
    expect(rich.getCell('D2').dataValidation).toMatchObject({ type: 'whole', formulae: [1, 10] });
    expect(rich.getCell('D3').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThan' });
    expect(rich.getRow(3).height).toBe(30);
    expect(rich.getRow(9).hidden).toBe(true);
    expect(rich.getColumn(3).hidden).toBe(true);
    expect(rich.getImages()).toHaveLength(1);
    expect(rich.getCell('B5').value).toEqual({ formula: 'SUM(B2:B4)', result: 6 });
    expect((rich.properties.tabColor as { theme?: number }).theme).toBe(5);
    expect(book.getWorksheet('Valuation grid')!.getCell('A1').value).toBeTruthy();
  });
});

describe('generated-tab marks survive XLSX (DESIGN §4)', () => {
  it('rebuilds its own tab however many times, and never touches the user\'s tab of the same name', async () => {
    const input = file('own-tab.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Touchpoints').addRows(MATRIX_TOUCHPOINTS);
    const mine = book.addWorksheet('Valuation grid');
    mine.addRows([['My own grid', 42], ['=2+2 is text here']]);
    mine.getCell('A1').font = { bold: true, color: { theme: 3 } };
    await book.xlsx.writeFile(input);
    const original = await tabParts(await openPackage(input), 'Valuation grid');
    let from = input;
    for (let i = 1; i <= 4; i++) {
      const out = file(`own-tab-${i}.xlsx`);
      const run = cxSheets('grid', from, '--out', out);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(i === 1 ? '"Valuation grid (2)" written' : '"Valuation grid (2)" rebuilt');
      const pkg = await openPackage(out);
      expect([...pkg.tabs.keys()]).toEqual(['Touchpoints', 'Valuation grid', 'Valuation grid (2)']);
      expect([...(await tabParts(pkg, 'Valuation grid')).values()]).toEqual([...original.values()]);
      from = out;
    }
  });

  it('rebuilds a tab written by an earlier version, which kept its marks in a very hidden sheet by tab name', async () => {
    const input = file('legacy.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Touchpoints').addRows(MATRIX_TOUCHPOINTS);
    book.addWorksheet('Valuation grid').addRows([['Valuation grid (an old build)']]);
    const meta = book.addWorksheet('_cx_local_metadata', { state: 'veryHidden' });
    meta.addRow(['kind', 'sheet', 'key', 'value', 'visibility']);
    // The old runtime numbered tabs itself; this id means nothing after the XLSX trip.
    const mark = { kind: 'valuation-grid', source: 'Touchpoints!A1:I8', sourceSheet: 'Touchpoints', builtAt: '2026-01-01T00:00:00.000Z', sheetId: 7 };
    meta.addRow(['developer-metadata', 'Valuation grid', 'cx-sheets.generated', JSON.stringify(mark), 'DOCUMENT']);
    await book.xlsx.writeFile(input);
    const out = file('legacy-out.xlsx');
    const run = cxSheets('grid', input, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"Valuation grid" rebuilt');
    const again = file('legacy-out-2.xlsx');
    expect(cxSheets('grid', out, '--out', again).stdout).toContain('"Valuation grid" rebuilt');
    expect([...(await openPackage(again)).tabs.keys()]).toEqual(['Touchpoints', 'Valuation grid']);
  });
});

describe('cx-sheets recalc rewrites formula results only', () => {
  it('keeps data tabs byte for byte, keeps each formula as written, updates results and spills; a second recalc changes nothing', async () => {
    const input = file('survey.xlsx');
    const book = new ExcelJS.Workbook();
    const data = book.addWorksheet('Data');
    data.addRows([['Channel', 'NPS'], ['Online', 10], ['Store', 9], ['Online', 3], ['Store', 7]]);
    data.getCell('A1').font = { bold: true, underline: true };
    const metrics = book.addWorksheet('Metrics');
    // Results as a stale file may have them: wrong, or missing.
    metrics.getCell('A1').value = { formula: 'NPS(Data!B2:B)', result: 99 };
    metrics.getCell('A2').value = { formula: 'SUM(Data!B2:B5)', result: 29 };
    metrics.getCell('A2').numFmt = '0.0';
    metrics.getCell('C1').value = { formula: 'NPS_BY(Data!B2:B,Data!A2:A)' } as ExcelJS.CellFormulaValue;
    metrics.getCell('A4').value = 'a label';
    await book.xlsx.writeFile(input);
    const output = file('survey-recalc.xlsx');
    expect(cxSheets('recalc', input, '--out', output).status).toBe(0);
    const [inPkg, outPkg] = [await openPackage(input), await openPackage(output)];
    expect([...(await tabParts(outPkg, 'Data')).values()]).toEqual([...(await tabParts(inPkg, 'Data')).values()]);
    const xml = async (pkg: Package) => pkg.zip.file(pkg.tabs.get('Metrics')!.part)!.async('string');
    const [before, after] = [await xml(inPkg), await xml(outPkg)];
    const formulas = (text: string) => [...text.matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas(after)).toEqual(formulas(before));
    // NPS: promoters 10, 9; detractor 3; passive 7 → (2 − 1) / 4 × 100 = 25. SUM = 29.
    const shown = await readBook(output);
    const m = shown.getWorksheet('Metrics')!;
    expect((m.getCell('A1').value as ExcelJS.CellFormulaValue).result).toBe(25);
    expect((m.getCell('A2').value as ExcelJS.CellFormulaValue).result).toBe(29);
    expect(m.getCell('A2').numFmt).toBe('0.0');
    expect(m.getCell('A4').value).toBe('a label');
    // NPS_BY spills a table below and right of C1: its cells are in the output.
    expect(m.getCell('C2').value).not.toBeNull();
    const again = file('survey-recalc-2.xlsx');
    const run = cxSheets('recalc', output, '--out', again);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/results updated/);
    expect(await xml(await openPackage(again))).toBe(after);
  });
});
