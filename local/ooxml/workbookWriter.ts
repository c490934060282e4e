/**
 * Writes the runtime's workbook as XLSX by editing the package it was read from (or a fresh
 * one): the output is the input with only the generated tabs' parts added, replaced or
 * removed (DESIGN §6: "the command line copies what it did not generate").
 *
 * - A tab read from the file and not changed since (sheet.changed) keeps its part, and its
 *   part's relationships and related parts (drawings, images, comments, tables, printer
 *   settings…), byte for byte: the zip entries are reused, compressed data and all.
 * - A tab the model has that the file does not (a generated tab), or one that changed, is
 *   written from the model (./sheetWriter.ts) as a new part; its styles are appended to the
 *   workbook's styles, its text is inline, so the shared strings and every style index the
 *   copied tabs use stay valid.
 * - A tab of the file the model no longer has (an earlier build that was replaced) loses its
 *   part, its relationships, and the parts only it used.
 * - workbook.xml keeps everything but its `<sheets>` list (copied entries as they were, their
 *   name and visibility updated), `<definedNames>` (names scoped to a removed tab dropped,
 *   scopes renumbered, references to a removed tab made #REF!, named ranges the model
 *   added or removed, developer metadata: see ./metadata.ts) and the active tab's index;
 *   the workbook's relationships, `[Content_Types].xml` and docProps/app.xml's list of tabs
 *   follow; the calculation chain, which lists formula cells by tab, is dropped when the tabs
 *   change (Excel rebuilds it).
 * - With `formulaResults` (`cx-sheets recalc`), a copied tab whose formulas now show other
 *   results has just those cells' results rewritten (./resultPatch.ts).
 */
import path from 'node:path/posix';
import JSZip from 'jszip';
import { sheetReference } from '../../src/core/tabs/sheetReference';
import { formatA1 } from '../a1';
import { rewriteFormula } from '../formulaText';
import type { LocalSheet } from '../spreadsheetApp/sheet';
import type { LocalSpreadsheet } from '../spreadsheetApp/spreadsheet';
import { writeDrawings } from './drawings';
import { METADATA_NAME_PREFIX, metadataDefinedNames } from './metadata';
import { CORE_PROPERTIES_PART, DEFAULT_LOCALE, readDocumentLanguage, withDocumentLanguage } from './documentLanguage';
import {
  CONTENT_TYPE,
  ContentTypes,
  freeRelationshipId,
  NS,
  parseRelationships,
  readWorkbookParts,
  REL,
  Relationship,
  relationshipsXml,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  WorkbookParts,
  WorkbookSheetEntry,
  XlsxPackage,
} from './package';
import { patchFormulaResults } from './resultPatch';
import { DrawingContext, DrawingWriter, writeSheetXml } from './sheetWriter';
import { StyleBook } from './styles';
import type { XlsxSource } from './workbookReader';
import { attribute, escapeXml, findElement, findElements, withAttribute } from './xml';

export interface WriteOptions {
  /**
   * A fixed time for the file's properties and the zip entries it writes, for
   * byte-identical output from identical content (the example workbooks). Default: now.
   */
  readonly timestamp?: Date;
  /** Rewrite the results of formulas in copied tabs when they changed (`cx-sheets recalc`). */
  readonly formulaResults?: boolean;
  /** Writes the drawings (charts) of a generated tab; default ./drawings.ts. */
  readonly drawings?: DrawingWriter;
}

export interface WriteReport {
  /** Tabs read from the file that changed in the model, so were written from it (not copied). */
  readonly rewritten: readonly string[];
  /** Copied tabs whose formula results were updated. */
  readonly resultsUpdated: readonly string[];
}

/** Parts whose zip entry is replaced or added: path → content. */
type Changes = Map<string, string | Buffer>;

