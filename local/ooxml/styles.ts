/**
 * `xl/styles.xml` both ways.
 *
 * Reading ({@link StylesReader}): a cell's style index → the runtime's CellFormat (number
 * format, font weight/style/size/colour, fill, borders, alignment, wrap), theme and indexed
 * colours resolved to `#rrggbb`; differential formats (`dxf`) for conditional formats.
 *
 * Writing ({@link StyleBook}): new styles are only ever appended — fonts, fills, borders,
 * number formats, cell formats (`xf`) and differential formats go after the ones the file
 * has, so every style index a copied tab uses still means what it meant.
 */
import type { RuleFormat } from '../spreadsheetApp/rules';
import type { CellFormat } from '../spreadsheetApp/sheet';
import { NS } from './package';
import { attribute, escapeXml, findElement, findElements, FoundElement } from './xml';

/** Excel's built-in number formats (ECMA-376 Part 1, §18.8.30), as Sheets reads them. */
export const BUILTIN_NUMBER_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The default indexed colour palette (ECMA-376 Part 1, §18.8.27), 0–63. */
const INDEXED =
  '000000FFFFFFFF000000FF000000FFFFFF00FF00FF00FFFF000000FFFFFFFF000000FF000000FFFFFF00FF00FF00FFFF800000008000000080808000800080008080C0C0C0808080' +
  '9999FF993366FFFFCCCCFFFF660066FF8080FF0066CCCCCCFF000080FF00FFFFFF0000FFFF800080800000008080' +
  '0000FF00CCFFCCFFFFCCFFCC99FF99CCFF99CCCC99FFFFCC993366FF33CCCC99CC00FFCC00FF9900FF6600666699969696' +
  '003366339966003300333300993300993366333399333333';

function indexedColor(index: number): string | undefined {
  const hex = INDEXED.slice(index * 6, index * 6 + 6);
  return hex.length === 6 ? `#${hex.toLowerCase()}` : undefined;
}

/** A colour after Excel's tint: lighter for tint > 0, darker for tint < 0 (applied to HSL lightness). */
function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return `#${[r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** The theme's colours in Excel's theme-index order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
export function themeColors(themeXml: string | undefined): string[] {
  const scheme = themeXml === undefined ? undefined : findElement(themeXml, 'clrScheme');
  if (!scheme) return [];
  const colour = (name: string): string => {
    const element = findElement(scheme.inner, name);
    if (!element) return '#000000';
    const srgb = /srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(element.inner);
    const sys = /sysClr\b[^>]*lastClr="([0-9A-Fa-f]{6})"/.exec(element.inner);
    return `#${(srgb?.[1] ?? sys?.[1] ?? '000000').toLowerCase()}`;
  };
  return ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'].map(colour);
}

function colorOf(tag: string | undefined, theme: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const rgb = attribute(tag, 'rgb');
  let hex: string | undefined;
  if (rgb && rgb.length >= 6) hex = `#${rgb.slice(-6).toLowerCase()}`;
  else if (attribute(tag, 'theme') !== undefined) hex = theme[Number(attribute(tag, 'theme'))];
  else if (attribute(tag, 'indexed') !== undefined) hex = indexedColor(Number(attribute(tag, 'indexed')));
  if (!hex) return undefined;
  return tinted(hex, Number(attribute(tag, 'tint') ?? 0));
}

function childTag(inner: string, name: string): string | undefined {
  return findElement(inner, name)?.tag;
}

function children(section: FoundElement | undefined, name: string): FoundElement[] {
  return section ? findElements(section.inner, name) : [];
}

/** Reads a styles part into the runtime's cell formats. */
export class StylesReader {
  private readonly numberFormats = new Map<number, string>();
  private readonly fonts: FoundElement[];
  private readonly fills: FoundElement[];
  private readonly borders: FoundElement[];
  private readonly xfs: FoundElement[];
  private readonly dxfs: FoundElement[];
  private readonly cache = new Map<number, CellFormat | undefined>();

