/**
 * Workbooks for `npm run bench`'s command-line figures, written straight to XLSX parts (the
 * way Excel and Google Sheets write them: shared strings, one style for dates) so that even
 * 1,000,000 responses are made in seconds without going through the runtime being measured.
 *
 * - {@link writeResponsesWorkbook}: a Responses tab of N answers × 9 columns (date, channel,
 *   segment, NPS 0–10, CES 1–7, CSAT 1–5, two touchpoint ratings 1–5, a comment on one answer
 *   in ten) and a Metrics tab whose formulas call the add-on's custom functions over whole
 *   columns (`=NPS(Responses!D2:D)` …), as a user's workbook does.
 */
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { seededRandom } from './exampleWorkbook';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Responses" sheetId="1" r:id="rId1"/><sheet name="Metrics" sheetId="2" r:id="rId2"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
/** Style 0: General; style 1: the date format yyyy-mm-dd. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const HEADERS = ['Date', 'Channel', 'Segment', 'NPS', 'CES', 'CSAT', 'CSAT Delivery', 'CSAT Support', 'Comment'];
const CHANNELS = ['Online', 'Store', 'Hotline'];
const SEGMENTS = ['Consumer', 'Small business', 'Corporate'];
const COMMENT_WORDS = ['delivery', 'late', 'friendly', 'staff', 'price', 'website', 'slow', 'great', 'refund', 'queue', 'app', 'helpful'];

/** The Metrics tab: labels in A, a custom function over a whole Responses column in B. */
export const BENCH_METRICS: readonly (readonly [string, string])[] = [
  ['NPS', 'NPS(Responses!D2:D)'],
  ['NPS margin of error', 'NPS_MOE(Responses!D2:D)'],
  ['CES', 'CES(Responses!E2:E)'],
  ['CSAT', 'CSAT(Responses!F2:F)'],
  ['Delivery valuation', 'TOUCHPOINT_VALUE(Responses!G2:G)'],
  ['NPS rounded', 'ROUND(B1,1)'],
  ['NPS by channel', 'NPS_BY(Responses!D2:D,Responses!B2:B)'],
];

/** What was written, counted while writing (so a test can check a recalculation without reading the file back). */
export interface ResponsesWritten {
  readonly bytes: number;
  /** NPS answers (0–10) and how many were 9–10 and 0–6. */
  readonly npsAnswers: number;
  readonly promoters: number;
  readonly detractors: number;
}

/** Writes a Responses + Metrics workbook of `rows` answers to `file`. */
export async function writeResponsesWorkbook(file: string, rows: number, seed = 11): Promise<ResponsesWritten> {
  const random = seededRandom(seed);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string): number => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  const column = (c: number) => String.fromCharCode(65 + c);
  const chunks: Buffer[] = [Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')];
  let part: string[] = [`<row r="1">${HEADERS.map((h, c) => `<c r="${column(c)}1" t="s"><v>${shared(h)}</v></c>`).join('')}</row>`];
  // 1 July 2025 as a serial day (days since 30 December 1899).
  const firstDay = 45839;
  let npsAnswers = 0;
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const score = (min: number, max: number) => (random() < 0.01 ? '' : String(min + Math.floor(random() * (max - min + 1))));
    const cells = [
      `<c r="A${r}" s="1"><v>${firstDay + Math.floor(random() * 365)}</v></c>`,
      `<c r="B${r}" t="s"><v>${shared(CHANNELS[Math.floor(random() * CHANNELS.length)])}</v></c>`,
      `<c r="C${r}" t="s"><v>${shared(SEGMENTS[Math.floor(random() * SEGMENTS.length)])}</v></c>`,
    ];
    [[0, 10], [1, 7], [1, 5], [1, 5], [1, 5]].forEach(([min, max], k) => {
      const value = score(min, max);
      if (value === '') return;
      cells.push(`<c r="${column(3 + k)}${r}"><v>${value}</v></c>`);
      if (k === 0) {
        npsAnswers++;
        if (Number(value) >= 9) promoters++;
        else if (Number(value) <= 6) detractors++;
      }
    });
    if (random() < 0.1) {
      const words = Array.from({ length: 3 + Math.floor(random() * 6) }, () => COMMENT_WORDS[Math.floor(random() * COMMENT_WORDS.length)]);
      cells.push(`<c r="I${r}" t="s"><v>${shared(`${words.join(' ')} #${i}`)}</v></c>`);
    }
    part.push(`<row r="${r}">${cells.join('')}</row>`);
    if (part.length >= 10_000) {
      chunks.push(Buffer.from(part.join('')));
      part = [];
    }
  }
  chunks.push(Buffer.from(`${part.join('')}</sheetData></worksheet>`));
  const metrics = BENCH_METRICS.map(([label, formula], i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${shared(label)}</v></c><c r="B${i + 1}"><f>${escapeXml(formula)}</f></c></row>`).join('');
  const sharedXml = [
    Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">`),
  ];
  for (let i = 0; i < strings.length; i += 10_000) sharedXml.push(Buffer.from(strings.slice(i, i + 10_000).map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')));
  sharedXml.push(Buffer.from('</sst>'));

  const zip = new JSZip();
  const date = new Date(Date.UTC(2026, 0, 1));
  zip.file('[Content_Types].xml', CONTENT_TYPES, { date });
  zip.file('_rels/.rels', ROOT_RELS, { date });
  zip.file('xl/workbook.xml', WORKBOOK, { date });
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS, { date });
  zip.file('xl/styles.xml', STYLES, { date });
  zip.file('xl/sharedStrings.xml', Buffer.concat(sharedXml), { date });
  zip.file('xl/worksheets/sheet1.xml', Buffer.concat(chunks), { date });
  zip.file(
    'xl/worksheets/sheet2.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${metrics}</sheetData></worksheet>`,
    { date },
  );
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  writeFileSync(file, bytes);
  return { bytes: bytes.length, npsAnswers, promoters, detractors };
}

const TOUCHPOINTS_HEADER = ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Target', 'Moment of truth', 'Effort point', 'Reach', 'Owner'];
const PROJECTS_HEADER = ['Project', 'Cost', 'Impact', 'Touchpoints', 'Type', 'Owner'];

/** A Touchpoints table of `count` touchpoints in 5 stages on one path, valued −2…+2. */
export function touchpointRows(count: number, seed = 21): unknown[][] {
  const random = seededRandom(seed);
  const rows: unknown[][] = [TOUCHPOINTS_HEADER];
  for (let i = 0; i < count; i++) {
    const valued = random() < 0.9;
    rows.push([
      `Stage ${1 + Math.floor((i * 5) / count)}`,
      `Touchpoint ${i + 1}`,
      '',
      valued ? Math.floor(random() * 5) - 2 : '',
      random() < 0.3 ? 2 : '',
      random() < 0.2 ? 'yes' : 'no',
      random() < 0.2 ? 'yes' : 'no',
      Math.round(random() * 100) / 100,
      `Team ${1 + Math.floor(random() * 8)}`,
    ]);
  }
  return rows;
}

/** A Projects table of `count` projects with a cost and an impact each (no touchpoints named). */
export function projectRows(count: number, seed = 31): unknown[][] {
  const random = seededRandom(seed);
  const rows: unknown[][] = [PROJECTS_HEADER];
  for (let i = 0; i < count; i++) {
    rows.push([`Project ${i + 1}`, Math.round(random() * 1000) / 10, Math.round(random() * 400) / 100, '', random() < 0.5 ? 'hard' : 'soft', `Owner ${1 + Math.floor(random() * 20)}`]);
  }
  return rows;
}
