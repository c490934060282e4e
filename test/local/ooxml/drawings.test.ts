// Charts of generated tabs as real spreadsheet charts (issue 13, item 1): local/ooxml/drawings.ts
// writes, per generated tab, a drawing part with one anchor per chart and a chart part per
// chart. Checked on a small workbook made here (anchor, size, escaping, scatter looks, y
// bounds), then end to end on `cx-sheets build examples/cx-example.xlsx`: every generated tab
// that has a chart carries it, its series point at the tab's hidden helper columns, the cached
// values are the cells' values, and ExcelJS still opens the file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createWorkbook } from '../../../local/runtime';
import { xlsxBytes } from '../../../local/xlsx';
import { cxSheets } from '../cli/cliWorkbook';

// The build is a child process (tsx start-up included): a limit against hangs, not a timing assertion.
jest.setTimeout(300_000);

/** Columns by letters → 1-based index (A → 1, AA → 27). */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]);

/** Targets of a part's relationships by type suffix, resolved against the part's folder. */
async function related(zip: JSZip, part: string, type: string): Promise<string[]> {
  const rels = zip.file(`${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`);
  if (!rels) return [];
  const text = await rels.async('string');
  return [...text.matchAll(/<Relationship [^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes(`relationships/${type}"`))
    .map((tag) => path.posix.normalize(path.posix.join(path.posix.dirname(part), /Target="([^"]+)"/.exec(tag)![1])));
}

/** Tab name → worksheet part, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])![1], /Target="([^"]+)"/.exec(m[0])![1]]));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])![1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])![1])!;
    parts.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

interface ChartPart {
  readonly title: string;
  readonly xml: string;
}

async function chartsOf(zip: JSZip, sheetPart: string): Promise<{ drawing: string | undefined; charts: ChartPart[] }> {
  const [drawingPart] = await related(zip, sheetPart, 'drawing');
  if (!drawingPart) return { drawing: undefined, charts: [] };
  const drawing = await zip.file(drawingPart)!.async('string');
  const charts: ChartPart[] = [];
  for (const part of await related(zip, drawingPart, 'chart')) {
    const xml = await zip.file(part)!.async('string');
    const title = /<c:chart><c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? '';
    charts.push({ title: title.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'), xml });
  }
  return { drawing, charts };
}

describe('writeDrawings on a workbook made here', () => {
  let zip: JSZip;
  let bytes: Buffer;
  beforeAll(async () => {
    const name = "Bob's <plan> & co";
    const workbook = createWorkbook({
      [name]: [
        ['Stage', 'Now', 'Target', 'Split'],
        ['Before', -1, 1, null],
        ['During', 2, 2, 0.5],
        ['After', 0, 1, 0.5],
      ],
    });
    const sheet = workbook.sheetNamed(name);
    const line = sheet
      .newChart()
      .asLineChart()
      .setPosition(6, 3, 10, 0)
      .setOption('title', 'Now & "target" <along>')
      .setOption('width', 400)
      .setOption('height', 300)
      .setOption('vAxis.viewWindow.min', -2)
      .setOption('vAxis.viewWindow.max', 2)
      .setOption('vAxis.title', 'Valuation')
      .addRange(sheet.getRange('A1:A4'))
      .addRange(sheet.getRange('B1:B4'))
      .addRange(sheet.getRange('C1:C4'))
      .build();
    sheet.insertChart(line);
    const scatter = sheet
      .newChart()
      .asScatterChart()
      .setPosition(20, 1, 0, 0)
      .setOption('title', 'Scatter')
      .setOption('series', { 1: { lineWidth: 2, pointSize: 0 } })
      .addRange(sheet.getRange('B1:B4'))
      .addRange(sheet.getRange('C1:C4'))
      .addRange(sheet.getRange('D1:D4'))
      .build();
    sheet.insertChart(scatter);
    bytes = await xlsxBytes(workbook);
    zip = await JSZip.loadAsync(bytes);
  });

  it('anchors each chart at its cell (0-based in DrawingML) with its size in EMU (1 px = 914400 / 96 = 9525 EMU)', async () => {
    const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    const anchors = all(drawing, /<xdr:oneCellAnchor>(.*?)<\/xdr:oneCellAnchor>/g);
    expect(anchors).toHaveLength(2);
    // setPosition(6, 3, 10, 0): row 6 → 5, column C → 2, 10 px → 95250 EMU; 400 × 300 px.
    expect(anchors[0]).toContain('<xdr:from><xdr:col>2</xdr:col><xdr:colOff>95250</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="3810000" cy="2857500"/>');
    expect(anchors[0]).toContain('r:id="rId1"');
    expect(anchors[1]).toContain('<xdr:col>0</xdr:col>');
    expect(anchors[1]).toContain('<xdr:row>19</xdr:row>');
    expect(anchors[1]).toContain('r:id="rId2"');
    expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain('Target="../drawings/drawing1.xml"');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it('writes a line chart with escaped title and references, cached values, y bounds and axis title', async () => {
    const xml = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('<a:t>Now &amp; &quot;target&quot; &lt;along&gt;</a:t>');
    // The sheet name quoted, its quote doubled, then XML-escaped.
    expect(xml).toContain("<c:f>'Bob''s &lt;plan&gt; &amp; co'!$A$2:$A$4</c:f>");
    expect(xml).toContain("<c:f>'Bob''s &lt;plan&gt; &amp; co'!$B$1</c:f>");
    expect(xml).toContain("<c:f>'Bob''s &lt;plan&gt; &amp; co'!$B$2:$B$4</c:f>");
    expect(all(xml, /<c:ser>(.*?)<\/c:ser>/g)).toHaveLength(2);
    expect(xml).toContain('<c:v>Now</c:v>');
    expect(xml).toContain('<c:pt idx="0"><c:v>Before</c:v></c:pt><c:pt idx="1"><c:v>During</c:v></c:pt><c:pt idx="2"><c:v>After</c:v></c:pt>');
    expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>-1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt><c:pt idx="2"><c:v>0</c:v></c:pt>');
    expect(xml).toContain('<c:scaling><c:orientation val="minMax"/><c:max val="2"/><c:min val="-2"/></c:scaling>');
    expect(xml).toContain('<a:t>Valuation</a:t>');
    expect(xml).toContain('<c:plotVisOnly val="0"/>');
  });

  it('writes a scatter chart: x values from the domain, the pointSize 0 series as a line without markers, the others as markers only', async () => {
    const xml = await zip.file('xl/charts/chart2.xml')!.async('string');
    expect(xml).toContain('<c:scatterChart>');
    const series = all(xml, /<c:ser>(.*?)<\/c:ser>/g);
    expect(series).toHaveLength(2);
    expect(series[0]).toContain('<a:ln w="19050"><a:noFill/></a:ln>');
    expect(series[0]).toContain('<c:symbol val="circle"/>');
    expect(series[1]).toContain('<c:symbol val="none"/>');
    expect(series[1]).not.toContain('<a:noFill/></a:ln></c:spPr><c:marker>');
    // The blank first cell of D is left out of the cache: points 1 and 2 only.
    expect(series[1]).toContain('<c:ptCount val="3"/><c:pt idx="1"><c:v>0.5</c:v></c:pt><c:pt idx="2"><c:v>0.5</c:v></c:pt>');
    for (const s of series) expect(s).toContain("<c:xVal><c:numRef><c:f>'Bob''s &lt;plan&gt; &amp; co'!$B$2:$B$4</c:f>");
  });

  it('is a file ExcelJS opens', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.getWorksheet("Bob's <plan> & co")!.getCell('B3').value).toBe(2);
  });
});

// The example's generated tabs and the titles their builds give their charts.
const EXPECTED: Record<string, string[]> = {
  'Valuation grid': ['Current vs target along the journey'],
  'Cost vs satisfaction': ['Cost vs satisfaction impact'],
  'Stakeholder map': ['Stakeholders: influence × interest'],
  'Re-verification': ['Valuations before and now along the journey'],
  'Survey report': ['NPS with its 95% interval', 'Importance × performance'],
};

describe('cx-sheets build examples/cx-example.xlsx carries every chart of a generated tab', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-charts-'));
  const out = path.join(dir, 'out.xlsx');
  let zip: JSZip;
  let parts: Map<string, string>;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const run = cxSheets('build', 'examples/cx-example.xlsx', '--out', out);
    expect(run.stderr.filter((line) => line.startsWith('cx-sheets:'))).toEqual([]);
    expect(run.status).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(out));
    parts = await sheetParts(zip);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.entries(EXPECTED))('%s has a drawing with its charts, titled as built, reading hidden data', async (tab, titles) => {
    const { drawing, charts } = await chartsOf(zip, parts.get(tab)!);
    expect(drawing).toBeDefined();
    expect(charts.map((c) => c.title)).toEqual(titles);
    for (const chart of charts) {
      expect(chart.xml).toContain('<c:plotVisOnly val="0"/>');
      expect(all(chart.xml, /<c:ser>/g).length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(Object.keys(EXPECTED))('%s: every cached value of a chart is the value of the cell it references', async (tab) => {
    const sheet = book.getWorksheet(tab)!;
    const { charts } = await chartsOf(zip, parts.get(tab)!);
    let checked = 0;
    for (const chart of charts) {
      for (const m of chart.xml.matchAll(/<c:numRef><c:f>([^<]+)<\/c:f><c:numCache>(.*?)<\/c:numCache>/g)) {
        const ref = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(m[1].replace(/&apos;|&#39;/g, "'"))!;
        const column = columnIndex(ref[1]);
        const first = Number(ref[2]);
        for (const pt of m[2].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) {
          const cell = sheet.getCell(first + Number(pt[1]), column).value;
          const value = cell !== null && typeof cell === 'object' && 'result' in cell ? cell.result : cell;
          expect(Number(pt[2])).toBeCloseTo(Number(value), 9);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  const hiddenColumnsOf = async (tab: string): Promise<Set<number>> => {
    const xml = await zip.file(parts.get(tab)!)!.async('string');
    const hidden = new Set<number>();
    for (const m of xml.matchAll(/<col [^>]*>/g)) {
      if (!/hidden="1"/.test(m[0])) continue;
      const min = Number(/min="(\d+)"/.exec(m[0])![1]);
      const max = Number(/max="(\d+)"/.exec(m[0])![1]);
      for (let c = min; c <= max; c++) hidden.add(c);
    }
    return hidden;
  };
  const referencedColumns = (xml: string, tab: string): number[] =>
    all(xml, /<c:f>([^<]+)<\/c:f>/g).map((f) => {
      const text = f.replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      expect(text.startsWith(`'${tab.replace(/'/g, "''")}'!`)).toBe(true);
      return columnIndex(/!\$([A-Z]+)\$/.exec(text)![1]);
    });

  const HIDDEN_DATA = Object.keys(EXPECTED).filter((tab) => tab !== 'Re-verification');
  it.each(HIDDEN_DATA)('%s: every series reference points at a hidden helper column of the tab', async (tab) => {
    const hidden = await hiddenColumnsOf(tab);
    const { charts } = await chartsOf(zip, parts.get(tab)!);
    for (const chart of charts) for (const column of referencedColumns(chart.xml, tab)) expect(hidden.has(column)).toBe(true);
  });

  // Known gap, not of the chart writer: the Re-verification build's chart reads its visible
  // "Touchpoints before and now" table (C24:E47), not a hidden helper range. When that build
  // moves its chart data into hidden columns this test starts passing and jest says so.
  it('Re-verification: every series reference points at a hidden helper column of the tab', async () => {
    const hidden = await hiddenColumnsOf('Re-verification');
    const { charts } = await chartsOf(zip, parts.get('Re-verification')!);
    for (const chart of charts) for (const column of referencedColumns(chart.xml, 'Re-verification')) expect(hidden.has(column)).toBe(true);
  });

  it('rebuilt from its own output, replaces the charts with the tabs: the same 6 charts in 5 drawings, no part left behind', async () => {
    const again = path.join(dir, 'again.xlsx');
    const run = cxSheets('build', out, '--out', again);
    expect(run.status).toBe(0);
    const rebuilt = await JSZip.loadAsync(readFileSync(again));
    const names = Object.keys(rebuilt.files);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(6);
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(5);
    const types = await rebuilt.file('[Content_Types].xml')!.async('string');
    for (const part of all(types, /PartName="\/(xl\/(?:charts|drawings)\/[^"]+)"/g)) expect(names).toContain(part);
    const titles = [];
    const rebuiltParts = await sheetParts(rebuilt);
    for (const tab of Object.keys(EXPECTED)) titles.push(...(await chartsOf(rebuilt, rebuiltParts.get(tab)!)).charts.map((c) => c.title));
    expect(titles).toEqual(Object.values(EXPECTED).flat());
  });

  it('leaves the user tabs without drawings of ours, and ExcelJS opens the output with every tab', async () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([...Object.keys(EXPECTED), 'Touchpoints', 'Projects', 'Metrics']));
    for (const tab of ['Touchpoints', 'Projects', 'Metrics', 'Stakeholders']) {
      const { charts } = await chartsOf(zip, parts.get(tab)!);
      expect(charts).toEqual([]);
    }
  });
});