  constructor(xml: string | undefined, private readonly theme: readonly string[]) {
    const text = xml ?? '';
    for (const { tag } of children(findElement(text, 'numFmts'), 'numFmt')) this.numberFormats.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? 'General');
    this.fonts = children(findElement(text, 'fonts'), 'font');
    this.fills = children(findElement(text, 'fills'), 'fill');
    this.borders = children(findElement(text, 'borders'), 'border');
    this.xfs = children(findElement(text, 'cellXfs'), 'xf');
    this.dxfs = children(findElement(text, 'dxfs'), 'dxf');
  }

  numberFormat(id: number): string {
    return this.numberFormats.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? 'General';
  }

  /** The format of cells with style index `index` (`<c s="index">`), or undefined for none. */
  format(index: number): CellFormat | undefined {
    if (this.cache.has(index)) return this.cache.get(index);
    const xf = this.xfs[index];
    const format = xf ? this.formatOf(xf) : undefined;
    this.cache.set(index, format);
    return format;
  }

  private formatOf(xf: FoundElement): CellFormat | undefined {
    const format: CellFormat = {};
    const numberFormat = this.numberFormat(Number(attribute(xf.tag, 'numFmtId') ?? 0));
    if (numberFormat !== 'General') format.numberFormat = numberFormat;
    const font = this.fonts[Number(attribute(xf.tag, 'fontId') ?? 0)];
    if (font) {
      const bold = childTag(font.inner, 'b');
      if (bold && attribute(bold, 'val') !== '0' && attribute(bold, 'val') !== 'false') format.fontWeight = 'bold';
      const italic = childTag(font.inner, 'i');
      if (italic && attribute(italic, 'val') !== '0' && attribute(italic, 'val') !== 'false') format.fontStyle = 'italic';
      const color = colorOf(childTag(font.inner, 'color'), this.theme);
      if (color && color !== '#000000') format.fontColor = color;
      const size = Number(attribute(childTag(font.inner, 'sz') ?? '', 'val'));
      if (size && size !== 10 && size !== 11) format.fontSize = size;
    }
    const fill = this.fills[Number(attribute(xf.tag, 'fillId') ?? 0)];
    const pattern = fill ? findElement(fill.inner, 'patternFill') : undefined;
    if (pattern && attribute(pattern.tag, 'patternType') === 'solid') {
      const color = colorOf(childTag(pattern.inner, 'fgColor'), this.theme);
      if (color) format.background = color;
    }
    const border = this.borders[Number(attribute(xf.tag, 'borderId') ?? 0)];
    if (border) {
      const edges: NonNullable<CellFormat['border']> = {};
      for (const [edge, names] of [['top', ['top']], ['left', ['left', 'start']], ['bottom', ['bottom']], ['right', ['right', 'end']]] as const) {
        for (const name of names) {
          const element = findElement(border.inner, name);
          const style = element ? attribute(element.tag, 'style') : undefined;
          if (element && style && style !== 'none') {
            edges[edge] = colorOf(childTag(element.inner, 'color'), this.theme) ?? '#000000';
            break;
          }
        }
      }
      if (Object.keys(edges).length > 0) format.border = edges;
    }
    const alignment = childTag(xf.inner, 'alignment');
    if (alignment) {
      const horizontal = attribute(alignment, 'horizontal');
      if (horizontal && horizontal !== 'general') format.horizontalAlignment = horizontal;
      const vertical = attribute(alignment, 'vertical');
      if (vertical) format.verticalAlignment = vertical === 'center' ? 'middle' : vertical;
      const wrap = attribute(alignment, 'wrapText');
      if (wrap === '1' || wrap === 'true') format.wrap = true;
    }
    return Object.keys(format).length > 0 ? format : undefined;
  }

  /** A conditional format's differential format, as the runtime's rule format. */
  ruleFormat(index: number): RuleFormat {
    const dxf = this.dxfs[index];
    if (!dxf) return {};
    const format: RuleFormat = {};
    const fill = findElement(dxf.inner, 'fill');
    const pattern = fill ? findElement(fill.inner, 'patternFill') : undefined;
    if (pattern) {
      // In a dxf the solid fill's colour is its bgColor (Excel), though some writers use fgColor.
      const color = colorOf(childTag(pattern.inner, 'bgColor') ?? childTag(pattern.inner, 'fgColor'), this.theme);
      if (color) format.background = color;
    }
    const font = findElement(dxf.inner, 'font');
    if (font) {
      const color = colorOf(childTag(font.inner, 'color'), this.theme);
      if (color) format.fontColor = color;
      if (childTag(font.inner, 'b')) format.bold = true;
      if (childTag(font.inner, 'i')) format.italic = true;
    }
    return format;
  }
}

/** `#abc` / `#aabbcc` → `FFAABBCC`. */
export function argb(color: string): string {
  const hex = color.replace('#', '');
  return `FF${(hex.length === 3 ? hex.split('').map((c) => c + c).join('') : hex).toUpperCase()}`;
}

