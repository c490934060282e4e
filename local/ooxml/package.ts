/**
 * An XLSX file as its package (ECMA-376 Part 2, Open Packaging Conventions): a zip of parts
 * tied together by relationship parts (`_rels/*.rels`) and typed by `[Content_Types].xml`.
 *
 * The local runtime edits a workbook's package rather than re-creating it: a part it does
 * not change is copied as the input had it — the very compressed bytes, since JSZip reuses
 * an entry's compressed data when it is written again unchanged. That is how every tab the
 * add-on did not generate keeps what the runtime's model does not carry (rich text, theme
 * colours, images, protection, …; DESIGN §6).
 */
import path from 'node:path/posix';
import JSZip from 'jszip';
import { attribute, escapeXml, findElement, findElements, unescapeXml } from './xml';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

export const REL = {
  officeDocument: `${NS.relationships}/officeDocument`,
  worksheet: `${NS.relationships}/worksheet`,
  styles: `${NS.relationships}/styles`,
  sharedStrings: `${NS.relationships}/sharedStrings`,
  theme: `${NS.relationships}/theme`,
  comments: `${NS.relationships}/comments`,
  vmlDrawing: `${NS.relationships}/vmlDrawing`,
  drawing: `${NS.relationships}/drawing`,
  chart: `${NS.relationships}/chart`,
  calcChain: `${NS.relationships}/calcChain`,
  extendedProperties: `${NS.relationships}/extended-properties`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** As written (relative to the source part's folder, or absolute from the package root). */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const dir = path.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${path.basename(part)}.rels`;
}

/** The part a relationship points at, as a path in the zip (no leading slash). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = path.dirname(sourcePart);
  return path.normalize(dir === '.' ? target : `${dir}/${target}`);
}

/** A target for a relationship from `sourcePart` to `part`, relative as Excel writes it. */
export function relativeTarget(sourcePart: string, part: string): string {
  return path.relative(path.dirname(sourcePart), part);
}

export function parseRelationships(xml: string): Relationship[] {
  return findElements(xml, 'Relationship').map(({ tag }) => ({
    id: attribute(tag, 'Id') ?? '',
    type: attribute(tag, 'Type') ?? '',
    target: attribute(tag, 'Target') ?? '',
    external: attribute(tag, 'TargetMode') === 'External',
  }));
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map(
    (r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRelationships}">${items.join('')}</Relationships>`;
}

/** The first relationship id `rIdN` not used in `relationships`. */
export function freeRelationshipId(relationships: readonly { readonly id: string }[]): string {
  const used = new Set(relationships.map((r) => r.id));
  for (let n = relationships.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

interface JSZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', listener: (error: unknown) => void): JSZipStream;
  on(event: 'end', listener: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

/** A zip opened as a package: parts by path, read whole or in chunks. */
export class XlsxPackage {
  private constructor(readonly zip: JSZip) {}

  static async open(bytes: Buffer): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  static empty(): XlsxPackage {
    return new XlsxPackage(new JSZip());
  }

  /** The parts in zip order (folders left out). */
  partNames(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  has(part: string): boolean {
    const entry = this.zip.files[part];
    return entry !== undefined && !entry.dir;
  }

  /** A part as one string (for the small parts: workbook, styles, rels, one sheet's head). */
  async text(part: string): Promise<string> {
    const entry = this.zip.files[part];
    if (!entry || entry.dir) throw new Error(`the package has no part ${part}`);
    return entry.async('string');
  }

  async textIfAny(part: string): Promise<string | undefined> {
    return this.has(part) ? this.text(part) : undefined;
  }

  /** A part as UTF-8 text in chunks, never the whole part in one string. */
  async *chunks(part: string): AsyncIterable<string> {
    const entry = this.zip.files[part];
    if (!entry || entry.dir) throw new Error(`the package has no part ${part}`);
    const decoder = new TextDecoder('utf-8');
    // JSZip's own stream (data/end/error events, pause/resume), read with back-pressure.
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): JSZipStream }).internalStream('uint8array');
    const queue: Uint8Array[] = [];
    let done = false;
    let failure: unknown;
    let wake: (() => void) | undefined;
    const notify = () => {
      const resume = wake;
      wake = undefined;
      resume?.();
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        queue.push(chunk);
        if (queue.length > 8) stream.pause();
        notify();
      })
      .on('error', (error: unknown) => {
        failure = error;
        notify();
      })
      .on('end', () => {
        done = true;
        notify();
      });
    stream.resume();
    for (;;) {
      if (failure) throw failure;
      const chunk = queue.shift();
      if (chunk) {
        if (queue.length <= 2) stream.resume();
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '') yield text;
        continue;
      }
      if (done) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  }

  async relationships(part: string): Promise<Relationship[]> {
    const xml = await this.textIfAny(relsPathOf(part));
    return xml === undefined ? [] : parseRelationships(xml);
  }

  /** The main part (`xl/workbook.xml`), found through the package's relationships. */
  async workbookPart(): Promise<string> {
    const root = await this.relationships('');
    const office = root.find((r) => r.type === REL.officeDocument || r.type.endsWith('/officeDocument'));
    if (!office) throw new Error('it has no workbook part (no officeDocument relationship in _rels/.rels)');
    return resolveTarget('', office.target);
  }
}

/** `[Content_Types].xml`: Default (by extension) and Override (by part) entries. */
export class ContentTypes {
  private constructor(
    private readonly defaults: Map<string, string>,
    private readonly overrides: Map<string, string>,
  ) {}

  static parse(xml: string | undefined): ContentTypes {
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    for (const { tag } of findElements(xml ?? '', 'Default')) defaults.set((attribute(tag, 'Extension') ?? '').toLowerCase(), attribute(tag, 'ContentType') ?? '');
    for (const { tag } of findElements(xml ?? '', 'Override')) overrides.set((attribute(tag, 'PartName') ?? '').replace(/^\//, ''), attribute(tag, 'ContentType') ?? '');
    if (!defaults.has('rels')) defaults.set('rels', CONTENT_TYPE.relationships);
    if (!defaults.has('xml')) defaults.set('xml', 'application/xml');
    return new ContentTypes(defaults, overrides);
  }

  typeOf(part: string): string | undefined {
    return this.overrides.get(part) ?? this.defaults.get(path.extname(part).slice(1).toLowerCase());
  }

  /** Sets a part's type with an Override (or none needed when the extension's Default gives it). */
  set(part: string, contentType: string): void {
    if (this.defaults.get(path.extname(part).slice(1).toLowerCase()) === contentType) this.overrides.delete(part);
    else this.overrides.set(part, contentType);
  }

  setDefault(extension: string, contentType: string): void {
    if (!this.defaults.has(extension)) this.defaults.set(extension, contentType);
  }

  remove(part: string): void {
    this.overrides.delete(part);
  }

  xml(): string {
    const defaults = [...this.defaults].map(([ext, type]) => `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`);
    const overrides = [...this.overrides].map(([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.contentTypes}">${defaults.join('')}${overrides.join('')}</Types>`;
  }
}

/** One `<sheet>` of workbook.xml. */
export interface WorkbookSheetEntry {
  /** The element as written in the file (kept as it is when the tab is copied). */
  readonly element: string;
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part (or chartsheet/dialogsheet part). */
  readonly part: string;
  readonly relationshipType: string;
}

/** One `<definedName>` of workbook.xml. */
export interface DefinedNameEntry {
  readonly element: string;
  readonly name: string;
  /** The 0-based index of the tab it is scoped to, if it is. */
  readonly localSheetId?: number;
  readonly hidden: boolean;
  /** The formula text (unescaped). */
  readonly text: string;
}

export interface WorkbookParts {
  readonly part: string;
  readonly xml: string;
  readonly relationships: Relationship[];
  readonly sheets: WorkbookSheetEntry[];
  readonly definedNames: DefinedNameEntry[];
  /** `<workbookPr date1904="1">`: serial numbers count from 1904. */
  readonly date1904: boolean;
}

export async function readWorkbookParts(pkg: XlsxPackage): Promise<WorkbookParts> {
  const part = await pkg.workbookPart();
  const xml = await pkg.text(part);
  const relationships = await pkg.relationships(part);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheetsElement = findElement(xml, 'sheets');
  const sheets: WorkbookSheetEntry[] = findElements(sheetsElement?.inner ?? '', 'sheet').map(({ tag }) => {
    const relationshipId = attribute(tag, 'r:id') ?? [...(tag.matchAll(/\s([\w.-]+:id)\s*=/g))].map((m) => attribute(tag, m[1])).find((v) => v !== undefined) ?? '';
    const rel = byId.get(relationshipId);
    const state = attribute(tag, 'state');
    return {
      element: tag,
      name: attribute(tag, 'name') ?? '',
      sheetId: Number(attribute(tag, 'sheetId') ?? 0),
      relationshipId,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel ? resolveTarget(part, rel.target) : '',
      relationshipType: rel?.type ?? '',
    };
  });
  const namesElement = findElement(xml, 'definedNames');
  const definedNames: DefinedNameEntry[] = findElements(namesElement?.inner ?? '', 'definedName').map((element) => {
    const local = attribute(element.tag, 'localSheetId');
    const whole = (namesElement?.inner ?? '').slice(element.start, element.end);
    return {
      element: whole,
      name: attribute(element.tag, 'name') ?? '',
      localSheetId: local === undefined ? undefined : Number(local),
      hidden: attribute(element.tag, 'hidden') === '1' || attribute(element.tag, 'hidden') === 'true',
      text: unescapeXml(element.inner),
    };
  });
  const workbookPr = findElement(xml, 'workbookPr');
  const date1904 = workbookPr !== undefined && /^(1|true)$/.test(attribute(workbookPr.tag, 'date1904') ?? '');
  return { part, xml, relationships, sheets, definedNames, date1904 };
}