function skeleton(time: Date): Map<string, string> {
  const iso = `${time.toISOString().slice(0, 19)}Z`;
  return new Map([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/><Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.coreProperties}"/><Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE.extendedProperties}"/></Types>`,
    ],
    [
      '_rels/.rels',
      relationshipsXml([
        { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml', external: false },
        { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml', external: false },
        { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml', external: false },
      ]),
    ],
    [
      'docProps/core.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>cx-sheets</dc:creator><cp:lastModifiedBy>cx-sheets</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'docProps/app.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        '<Application>cx-sheets</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
        '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>',
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS.main}" xmlns:r="${NS.relationships}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
    ],
    ['xl/_rels/workbook.xml.rels', relationshipsXml([])],
  ]);
}

async function freshSource(time: Date): Promise<{ pkg: XlsxPackage; workbook: WorkbookParts }> {
  const zip = new JSZip();
  for (const [name, content] of skeleton(time)) zip.file(name, content, { date: time, createFolders: false });
  const pkg = await XlsxPackage.open(await zip.generateAsync({ type: 'nodebuffer' }));
  return { pkg, workbook: await readWorkbookParts(pkg) };
}

/** The prefix workbook.xml uses for the relationships namespace (`r`), declaring it if needed. */
function relationshipsPrefix(xml: string): { xml: string; prefix: string } {
  const declared = new RegExp(`xmlns:([\\w.-]+)="${NS.relationships.replace(/[.]/g, '\\.')}"`).exec(xml);
  if (declared) return { xml, prefix: declared[1] };
  const root = findElement(xml, 'workbook')!;
  const tag = withAttribute(root.tag, 'xmlns:r', NS.relationships);
  return { xml: `${xml.slice(0, root.start)}${tag}${xml.slice(root.start + root.tag.length)}`, prefix: 'r' };
}

/** One tab of the output, in order. */
interface OutputSheet {
  readonly entry?: WorkbookSheetEntry;
  readonly sheet?: LocalSheet;
  readonly name: string;
  readonly sheetId: number;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly part: string;
  readonly relationshipId: string;
  readonly isWorksheet: boolean;
}

export async function writeWorkbook(workbook: LocalSpreadsheet, options: WriteOptions = {}): Promise<{ bytes: Buffer; report: WriteReport }> {
  const time = options.timestamp ?? new Date();
  const source = (workbook.source as XlsxSource | undefined) ?? (await freshSource(time));
  const { pkg } = source;
  const parts = source.workbook;
  const changes: Changes = new Map();
  const deleted = new Set<string>();
  const contentTypes = ContentTypes.parse(await pkg.textIfAny('[Content_Types].xml'));
  const workbookRels: Relationship[] = [...parts.relationships];
  const relsCache = new Map<string, Relationship[]>();
  const relationshipsOf = async (part: string): Promise<Relationship[]> => {
    let rels = relsCache.get(part);
    if (!rels) {
      const xml = changes.get(relsPathOf(part));
      rels = xml !== undefined ? parseRelationships(String(xml)) : await pkg.relationships(part);
      relsCache.set(part, rels);
    }
    return rels;
  };
  const exists = (part: string) => !deleted.has(part) && (changes.has(part) || pkg.has(part));

  // --- which tabs are copied, written, removed ------------------------------------------
  const copied = new Set<LocalSheet>();
  for (const sheet of workbook.sheets) {
    if (sheet.origin && !sheet.changed && source === workbook.source && pkg.has(sheet.origin.part)) copied.add(sheet);
  }
  const keptEntries = new Map<WorkbookSheetEntry, LocalSheet | undefined>();
  for (const entry of parts.sheets) {
    const sheet = workbook.sheets.find((s) => copied.has(s) && s.origin!.part === entry.part);
    // Chart sheets and dialog sheets are not in the model: kept as they are.
    const isWorksheet = entry.relationshipType.endsWith('/worksheet');
    if (sheet || (!isWorksheet && entry.part !== '' && pkg.has(entry.part))) keptEntries.set(entry, sheet);
  }
  const removedEntries = parts.sheets.filter((entry) => !keptEntries.has(entry));
  const rewritten = workbook.sheets.filter((s) => s.origin && !copied.has(s) && source === workbook.source).map((s) => s.getName());

  // --- remove the parts of removed tabs, and what only they used --------------------------
  const removedParts = removedEntries.map((e) => e.part).filter((p) => p !== '' && pkg.has(p));
  if (removedParts.length > 0) await removeParts(pkg, removedParts, deleted, relationshipsOf);
  const removedIds = new Set(removedEntries.map((e) => e.relationshipId));
  for (let i = workbookRels.length - 1; i >= 0; i--) if (removedIds.has(workbookRels[i].id)) workbookRels.splice(i, 1);
  const generatedSheets = workbook.sheets.filter((s) => !copied.has(s));
  if (removedEntries.length > 0 || generatedSheets.length > 0) {
    // The calculation chain lists formula cells by tab: Excel rebuilds it when it is absent.
    for (let i = workbookRels.length - 1; i >= 0; i--) {
      if (workbookRels[i].type === REL.calcChain) {
        deleted.add(resolveTarget(parts.part, workbookRels[i].target));
        workbookRels.splice(i, 1);
      }
    }
  }

  // --- styles -----------------------------------------------------------------------------
  const stylesRel = workbookRels.find((r) => r.type === REL.styles);
  let stylesPart = stylesRel ? resolveTarget(parts.part, stylesRel.target) : undefined;
  const styles = new StyleBook(stylesPart && pkg.has(stylesPart) ? await pkg.text(stylesPart) : undefined);
  if (!stylesPart || !pkg.has(stylesPart)) {
    stylesPart = 'xl/styles.xml';
    workbookRels.push({ id: freeRelationshipId(workbookRels), type: REL.styles, target: relativeTarget(parts.part, stylesPart), external: false });
    contentTypes.set(stylesPart, CONTENT_TYPE.styles);
    changes.set(stylesPart, ''); // written below
  }

  // --- new parts ----------------------------------------------------------------------------
  const taken = (part: string) => exists(part) || changes.has(part);
  const freePart = (folder: string, base: string, extension: string) => {
    for (let n = 1; ; n++) {
      const candidate = `${folder}/${base}${n}.${extension}`;
      if (!taken(candidate)) return candidate;
    }
  };
  const drawingWriter = options.drawings ?? writeDrawings;
  const output: OutputSheet[] = [];
  const entryBySheet = new Map<LocalSheet, WorkbookSheetEntry>();
  for (const [entry, sheet] of keptEntries) if (sheet) entryBySheet.set(sheet, entry);
  // Entries that are not in the model (chart sheets) keep their place after the entry before them.
  const unmodelled = new Map<WorkbookSheetEntry | undefined, WorkbookSheetEntry[]>();
  let previousModelled: WorkbookSheetEntry | undefined;
  for (const entry of parts.sheets) {
    if (!keptEntries.has(entry)) continue;
    if (keptEntries.get(entry)) previousModelled = entry;
    else unmodelled.set(previousModelled, [...(unmodelled.get(previousModelled) ?? []), entry]);
  }
  const pushEntry = (entry: WorkbookSheetEntry, sheet: LocalSheet | undefined) =>
    output.push({
      entry,
      sheet,
      name: sheet ? sheet.getName() : entry.name,
      sheetId: entry.sheetId,
      state: sheet ? stateOf(sheet) : entry.state,
      part: entry.part,
      relationshipId: entry.relationshipId,
      isWorksheet: entry.relationshipType.endsWith('/worksheet'),
    });
  for (const entry of unmodelled.get(undefined) ?? []) pushEntry(entry, undefined);
  for (const sheet of workbook.sheets) {
    const entry = entryBySheet.get(sheet);
    if (entry) {
      pushEntry(entry, sheet);
      for (const later of unmodelled.get(entry) ?? []) pushEntry(later, undefined);
      continue;
    }
    const part = freePart('xl/worksheets', 'sheet', 'xml');
    const relationshipId = freeRelationshipId(workbookRels);
    workbookRels.push({ id: relationshipId, type: REL.worksheet, target: relativeTarget(parts.part, part), external: false });
    contentTypes.set(part, CONTENT_TYPE.worksheet);
    const sheetRels: Relationship[] = [];
    const context: DrawingContext = {
      sheet,
      sheetPart: part,
      freePart,
      addPart(extra, content, contentType, relationships) {
        changes.set(extra, content);
        contentTypes.set(extra, contentType);
        if (path.extname(extra) === '.vml') contentTypes.setDefault('vml', CONTENT_TYPE.vml);
        if (relationships && relationships.length > 0) {
          const rels: Relationship[] = [];
          for (const rel of relationships) rels.push({ id: freeRelationshipId(rels), type: rel.type, target: relativeTarget(extra, rel.part), external: false });
          changes.set(relsPathOf(extra), relationshipsXml(rels));
        }
      },
      relate(type, target) {
        const id = freeRelationshipId(sheetRels);
        sheetRels.push({ id, type, target: relativeTarget(part, target), external: false });
        return id;
      },
    };
    changes.set(part, ''); // reserve the name while its own parts are added
    const written = writeSheetXml(sheet, styles, context, drawingWriter);
    changes.set(part, written.xml);
    if (sheetRels.length > 0) changes.set(relsPathOf(part), relationshipsXml(sheetRels));
    output.push({ sheet, name: sheet.getName(), sheetId: sheet.getSheetId() + 1, state: stateOf(sheet), part, relationshipId, isWorksheet: true });
  }

  // --- formula results of copied tabs (recalc) ---------------------------------------------
  const resultsUpdated: string[] = [];
  if (options.formulaResults) {
    for (const out of output) {
      if (!out.sheet || !out.entry || workbook.engine.formulaCount(out.sheet.engineId) === 0) continue;
      const patched = await patchFormulaResults(pkg, out.part, out.sheet, styles);
      if (patched) {
        changes.set(out.part, patched);
        resultsUpdated.push(out.name);
      }
    }
  }

  // --- workbook.xml, its relationships, content types, app.xml ---------------------------
  changes.set(parts.part, workbookXml(workbook, source, output, removedEntries));
  changes.set(relsPathOf(parts.part), relationshipsXml(workbookRels));
  // A removed part's name may have been given to a new part.
  for (const part of changes.keys()) deleted.delete(part);
  for (const part of deleted) contentTypes.remove(part);
  const app = await pkg.textIfAny('docProps/app.xml');
  if (app !== undefined && !deleted.has('docProps/app.xml')) {
    const updated = appXml(app, output.filter((o) => o.isWorksheet).map((o) => o.name));
    if (updated !== app) changes.set('docProps/app.xml', updated);
  }
  // The locale, when it is not what the file records (no record reads as Sheets' default).
  const core = await pkg.textIfAny(CORE_PROPERTIES_PART);
  if (core !== undefined && !deleted.has(CORE_PROPERTIES_PART) && workbook.locale !== (readDocumentLanguage(core) ?? DEFAULT_LOCALE)) {
    changes.set(CORE_PROPERTIES_PART, withDocumentLanguage(core, workbook.locale));
  }
  if (styles.changed || changes.get(stylesPart) === '') changes.set(stylesPart, styles.xml());
  changes.set('[Content_Types].xml', contentTypes.xml());

  // --- the zip: untouched entries reused as they are --------------------------------------
  const zip = new JSZip();
  for (const name of Object.keys(pkg.zip.files)) {
    const change = changes.get(name);
    if (change === undefined && deleted.has(name)) continue;
    if (change === undefined) zip.files[name] = pkg.zip.files[name];
    else zip.file(name, change, { date: time, createFolders: false });
  }
  for (const [name, content] of changes) if (!(name in pkg.zip.files)) zip.file(name, content, { date: time, createFolders: false });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, report: { rewritten, resultsUpdated } };
}

function stateOf(sheet: LocalSheet): 'visible' | 'hidden' | 'veryHidden' {
  return sheet.veryHidden && sheet.hidden ? 'veryHidden' : sheet.hidden ? 'hidden' : 'visible';
}

/**
 * Deletes `parts`, their relationship parts, and every part they lead to that no remaining
 * part relates to (drawings, charts, images, comments, tables…), in a loop over a work list.
 */
async function removeParts(pkg: XlsxPackage, parts: readonly string[], deleted: Set<string>, relationshipsOf: (part: string) => Promise<Relationship[]>): Promise<void> {
  // Who relates to what, over every relationship part of the package.
  const sources = new Map<string, Set<string>>();
  for (const name of pkg.partNames()) {
    const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    if (!match) continue;
    const owner = `${match[1]}${match[2]}`;
    for (const rel of await relationshipsOf(owner)) {
      if (rel.external) continue;
      const target = resolveTarget(owner, rel.target);
      if (!sources.has(target)) sources.set(target, new Set());
      sources.get(target)!.add(owner);
    }
  }
  const work = [...parts];
  for (const part of parts) deleted.add(part);
  while (work.length > 0) {
    const part = work.pop()!;
    deleted.add(relsPathOf(part));
    for (const rel of await relationshipsOf(part)) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      if (deleted.has(target) || !pkg.has(target)) continue;
      const users = [...(sources.get(target) ?? [])].filter((owner) => !deleted.has(owner));
      if (users.length > 0) continue;
      deleted.add(target);
      work.push(target);
    }
  }
}

/** workbook.xml with the output's tabs, names, scopes and active tab. */
function workbookXml(workbook: LocalSpreadsheet, source: { workbook: WorkbookParts; namedRanges?: ReadonlyMap<string, string> }, output: readonly OutputSheet[], removed: readonly WorkbookSheetEntry[]): string {
  const parts = source.workbook;
  const { xml: declared, prefix } = relationshipsPrefix(parts.xml);
  let xml = declared;
  // <sheets>
  const sheetElements = output.map((o) => {
    if (o.entry) {
      let tag = o.entry.element;
      if (o.name !== o.entry.name) tag = withAttribute(tag, 'name', o.name);
      if (o.state !== o.entry.state) tag = withAttribute(tag, 'state', o.state === 'visible' ? undefined : o.state);
      return tag;
    }
    return `<sheet name="${escapeXml(o.name)}" sheetId="${o.sheetId}"${o.state === 'visible' ? '' : ` state="${o.state}"`} ${prefix}:id="${o.relationshipId}"/>`;
  });
  const sheets = findElement(xml, 'sheets')!;
  const sheetsPrefix = /^<([\w.-]+:)?/.exec(sheets.tag)?.[1] ?? '';
  const sheetsOpen = sheets.tag.endsWith('/>') ? `${sheets.tag.slice(0, -2)}>` : sheets.tag;
  xml = `${xml.slice(0, sheets.start)}${sheetsOpen}${sheetElements.join('')}</${sheetsPrefix}sheets>${xml.slice(sheets.end)}`;

  // <definedNames>
  const oldIndex = new Map(parts.sheets.map((entry, i) => [entry, i]));
  const newIndexOfOld = new Map<number, number>();
  output.forEach((o, i) => {
    if (o.entry) newIndexOfOld.set(oldIndex.get(o.entry)!, i);
  });
  const outputNames = new Set(output.map((o) => o.name));
  const gone = new Set(removed.map((e) => e.name).filter((name) => !outputNames.has(name)));
  const readRanges = source.namedRanges ?? new Map<string, string>();
  const names: string[] = [];
  for (const name of parts.definedNames) {
    if (name.name.startsWith(METADATA_NAME_PREFIX)) continue;
    let element = name.element;
    if (name.localSheetId !== undefined) {
      const index = newIndexOfOld.get(name.localSheetId);
      if (index === undefined) continue;
      if (index !== name.localSheetId) element = element.replace(/\slocalSheetId="\d+"/, ` localSheetId="${index}"`);
    } else if (readRanges.has(name.name)) {
      const range = workbook.namedRanges.get(name.name);
      if (!range || !outputNames.has(range.sheet.getName())) continue;
      const text = rangeText(range.sheet.getName(), range.row, range.column, range.numRows, range.numColumns);
      if (text.replace(/\$/g, '') !== name.text.replace(/\$/g, '')) element = replaceInner(element, escapeXml(text));
    }
    if (gone.size > 0) {
      const text = rewriteFormula(name.text, { reference: (token) => (token.sheet !== undefined && gone.has(token.sheet) ? '#REF!' : undefined) });
      if (text !== name.text) element = replaceInner(element, escapeXml(text));
    }
    names.push(element);
  }
  for (const [name, range] of workbook.namedRanges) {
    if (readRanges.has(name) || !outputNames.has(range.sheet.getName())) continue;
    names.push(`<definedName name="${escapeXml(name)}">${escapeXml(rangeText(range.sheet.getName(), range.row, range.column, range.numRows, range.numColumns))}</definedName>`);
  }
  const indexOfSheet = new Map<LocalSheet, number>();
  output.forEach((o, i) => {
    if (o.sheet) indexOfSheet.set(o.sheet, i);
  });
  for (const name of metadataDefinedNames(workbook, (sheet) => indexOfSheet.get(sheet))) names.push(name);
  const definedNames = findElement(xml, 'definedNames');
  const namesXml = names.length === 0 ? '' : `<definedNames>${names.join('')}</definedNames>`;
  if (definedNames) xml = `${xml.slice(0, definedNames.start)}${namesXml}${xml.slice(definedNames.end)}`;
  else if (namesXml) {
    const after = findElement(xml, 'externalReferences') ?? findElement(xml, 'functionGroups') ?? findElement(xml, 'sheets')!;
    xml = `${xml.slice(0, after.end)}${namesXml}${xml.slice(after.end)}`;
  }

  // The active tab stays the tab it was (its sheet view says it is selected).
  const view = findElement(xml, 'workbookView');
  if (view) {
    let tag = view.tag;
    for (const attr of ['activeTab', 'firstSheet']) {
      const value = attribute(tag, attr);
      if (value === undefined) continue;
      const mapped = newIndexOfOld.get(Number(value));
      const index = mapped ?? Math.max(0, output.findIndex((o) => o.state === 'visible'));
      if (index !== Number(value)) tag = withAttribute(tag, attr, String(index));
    }
    xml = `${xml.slice(0, view.start)}${tag}${xml.slice(view.start + view.tag.length)}`;
  }
  return xml;
}

function rangeText(sheetName: string, row: number, column: number, rows: number, columns: number): string {
  return `${sheetReference(sheetName)}!${formatA1(row, column, rows, columns).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

function replaceInner(element: string, inner: string): string {
  const open = element.indexOf('>');
  if (element[open - 1] === '/') return `${element.slice(0, open - 1)}>${inner}</definedName>`;
  return `${element.slice(0, open + 1)}${inner}${element.slice(element.lastIndexOf('</'))}`;
}

/**
 * docProps/app.xml with the worksheets' names in TitlesOfParts and their count in
 * HeadingPairs (Excel lists worksheets first, then other kinds such as named ranges).
 */
function appXml(xml: string, worksheetNames: readonly string[]): string {
  const pairs = findElement(xml, 'HeadingPairs');
  const titles = findElement(xml, 'TitlesOfParts');
  if (!pairs || !titles) return xml;
  const pairsVector = findElement(pairs.inner, 'vector');
  const titlesVector = findElement(titles.inner, 'vector');
  if (!pairsVector || !titlesVector) return xml;
  const variants = findElements(pairsVector.inner, 'variant');
  const countElement = variants[1] ? findElement(variants[1].inner, 'i4') : undefined;
  if (!countElement) return xml;
  const oldCount = Number(countElement.inner);
  const items = findElements(titlesVector.inner, 'lpstr').map((e) => titlesVector.inner.slice(e.start, e.end));
  if (!Number.isFinite(oldCount) || oldCount > items.length) return xml;
  const lpstr = /^<([\w.-]+:)?/.exec(items[0] ?? '<vt:lpstr>')?.[1] ?? 'vt:';
  const newItems = [...worksheetNames.map((name) => `<${lpstr}lpstr>${escapeXml(name)}</${lpstr}lpstr>`), ...items.slice(oldCount)];
  const newTitlesVector = `${withAttribute(titlesVector.tag.endsWith('/>') ? `${titlesVector.tag.slice(0, -2)}>` : titlesVector.tag, 'size', String(newItems.length))}${newItems.join('')}</${/^<([\w.-]+:)?/.exec(titlesVector.tag)?.[1] ?? ''}vector>`;
  const newTitles = `${titles.tag}${titles.inner.slice(0, titlesVector.start)}${newTitlesVector}${titles.inner.slice(titlesVector.end)}${xml.slice(titles.innerStart + titles.inner.length, titles.end)}`;
  const countAbsolute = pairs.innerStart + pairsVector.innerStart + variants[1].innerStart + countElement.start;
  let text = `${xml.slice(0, titles.start)}${newTitles}${xml.slice(titles.end)}`;
  // The count comes before the titles in the file, so its position is unchanged.
  const countTag = xml.slice(countAbsolute, countAbsolute + countElement.tag.length);
  text = `${text.slice(0, countAbsolute)}${countTag}${worksheetNames.length}${text.slice(countAbsolute + countElement.tag.length + countElement.inner.length)}`;
  return text;
}
