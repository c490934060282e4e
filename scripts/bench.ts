/**
 * npm run bench: every metric over 1,000,000 cells passed as Sheets passes them (a
 * 1,000,000 × 1 array of arrays with some blanks, "n/a" and numeric text), timed through the
 * built dist/Code.js, as a ratio to a bare Float64Array loop computing the same counts over
 * the same values in the same run (median of several interleaved repetitions). Budget
 * (DESIGN §7): within 10× of the bare loop. Also prints the size of dist/Code.js.
 *
 * DRIVERS runs on 100,000 survey rows × 15 rating columns instead (DESIGN §7: well under a
 * second); its bare loop sums the cross-products of every pair over a Float64Array.
 *
 * The bundle is evaluated twice: in this realm (as Apps Script's V8 runs it, with an ordinary
 * global object) and in a bare `vm` context like the bundle tests. Node's vm contexts route
 * every global lookup (Number, Math, …) through interceptors, which Apps Script does not
 * have, so the vm figures are shown for information and the budget applies to the first.
 *
 * THEMES is timed on its own, after the table: 100,000 comments with and without a theme list,
 * against DESIGN §7's "well under a second".
 * Then the command line on large workbooks (scripts/lib/benchCommands.ts): time and peak
 * memory of `cx-sheets recalc` on 100,000 and 1,000,000 responses and of `cx-sheets build`
 * for a 200-touchpoint grid and a 10,000-project matrix. `npm run bench -- --cli-only`
 * prints just those.
 *
 * Run `npm run build` first (npm run bench does). No timing is ever asserted in tests. Garbage
 * collection lands in whichever call happens to trigger it; the median of many interleaved
 * repetitions keeps that noise out. (Forcing a full collection before each call was tried: it
 * made the metrics two to four times slower than without, so it measured something else.)
 */
import { createWorkbook, loadAddon } from '../local/runtime';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { commandLineBench } from './lib/benchCommands';

const root = path.resolve(__dirname, '..');
const codePath = path.join(root, 'dist/Code.js');
const ROWS = 1_000_000;
const REPETITIONS = 15;
const BUDGET = 10;
const FUNCTIONS = ['NPS', 'NPS_MOE', 'NPS_TEST', 'NPS_BY', 'CES', 'CSAT', 'TOUCHPOINT_GAP', 'TOUCHPOINT_VALUE', 'NPS_CI', 'NPS_TREND', 'NPS_SAMPLE_SIZE', 'CSAT_BY', 'CES_BY', 'DRIVERS'] as const;
type Api = Record<(typeof FUNCTIONS)[number], (...args: unknown[]) => unknown>;

function loadInThisRealm(code: string): Api {
  return vm.runInThisContext(`(function () {\n${code}\nreturn { ${FUNCTIONS.join(', ')} };\n})`)();
}

function loadInBareContext(code: string): Api {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  return Object.fromEntries(FUNCTIONS.map((name) => [name, context[name]])) as Api;
}

/** mulberry32: a small seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Cell = number | string | Date;
interface Column {
  /** As Sheets passes it: one array per row. */
  readonly cells: Cell[][];
  /** The same values for the bare loop: the score, or NaN where the function skips the cell. */
  readonly values: Float64Array;
}

/** Scores min..max (step 1, or `step`), with 1% blanks, 0.5% "n/a" and 0.5% numeric text like " 7,0 ". */
function surveyColumn(seed: number, min: number, max: number, step = 1): Column {
  const next = random(seed);
  const cells: Cell[][] = new Array(ROWS);
  const values = new Float64Array(ROWS);
  const levels = Math.round((max - min) / step) + 1;
  for (let i = 0; i < ROWS; i++) {
    const score = min + Math.floor(next() * levels) * step;
    const kind = next();
    if (kind < 0.01) {
      cells[i] = [''];
      values[i] = NaN;
    } else if (kind < 0.015) {
      cells[i] = ['n/a'];
      values[i] = NaN;
    } else if (kind < 0.02) {
      cells[i] = [` ${String(score).replace('.', ',')} `];
      values[i] = score;
    } else {
      cells[i] = [score];
      values[i] = score;
    }
  }
  return { cells, values };
}

interface Groups {
  readonly cells: Cell[][];
  readonly codes: Int32Array;
  readonly count: number;
}

