// `cx-sheets report` and `cx-sheets build` on a survey the add-on has not seen, run as a user
// runs them (a child process, workbooks written and read with ExcelJS). Every expected value
// is computed here from its definition, not by the add-on's code.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { referenceAnalysis } from '../../helpers/relativeWeightsReference';
import { cxSheets, readBook, writeWorkbook } from './cliWorkbook';

jest.setTimeout(180_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-report-'));
const file = (name: string) => path.join(dir, name);
const Z95 = 1.959963984540054;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOUCHPOINTS: ExcelJS.CellValue[][] = [
  ['Stage', 'Touchpoint', 'Path', 'Valuation'],
  ['Buy', 'Delivery', 'Online', -2],
  ['Buy', 'Delivery', 'Store', 0],
  ['Buy', 'Checkout', null, 2],
  ['After', 'Returns', null, null],
  ['After', 'Hotline', null, 0],
];
/** Rating columns: header, touchpoint, weight of the customer's mood, valuation (mean over paths; null: not valued; undefined: not in Touchpoints). */
const RATINGS: readonly [string, string, number, number | null | undefined][] = [
  ['CSAT Delivery', 'Delivery', 0.8, -1],
  ['Checkout satisfaction', 'Checkout', 0.5, 2],
  ['Zadowolenie – Returns', 'Returns', 0.3, null],
  ['Hotline', 'Hotline', 0.6, 0],
  ['Packaging rating', 'Packaging', 0.2, undefined],
];
const COMMENTS = ['Delivery was late', 'Courier was friendly', 'Checkout was easy', 'Price too high', 'Great staff', 'Return label missing', 'Nothing to add', null];
const THEMES: [string, string[]][] = [
  ['Delivery', ['delivery', 'courier']],
  ['Checkout', ['checkout']],
  ['Price', ['price']],
  ['Staff', ['staff']],
  ['Returns', ['return', 'label']],
];

const N = 900;
const next = random(20261201);
const rows: ExcelJS.CellValue[][] = [];
for (let i = 0; i < N; i++) {
  const mood = next();
  const nps = i % 97 === 5 ? "don't know" : Math.max(0, Math.min(10, Math.round(10 * (0.75 * mood + 0.25 * next()))));
  const ratings = RATINGS.map(([, , weight], j) => (next() < 0.06 ? null : 1 + Math.round(4 * (weight * mood + (1 - weight) * next()) + (j === 1 ? 0.6 : j === 2 ? -0.3 : 0)) - 0));
  const clamped = ratings.map((r) => (r === null ? null : Math.max(1, Math.min(5, r))));
  rows.push([new Date(Date.UTC(2026, Math.floor(i / 150), 1 + (i % 28))), ['Online', 'Store'][i % 2], ['A', 'B', 'C'][i % 3], nps, 1 + Math.floor(next() * 7), 1 + Math.floor(mood * 4.999), ...clamped, COMMENTS[i % COMMENTS.length]]);
}
const HEADER = ['Date', 'Channel', 'Segment', 'NPS', 'CES', 'CSAT', ...RATINGS.map(([h]) => h), 'Comment'];
const TABS = { Responses: [HEADER, ...rows], Touchpoints: TOUCHPOINTS, Themes: [['Theme', 'Keywords'], ...THEMES.map(([name, words]) => [name, words.join(', ')])] };

// ---- expected, from the definitions ----
const npsScores = rows.map((r) => r[3]).filter((v): v is number => typeof v === 'number');
const promoters = npsScores.filter((s) => s >= 9).length;
const detractors = npsScores.filter((s) => s <= 6).length;
const n = npsScores.length;
const expectedNps = (100 * (promoters - detractors)) / n;
// Adjusted Wald (DESIGN §2): add 3 answers, 0.75 promoters and 0.75 detractors.
const pt = (promoters + 0.75) / (n + 3);
const dt = (detractors + 0.75) / (n + 3);
const margin = Z95 * 100 * Math.sqrt((pt + dt - (pt - dt) ** 2) / (n + 3));
const expectedInterval = [100 * (pt - dt) - margin, 100 * (pt - dt) + margin];

const outcome = rows.map((r) => (typeof r[3] === 'number' ? (r[3] as number) : undefined));
const ratingColumns = RATINGS.map((_, j) => rows.map((r) => (r[6 + j] === null ? undefined : (r[6 + j] as number))));
const reference = referenceAnalysis(outcome, ratingColumns);
const signed = (level: number) => (level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0');
// A whole level as Sheets' ROUND gives it: halves away from zero.
const wholeLevel = (x: number) => Math.sign(x) * Math.floor(Math.abs(x) + 0.5);
const expectedTouchpoints = RATINGS.map(([header, , , valuation], j) => {
  const answers = ratingColumns[j].filter((v): v is number => v !== undefined);
  const mean = answers.reduce((a, b) => a + b, 0) / answers.length;
  const suggested = -2 + (4 * (mean - 1)) / (5 - 1);
  const check =
    valuation === undefined ? null : valuation === null ? `not valued; data suggest ${signed(wholeLevel(suggested))}` : Math.abs(suggested - valuation) < 1 ? null : `data suggest ${signed(wholeLevel(suggested))}`;
  return {
    header,
    responses: answers.length,
    csat: (100 * answers.filter((a) => a >= 4).length) / answers.length,
    dissatisfied: (100 * answers.filter((a) => a <= 2).length) / answers.length,
    mean,
    importance: reference.drivers[j].importance,
    valuation: valuation === undefined ? 'not in Touchpoints' : valuation,
    suggested: valuation === undefined ? null : suggested,
    check,
  };
});
const comments = rows.map((r) => r[r.length - 1]).filter((c): c is string => typeof c === 'string');
const mentions = (theme: string) => comments.filter((c) => c.toLowerCase().split(/\W+/).some((w) => THEMES.find(([t]) => t === theme)![1].includes(w))).length;

/** The rows under the header row whose first cells are `first`, down to the first blank first cell. */
function tableUnder(sheet: ExcelJS.Worksheet, first: readonly string[], width: number): unknown[][] {
  const out: unknown[][] = [];
  let inTable = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null);
    if (inTable && values[0] === null) inTable = false;
    if (inTable) out.push(values);
    if (!inTable && out.length === 0 && first.every((f, i) => values[i] === f)) inTable = true;
  });
  return out;
}