/** A fresh workbook's styles: Arial 10 (Sheets' default), no fill, no border. */
const SKELETON =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}">` +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

/** The order of styleSheet's children (ECMA-376 Part 1, §18.8.39). */
const SECTION_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const CHILD: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** The date format given to a date without one (as the add-on's dates read best). */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** Appends styles to a styles part, leaving every existing index as it was. */
export class StyleBook {
  private readonly xmlText: string;
  private readonly counts: Record<string, number> = {};
  private readonly added: Record<string, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [], dxfs: [] };
  private readonly numberFormatIds = new Map<string, number>();
  private nextNumberFormatId = 164;
  private readonly xfIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly borderIds = new Map<string, number>();
  private readonly defaultFont: { name: string; size: number; family?: string };
  private readonly existingXfs: FoundElement[];

  constructor(xml: string | undefined) {
    this.xmlText = xml ?? SKELETON;
    for (const section of Object.keys(CHILD)) this.counts[section] = children(findElement(this.xmlText, section), CHILD[section]).length;
    for (const [id, code] of Object.entries(BUILTIN_NUMBER_FORMATS)) this.numberFormatIds.set(code, Number(id));
    for (const { tag } of children(findElement(this.xmlText, 'numFmts'), 'numFmt')) {
      const id = Number(attribute(tag, 'numFmtId'));
      const code = attribute(tag, 'formatCode');
      if (code !== undefined && !this.numberFormatIds.has(code)) this.numberFormatIds.set(code, id);
      if (id >= this.nextNumberFormatId) this.nextNumberFormatId = id + 1;
    }
    const font = children(findElement(this.xmlText, 'fonts'), 'font')[0];
    this.defaultFont = {
      name: attribute(childTag(font?.inner ?? '', 'name') ?? '', 'val') ?? 'Arial',
      size: Number(attribute(childTag(font?.inner ?? '', 'sz') ?? '', 'val') ?? 10) || 10,
      family: attribute(childTag(font?.inner ?? '', 'family') ?? '', 'val'),
    };
    this.existingXfs = children(findElement(this.xmlText, 'cellXfs'), 'xf');
  }

  /** Whether anything was appended (so the part must be written). */
  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  private append(section: string, element: string): number {
    const index = this.counts[section] + this.added[section].length;
    this.added[section].push(element);
    return index;
  }

  numberFormatId(code: string): number {
    let id = this.numberFormatIds.get(code);
    if (id === undefined) {
      id = this.nextNumberFormatId++;
      this.numberFormatIds.set(code, id);
      this.append('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private fontId(format: CellFormat): number {
    const bold = format.fontWeight === 'bold';
    const italic = format.fontStyle === 'italic';
    if (!bold && !italic && !format.fontColor && !format.fontSize) return 0;
    const size = format.fontSize ?? this.defaultFont.size;
    const element =
      `<font>${bold ? '<b/>' : ''}${italic ? '<i/>' : ''}<sz val="${size}"/>${format.fontColor ? `<color rgb="${argb(format.fontColor)}"/>` : ''}` +
      `<name val="${escapeXml(this.defaultFont.name)}"/>${this.defaultFont.family ? `<family val="${escapeXml(this.defaultFont.family)}"/>` : ''}</font>`;
    let id = this.fontIds.get(element);
    if (id === undefined) {
      id = this.append('fonts', element);
      this.fontIds.set(element, id);
    }
    return id;
  }

  private fillId(format: CellFormat): number {
    if (!format.background) return 0;
    const element = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.background)}"/><bgColor indexed="64"/></patternFill></fill>`;
    let id = this.fillIds.get(element);
    if (id === undefined) {
      id = this.append('fills', element);
      this.fillIds.set(element, id);
    }
    return id;
  }

  private borderId(format: CellFormat): number {
    if (!format.border || Object.keys(format.border).length === 0) return 0;
    const edge = (name: 'left' | 'right' | 'top' | 'bottom') => {
      const color = format.border?.[name];
      return color ? `<${name} style="thin"><color rgb="${argb(color)}"/></${name}>` : `<${name}/>`;
    };
    const element = `<border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<diagonal/></border>`;
    let id = this.borderIds.get(element);
    if (id === undefined) {
      id = this.append('borders', element);
      this.borderIds.set(element, id);
    }
    return id;
  }

  /** The cell-format index for a runtime format (0, the workbook's default, for none). */
  xfFor(format: Readonly<CellFormat> | undefined, asDate = false): number {
    const numberFormat = format?.numberFormat ?? (asDate ? DEFAULT_DATE_FORMAT : undefined);
    const f: CellFormat = { ...(format ?? {}), numberFormat };
    const numFmtId = numberFormat === undefined ? 0 : this.numberFormatId(numberFormat);
    const fontId = this.fontId(f);
    const fillId = this.fillId(f);
    const borderId = this.borderId(f);
    const horizontal = f.horizontalAlignment && f.horizontalAlignment !== 'general' ? f.horizontalAlignment : undefined;
    const vertical = f.verticalAlignment ? (f.verticalAlignment === 'middle' ? 'center' : f.verticalAlignment) : undefined;
    const alignment =
      horizontal || vertical || f.wrap
        ? `<alignment${horizontal ? ` horizontal="${escapeXml(horizontal)}"` : ''}${vertical ? ` vertical="${escapeXml(vertical)}"` : ''}${f.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && borderId === 0 && alignment === '') return 0;
    const element =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      `${alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>'}`;
    let id = this.xfIds.get(element);
    if (id === undefined) {
      id = this.append('cellXfs', element);
      this.xfIds.set(element, id);
    }
    return id;
  }

  /** An existing cell format with a date number format instead of its own (a date result in a copied tab). */
  withDateFormat(xfIndex: number): number {
    const existing = this.existingXfs[xfIndex];
    const numFmtId = this.numberFormatId(DEFAULT_DATE_FORMAT);
    const tag = existing ? existing.tag.replace(/\snumFmtId="\d+"/, '').replace(/\sapplyNumberFormat="[^"]*"/, '') : '<xf fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = tag.endsWith('/>') ? tag.slice(0, -2) : tag.slice(0, -1);
    const element = `${open} numFmtId="${numFmtId}" applyNumberFormat="1"${existing && !existing.tag.endsWith('/>') ? `>${existing.inner}</xf>` : '/>'}`;
    let id = this.xfIds.get(element);
    if (id === undefined) {
      id = this.append('cellXfs', element);
      this.xfIds.set(element, id);
    }
    return id;
  }

  /** Whether an existing cell format shows dates. */
  isDateXf(xfIndex: number, isDate: (numberFormat: string) => boolean): boolean {
    const existing = this.existingXfs[xfIndex];
    if (!existing) return false;
    const id = Number(attribute(existing.tag, 'numFmtId') ?? 0);
    const code = [...this.numberFormatIds].find(([, n]) => n === id)?.[0] ?? BUILTIN_NUMBER_FORMATS[id] ?? 'General';
    return isDate(code);
  }

  /** A differential format for a conditional-format rule. */
  dxfFor(format: RuleFormat): number {
    const font =
      format.fontColor || format.bold || format.italic
        ? `<font>${format.bold ? '<b/>' : ''}${format.italic ? '<i/>' : ''}${format.fontColor ? `<color rgb="${argb(format.fontColor)}"/>` : ''}</font>`
        : '';
    const fill = format.background ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(format.background)}"/></patternFill></fill>` : '';
    return this.append('dxfs', `<dxf>${font}${fill}</dxf>`);
  }

  /** The styles part with the appended styles and updated counts. */
  xml(): string {
    let text = this.xmlText;
    for (const section of SECTION_ORDER) {
      const extra = this.added[section];
      if (!extra || extra.length === 0) continue;
      const total = this.counts[section] + extra.length;
      const element = findElement(text, section);
      if (element) {
        const prefix = /^<([\w.-]+:)?/.exec(element.tag)?.[1] ?? '';
        const open = element.tag.endsWith('/>') ? `${element.tag.slice(0, -2)}>` : element.tag;
        const counted = /\scount="\d*"/.test(open) ? open.replace(/\scount="\d*"/, ` count="${total}"`) : open.replace(/>$/, ` count="${total}">`);
        const body = prefix ? extra.map((e) => e.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`)).join('') : extra.join('');
        text = `${text.slice(0, element.start)}${counted}${element.inner}${body}</${prefix}${section}>${text.slice(element.end)}`;
        continue;
      }
      // The section is missing: insert it before the first later section that exists.
      const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)
        .map((name) => findElement(text, name))
        .find((found) => found !== undefined);
      const root = findElement(text, 'styleSheet')!;
      const at = later ? later.start : root.innerStart + root.inner.length;
      text = `${text.slice(0, at)}<${section} count="${total}">${extra.join('')}</${section}>${text.slice(at)}`;
    }
    return text;
  }
}