function regionGroups(seed: number): Groups {
  const names = ['North', 'South', 'East', 'West', 'Online', 'Phone', ''];
  const next = random(seed);
  const cells: Cell[][] = new Array(ROWS);
  const codes = new Int32Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const code = Math.floor(next() * names.length);
    cells[i] = [names[code]];
    codes[i] = code;
  }
  return { cells, codes, count: names.length };
}

/** Response dates at local midnight over two years, grouped by month (24 groups). */
function dateGroups(seed: number): Groups {
  const next = random(seed);
  const cells: Cell[][] = new Array(ROWS);
  const codes = new Int32Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(2025, 0, 1 + Math.floor(next() * 730));
    cells[i] = [date];
    codes[i] = (date.getFullYear() - 2025) * 12 + date.getMonth();
  }
  return { cells, codes, count: 24 };
}

// The bare loops: the same counts over Float64Arrays, nothing else.
function npsCounts(values: Float64Array): number {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s >= 9) promoters++;
    else if (s >= 7) passives++;
    else if (s >= 0) detractors++;
  }
  return promoters * 1e12 + passives * 1e6 + detractors;
}

function groupedNpsCounts(values: Float64Array, groups: Groups): Float64Array {
  const counts = new Float64Array(groups.count * 3);
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s !== s) continue;
    counts[groups.codes[i] * 3 + (s >= 9 ? 0 : s >= 7 ? 1 : 2)]++;
  }
  return counts;
}

function cesCounts(values: Float64Array): number {
  let sum = 0;
  let easy = 0;
  let difficult = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s !== s) continue;
    sum += s;
    n++;
    if (s >= 5) easy++;
    else if (s <= 3) difficult++;
  }
  return sum + easy + difficult + n;
}

function satisfiedCount(values: Float64Array): number {
  let satisfied = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s !== s) continue;
    n++;
    if (s >= 4) satisfied++;
  }
  return satisfied / n;
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s !== s) continue;
    sum += s;
    n++;
  }
  return sum / n;
}

/** The per-group counts of each answer 1..levels (what CSAT_BY and CES_BY count). */
function groupedAnswerCounts(values: Float64Array, groups: Groups, levels: number): Float64Array {
  const counts = new Float64Array(groups.count * levels);
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s !== s) continue;
    counts[groups.codes[i] * levels + s - 1]++;
  }
  return counts;
}

function gaps(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v < 0 ? -v : 0;
  }
  return out;
}

/** TOUCHPOINT_GAP's bare loop: its 1,000,000 one-cell output rows, the least a function returning them can do. */
function outputRows(values: Float64Array): Array<Array<number | string>> {
  const rows: Array<Array<number | string>> = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    rows[i] = [v !== v ? '' : v < 0 ? -v : 0];
  }
  return rows;
}

/** DESIGN §7: DRIVERS over 100,000 rows × 15 drivers. */
const DRIVER_ROWS = 100_000;
const DRIVER_COUNT = 15;

interface DriverSurvey {
  /** As Sheets passes them: NPS as a column, the ratings as rows of 15 cells. */
  readonly outcome: Cell[][];
  readonly ratings: Cell[][];
  /** Row-major (NPS, 15 ratings) per row for the bare loop; NaN where a cell is skipped. */
  readonly values: Float64Array;
}

/** Ratings 1–5 around a respondent's latent satisfaction, 2% blank and 1% "n/a"; NPS leans on three drivers. */
function driverSurvey(seed: number): DriverSurvey {
  const next = random(seed);
  const m = DRIVER_COUNT + 1;
  const outcome: Cell[][] = new Array(DRIVER_ROWS);
  const ratings: Cell[][] = new Array(DRIVER_ROWS);
  const values = new Float64Array(DRIVER_ROWS * m);
  for (let i = 0; i < DRIVER_ROWS; i++) {
    const latent = next() * 2 - 1;
    const row: Cell[] = new Array(DRIVER_COUNT);
    let lean = 0;
    for (let j = 0; j < DRIVER_COUNT; j++) {
      const level = Math.max(1, Math.min(5, Math.round(3 + 1.5 * latent + (next() - 0.5) * 2)));
      if (j < 3) lean += (3 - j) * 0.4 * (level - 3);
      const kind = next();
      row[j] = kind < 0.02 ? '' : kind < 0.03 ? 'n/a' : level;
      values[i * m + 1 + j] = kind < 0.03 ? NaN : level;
    }
    const nps = Math.max(0, Math.min(10, Math.round(6 + lean + (next() - 0.5) * 4)));
    outcome[i] = [nps];
    ratings[i] = row;
    values[i * m] = nps;
  }
  return { outcome, ratings, values };
}