describe('cx-sheets report', () => {
  const input = file('survey.xlsx');
  const output = file('survey-report.xlsx');
  let book: ExcelJS.Workbook;
  let run: ReturnType<typeof cxSheets>;

  beforeAll(async () => {
    await writeWorkbook(input, TABS);
    run = cxSheets('report', input, '--out', output);
    book = await readBook(output);
  });

  it('says what it wrote', () => {
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/"Survey report" written from Responses!A1:L901, Touchpoints!A1:D6, Themes!A1:B6: \d+ responses, NPS/);
  });

  it('writes the NPS with its adjusted-Wald interval', () => {
    const sheet = book.getWorksheet('Survey report')!;
    const headline = tableUnder(sheet, ['Measure', 'Value'], 4);
    expect(headline[0][1]).toBe(n);
    const nps = headline.find((r) => r[0] === 'NPS')!;
    expect(nps[1] as number).toBeCloseTo(expectedNps, 6);
    expect(nps[2] as number).toBeCloseTo(expectedInterval[0], 6);
    expect(nps[3] as number).toBeCloseTo(expectedInterval[1], 6);
  });

  it('gives each touchpoint its CSAT %, Dissatisfied %, Mean, Importance %, suggested valuation and Valuation check, most important first', () => {
    const table = tableUnder(book.getWorksheet('Survey report')!, ['Touchpoint', 'Responses', 'CSAT %'], 12).filter((r) => typeof r[1] === 'number');
    const order = [...expectedTouchpoints].sort((a, b) => b.importance - a.importance);
    expect(table.map((r) => r[0])).toEqual(order.map((e) => e.header));
    for (const [i, e] of order.entries()) {
      const r = table[i];
      expect(r[1]).toBe(e.responses);
      expect(r[2] as number).toBeCloseTo(e.csat, 6);
      expect(r[5] as number).toBeCloseTo(e.dissatisfied, 6);
      expect(r[6] as number).toBeCloseTo(e.mean, 6);
      expect(r[7] as number).toBeCloseTo(e.importance, 6);
      expect(r[9]).toEqual(e.valuation);
      if (e.suggested === null) expect(r[10]).toBeNull();
      else expect(r[10] as number).toBeCloseTo(e.suggested, 6);
      expect(r[11]).toEqual(e.check);
    }
    // Both kinds of check occur, so the test sees the check filled and left blank.
    expect(order.filter((e) => e.check !== null).length).toBeGreaterThan(0);
    expect(order.filter((e) => e.check === null && e.suggested !== null).length).toBeGreaterThan(0);
  });

  it('counts each theme\'s mentions', () => {
    const table = tableUnder(book.getWorksheet('Survey report')!, ['Theme', 'Mentions'], 4);
    const overall = table.slice(0, THEMES.length);
    expect(Object.fromEntries(overall.map((r) => [r[0], r[1]]))).toEqual(Object.fromEntries(THEMES.map(([t]) => [t, mentions(t)])));
  });

  it('lists every rating off the scale with its row, column and header; exit 1; no output', async () => {
    const bad = file('bad.xlsx');
    const broken = rows.map((r) => [...r]);
    broken[3][6] = 6; // sheet row 5, column G
    broken[10][9] = 9; // sheet row 12, column J
    await writeWorkbook(bad, { ...TABS, Responses: [HEADER, ...broken] });
    const failed = cxSheets('report', bad, '--out', file('bad-report.xlsx'));
    expect(failed.status).toBe(1);
    expect(failed.stderr.slice(1)).toEqual([
      '  Responses row 5, column G (CSAT Delivery): 6 is not a score on the 1–5 scale; allowed: a whole score from 1 to 5, or blank',
      '  Responses row 12, column J (Hotline): 9 is not a score on the 1–5 scale; allowed: a whole score from 1 to 5, or blank',
    ]);
    expect(existsSync(file('bad-report.xlsx'))).toBe(false);
    // On a 1–10 scale, both are answers (--scale 10).
    expect(cxSheets('report', bad, '--out', file('bad-10.xlsx'), '--scale', '10').status).toBe(0);
  });
});

describe('cx-sheets report --map', () => {
  // A survey tool's export: the questions as headers, none of them a name the report knows.
  const QUESTIONS = ['Submitted', 'How likely are you to recommend us to a friend?', 'Anything else?'];
  const exported = [QUESTIONS, ...rows.map((r) => [r[0], r[3], r[r.length - 1]])];

  it('reads headers it does not know once --map names them (by header or by letter), with the same NPS as the named table', async () => {
    const input = file('export.xlsx');
    await writeWorkbook(input, { Responses: exported });
    const unmapped = cxSheets('report', input, '--out', file('export-unmapped.xlsx'));
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr.join('\n')).toContain('no NPS column');
    const output = file('export-report.xlsx');
    const run = cxSheets('report', input, '--out', output, '--map', `nps=${QUESTIONS[1]}`, '--map', 'date=A', '--map', 'comment=anything else');
    expect(run.stderr).toEqual([]);
    const headline = tableUnder((await readBook(output)).getWorksheet('Survey report')!, ['Measure', 'Value'], 4);
    const nps = headline.find((r) => r[0] === 'NPS')!;
    expect(Math.abs((nps[1] as number) - expectedNps)).toBeLessThan(1e-6);
    expect(Math.abs((nps[2] as number) - expectedInterval[0])).toBeLessThan(1e-6);
  });

  it('reads the Touchpoints table with --touchpoints-map, for the valuation check', async () => {
    const input = file('scored-touchpoints.xlsx');
    const scored = TOUCHPOINTS.map((row, i) => (i === 0 ? row.map((h) => (h === 'Valuation' ? 'Score' : h)) : row));
    await writeWorkbook(input, { ...TABS, Touchpoints: scored });
    expect(cxSheets('report', input, '--out', file('scored-unmapped.xlsx')).stderr.join('\n')).toContain('no Valuation column');
    const output = file('scored-report.xlsx');
    const run = cxSheets('report', input, '--out', output, '--touchpoints-map', 'valuation=Score');
    expect(run.stderr).toEqual([]);
    const table = tableUnder((await readBook(output)).getWorksheet('Survey report')!, ['Touchpoint', 'Responses', 'CSAT %'], 12).filter((r) => typeof r[1] === 'number');
    // Checkout is valued +2 in the table: its Valuation cell carries it again.
    expect(table.find((r) => r[0] === 'Checkout satisfaction')?.[9]).toBe(2);
  });

  it('refuses a --map without "=" before reading IN, and lists the columns a mapping may name', () => {
    const run = cxSheets('report', file('missing.xlsx'), '--out', file('never.xlsx'), '--map', 'nps');
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual(['cx-sheets: --map nps: allowed: column=header or column=letter, e.g. --map nps="How likely are you to recommend us?"']);
    expect(cxSheets('report', '--help').stdout.replace(/\s+/g, ' ')).toContain('(columns: date, nps, ces, csat, channel, segment, comment)');
  });
});

describe('cx-sheets build with a Responses table', () => {
  it('builds the report beside the grid', async () => {
    const input = file('both.xlsx');
    const output = file('both-built.xlsx');
    await writeWorkbook(input, TABS);
    const run = cxSheets('build', input, '--out', output);
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toContain(`${output}: "Valuation grid" written from Touchpoints!A1:D6`);
    expect(run.stdout).toContain(`${output}: "Survey report" written from Responses!A1:L901`);
    const book = await readBook(output);
    expect(book.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Responses', 'Touchpoints', 'Themes', 'Valuation grid', 'Survey report']);
  });
});