/** The bare loop: Σx, Σx² and Σxy of every pair over the rows, on a Float64Array, blanks skipped per cell. */
function crossProducts(values: Float64Array): Float64Array {
  const m = DRIVER_COUNT + 1;
  const sums = new Float64Array(m * m + m);
  for (let i = 0; i < DRIVER_ROWS; i++) {
    const base = i * m;
    for (let a = 0; a < m; a++) {
      const x = values[base + a];
      if (x !== x) continue;
      sums[m * m + a] += x;
      for (let b = a; b < m; b++) {
        const y = values[base + b];
        if (y === y) sums[a * m + b] += x * y;
      }
    }
  }
  return sums;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Case {
  readonly name: string;
  readonly run: (api: Api) => unknown;
  readonly bare: () => unknown;
}

function measure(api: Api, benchCase: Case): { metric: number; bare: number } {
  const metric: number[] = [];
  const bare: number[] = [];
  benchCase.run(api); // warm up both, then interleave so load on the machine hits both alike
  benchCase.bare();
  for (let r = 0; r < REPETITIONS; r++) {
    let start = performance.now();
    benchCase.bare();
    bare.push(performance.now() - start);
    start = performance.now();
    benchCase.run(api);
    metric.push(performance.now() - start);
  }
  return { metric: median(metric), bare: median(bare) };
}

function main(): void {
  const code = readFileSync(codePath, 'utf8');
  const nps = surveyColumn(1, 0, 10);
  const npsB = surveyColumn(2, 0, 10);
  const effort = surveyColumn(3, 1, 7);
  const satisfaction = surveyColumn(4, 1, 5);
  const valuations = surveyColumn(5, -2, 2);
  const regions = regionGroups(6);
  const months = dateGroups(7);
  const drivers = driverSurvey(8);

  const cases: Case[] = [
    { name: 'NPS', run: (api) => api.NPS(nps.cells), bare: () => npsCounts(nps.values) },
    { name: 'NPS_MOE', run: (api) => api.NPS_MOE(nps.cells), bare: () => npsCounts(nps.values) },
    { name: 'NPS_TEST (2 × 1,000,000)', run: (api) => api.NPS_TEST(nps.cells, npsB.cells), bare: () => npsCounts(nps.values) + npsCounts(npsB.values) },
    { name: 'NPS_BY text groups', run: (api) => api.NPS_BY(nps.cells, regions.cells), bare: () => groupedNpsCounts(nps.values, regions) },
    { name: 'NPS_BY dates by month', run: (api) => api.NPS_BY(nps.cells, months.cells, 'month'), bare: () => groupedNpsCounts(nps.values, months) },
    { name: 'CES (net, 1–7)', run: (api) => api.CES(effort.cells, 7, 'net'), bare: () => cesCounts(effort.values) },
    { name: 'CSAT (1–5)', run: (api) => api.CSAT(satisfaction.cells), bare: () => satisfiedCount(satisfaction.values) },
    // Its output is 1,000,000 one-cell rows, as Sheets needs: the bare loop builds the same rows,
    // or the ratio would measure the allocation of a million arrays, not the function.
    { name: 'TOUCHPOINT_GAP (bare loop builds the rows)', run: (api) => api.TOUCHPOINT_GAP(valuations.cells), bare: () => outputRows(valuations.values) },
    { name: 'TOUCHPOINT_VALUE (−2..2 as 1–5)', run: (api) => api.TOUCHPOINT_VALUE(satisfaction.cells), bare: () => meanOf(satisfaction.values) },
    { name: 'DRIVERS (100,000 rows × 15 drivers)', run: (api) => api.DRIVERS(drivers.outcome, drivers.ratings), bare: () => crossProducts(drivers.values) },
    { name: 'NPS_CI', run: (api) => api.NPS_CI(nps.cells), bare: () => npsCounts(nps.values) },
    { name: 'NPS_TREND by month', run: (api) => api.NPS_TREND(nps.cells, months.cells), bare: () => groupedNpsCounts(nps.values, months) },
    { name: 'CSAT_BY text groups', run: (api) => api.CSAT_BY(satisfaction.cells, regions.cells), bare: () => groupedAnswerCounts(satisfaction.values, regions, 5) },
    { name: 'CES_BY dates by month', run: (api) => api.CES_BY(effort.cells, months.cells), bare: () => groupedAnswerCounts(effort.values, months, 7) },
    // No cells: its search over n, at the smallest margin, against the same bare loop as NPS.
    { name: 'NPS_SAMPLE_SIZE(0.5, 0.99, 0.5, 0.2)', run: (api) => api.NPS_SAMPLE_SIZE(0.5, 0.99, 0.5, 0.2), bare: () => npsCounts(nps.values) },
  ];

  const inRealm = loadInThisRealm(code);
  const inVm = loadInBareContext(code);
  console.log(`dist/Code.js: ${(statSync(codePath).size / 1024).toFixed(1)} KB`);
  console.log(`${ROWS.toLocaleString('en')} rows × 1 column unless named; median of ${REPETITIONS}; ratio = metric time / bare Float64Array loop time\n`);
  const header = ['metric', 'bare loop ms', 'metric ms', 'ratio', 'in bare vm ctx: ms', 'ratio'];
  const rows: string[][] = [];
  let overBudget = 0;
  for (const benchCase of cases) {
    const realm = measure(inRealm, benchCase);
    const inBareContext = measure(inVm, benchCase);
    const ratio = realm.metric / realm.bare;
    if (ratio > BUDGET) overBudget++;
    rows.push([
      benchCase.name,
      realm.bare.toFixed(1),
      realm.metric.toFixed(1),
      `${ratio.toFixed(1)}×${ratio > BUDGET ? ' OVER' : ''}`,
      inBareContext.metric.toFixed(1),
      `${(inBareContext.metric / inBareContext.bare).toFixed(1)}×`,
    ]);
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  rows.forEach((row) => console.log(line(row)));
  const floor = measure(inRealm, { name: 'rows', run: () => outputRows(valuations.values), bare: () => gaps(valuations.values) });
  console.log(
    `\n(TOUCHPOINT_GAP must return one array per row, as Sheets needs: building ${ROWS.toLocaleString('en')} one-cell rows from a ` +
      `Float64Array takes ${floor.metric.toFixed(1)} ms, ${(floor.metric / floor.bare).toFixed(1)}× a loop writing the gaps into a Float64Array; ` +
      `so its bare loop builds those rows too. Garbage collection makes it vary.)`,
  );
  console.log(overBudget === 0 ? `\nevery metric is within ${BUDGET}× of the bare loop` : `\n${overBudget} metric(s) over the ${BUDGET}× budget`);
  if (overBudget > 0) process.exitCode = 1;
  benchThemes(code);
  benchSurveyReport();
}

// --- THEMES: 100,000 open answers (DESIGN §7: well under a second in Node) --------------------

const COMMENTS = 100_000;
const THEMES_BUDGET_MS = 1000;
const THEMES_REPETITIONS = 7;

/**
 * 100,000 comments as Sheets passes them, English and Polish with inflections, capitals and
 * punctuation, 3–17 words each, 5% blank, and a long tail of 30,000 rare words (names,
 * typos) that every real column of answers has; each with a 0–10 score (2% blank).
 */
function commentColumn(seed: number): { comments: Cell[][]; scores: Cell[][] } {
  const next = random(seed);
  const words = (
    'delivery deliveries Delivery late courier couriers staff friendly rude helpful price prices expensive cheap app website ' +
    'form long wait waiting waited hotline queue refund return great service quality the a and was very not is to it ' +
    'dostawa dostawy dostawie dostawą kurier kuriera kurierem obsługa obsłudze miła cena ceny drogo tanio aplikacja ' +
    'strona formularz czekałem infolinia infolinii zwrot zwrotu reklamacja świetna jakość i w na z nie się bardzo'
  ).split(' ');
  const rare = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
  const comments: Cell[][] = new Array(COMMENTS);
  const scores: Cell[][] = new Array(COMMENTS);
  for (let i = 0; i < COMMENTS; i++) {
    const length = 3 + Math.floor(next() * 15);
    let text = '';
    for (let w = 0; w < length; w++) {
      const word = next() < 0.15 ? rare[Math.floor(next() * rare.length)] : words[Math.floor(next() * words.length)];
      text += (w === 0 ? '' : next() < 0.15 ? ', ' : ' ') + word;
    }
    comments[i] = [next() < 0.05 ? '' : `${text}.`];
    scores[i] = [next() < 0.02 ? '' : Math.floor(next() * 11)];
  }
  return { comments, scores };
}

const THEME_LIST: Cell[][] = [
  ['Theme', 'Keywords'],
  ['Delivery', 'delivery, courier, late, dostawa, kurier, spóźni*'],
  ['Staff', 'staff, friendly, rude, helpful, obsługa, miły'],
  ['Price', 'price, expensive, cheap, cena, drogo, tanio'],
  ['Waiting', 'wait*, queue, hotline, czeka*, infolinia'],
  ['Digital', 'app, website, form*, aplikacja, strona, formularz'],
  ['Returns', 'refund*, return, zwrot, reklamacja'],
  ['Quality', 'quality, jakość, great service'],
];

function benchThemes(code: string): void {
  const THEMES = vm.runInThisContext(`(function () {\n${code}\nreturn THEMES;\n})`)() as (...args: unknown[]) => unknown[][];
  const { comments, scores } = commentColumn(8);
  const timed = (run: () => unknown): number => {
    run(); // warm up
    const samples: number[] = [];
    for (let r = 0; r < THEMES_REPETITIONS; r++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  const withList = timed(() => THEMES(comments, scores, THEME_LIST));
  const discovered = timed(() => THEMES(comments, scores));
  // For scale on a busy machine: one bare pass over every character of the same comments.
  const bareText = timed(() => {
    let sum = 0;
    for (let i = 0; i < comments.length; i++) {
      const text = comments[i][0] as string;
      for (let j = 0; j < text.length; j++) sum = (sum + text.charCodeAt(j)) | 0;
    }
    return sum;
  });
  console.log(`\nTHEMES over ${COMMENTS.toLocaleString('en')} comments (English and Polish, 30,000 rare words), with scores; median of ${THEMES_REPETITIONS}:`);
  const over = (ms: number) => (ms > THEMES_BUDGET_MS ? ` OVER the ${THEMES_BUDGET_MS} ms budget` : '');
  console.log(`  with a themes table of ${THEME_LIST.length - 1} themes: ${withList.toFixed(0)} ms${over(withList)}`);
  console.log(`  without (top 20 words and phrases discovered): ${discovered.toFixed(0)} ms${over(discovered)}`);
  console.log(`  (for scale: one bare pass over every character of these comments takes ${bareText.toFixed(0)} ms here: ${(withList / bareText).toFixed(1)}× and ${(discovered / bareText).toFixed(1)}× that)`);
  if (withList > THEMES_BUDGET_MS || discovered > THEMES_BUDGET_MS) process.exitCode = 1;
}

// --- Survey report: 100,000 responses through the whole build (DESIGN §7: far inside 6 minutes) ----

const REPORT_RESPONSES = 100_000;

/** The Survey report build of 100,000 responses with 5 rating columns, on the local runtime (read, model, layout, write). */
function benchSurveyReport(): void {
  const next = random(17);
  const header = ['Date', 'Channel', 'Segment', 'NPS', 'CES', 'CSAT', 'CSAT Delivery', 'CSAT Checkout', 'CSAT Returns', 'CSAT Hotline', 'CSAT App', 'Comment'];
  const words = ['Delivery was late', 'Great staff', 'Price too high', 'Return label missing', 'App keeps crashing', ''];
  const rows: unknown[][] = [header];
  for (let i = 0; i < REPORT_RESPONSES; i++) {
    const mood = next();
    const rating = (w: number) => (next() < 0.05 ? '' : 1 + Math.round(4 * (w * mood + (1 - w) * next())));
    rows.push([
      new Date(Date.UTC(2026, Math.floor((12 * i) / REPORT_RESPONSES), 1 + (i % 28))),
      ['Online', 'Store', 'Hotline'][i % 3],
      ['A', 'B', 'C', 'D'][i % 4],
      Math.round(10 * (0.7 * mood + 0.3 * next())),
      1 + Math.floor(next() * 7),
      rating(0.5),
      rating(0.8), rating(0.5), rating(0.3), rating(0.6), rating(0.2),
      words[i % words.length],
    ]);
  }
  const touchpoints = [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Delivery', -1], ['Buy', 'Checkout', 1], ['After', 'Returns', ''], ['After', 'Hotline', 0]];
  const addon = loadAddon(createWorkbook({ Responses: rows, Touchpoints: touchpoints }));
  const samples: number[] = [];
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    const result = addon.bundle.buildSurveyReport() as { ok: boolean };
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error('the survey report bench build failed');
  }
  console.log(`
Survey report of ${REPORT_RESPONSES.toLocaleString('en')} responses × 5 rating columns (read, validate, model, layout, write on the local runtime): median of 3 ${median(samples).toFixed(0)} ms`);
}

if (!process.argv.includes('--cli-only')) main();
commandLineBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
