/**
 * Formula text as Sheets and Excel write it, read token by token (one pass, no recursion):
 * string literals (`"a""b"` is `a"b`), references with an optional sheet (`B2`, `$B$2:C9`,
 * whole columns `B:B`, open-ended columns `B2:B`, whole rows `3:5`, `'My tab'!A1`), function
 * names, parentheses, argument separators and array braces. Everything else (numbers,
 * operators, names, error literals) is kept as it is.
 *
 * What the local runtime does with it:
 * - {@link referencesOf}: each reference, and whether it is a whole argument of a function
 *   call (so the formula engine can hand a custom function a range straight from the cell
 *   store instead of loading the range into HyperFormula);
 * - {@link rewriteFormula}: the same formula with references, strings and functions replaced
 *   as the caller decides (closing open ranges, escaping strings HyperFormula cannot read);
 * - {@link shiftFormula}: a shared formula (`<f t="shared">` in XLSX) moved to another cell;
 * - {@link closeOpenRanges}: `B2:B` → `B2:B<last row>`.
 */
import { columnLetter } from '../src/core/tabs/columnLetters';
import { columnNumber } from './a1';

export type FormulaToken =
  | { readonly kind: 'string'; readonly start: number; readonly end: number; readonly value: string }
  | { readonly kind: 'ref'; readonly start: number; readonly end: number; readonly sheet?: string; readonly ref: ParsedRef }
  | { readonly kind: 'function'; readonly start: number; readonly end: number; readonly name: string }
  | { readonly kind: 'open' | 'close' | 'separator' | 'braceOpen' | 'braceClose' | 'other'; readonly start: number; readonly end: number };

/** One side of a reference: a column and/or a row, each maybe anchored with `$`. */
export interface RefPart {
  readonly column?: number;
  readonly columnAbsolute: boolean;
  readonly row?: number;
  readonly rowAbsolute: boolean;
}

export interface ParsedRef {
  readonly start: RefPart;
  /** Absent for a single cell. */
  readonly end?: RefPart;
}

/** A rectangle, 1-based; `lastRow` undefined = to the sheet's last row (`B2:B`, `B:B`). */
export interface RefArea {
  readonly row: number;
  readonly column: number;
  readonly lastRow?: number;
  readonly lastColumn: number;
}

const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.]*/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const ERROR_LITERAL = /#(?:N\/A|[A-Za-z0-9/]+[!?]?)/y;
const SPACE = /\s+/y;
// A cell, a cell range, an open-ended or whole column range, or a whole row range.
const REF =
  /(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}(?:\$?\d+)?)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?:\$?\d+)?|\$?\d+:\$?\d+)(?![A-Za-z0-9_.(!:$])/y;
const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : undefined;
}

function parsePart(text: string): RefPart {
  const match = PART.exec(text)!;
  // `$3` (a row) has its `$` in the first group when there is no column.
  const columnAbsolute = match[2] !== undefined && match[1] === '$';
  const rowAbsolute = match[4] !== undefined && (match[3] === '$' || (match[2] === undefined && match[1] === '$'));
  return {
    column: match[2] === undefined ? undefined : columnNumber(match[2]),
    columnAbsolute,
    row: match[4] === undefined ? undefined : Number(match[4]),
    rowAbsolute,
  };
}

function parseRef(text: string): ParsedRef {
  const colon = text.indexOf(':');
  if (colon < 0) return { start: parsePart(text) };
  return { start: parsePart(text.slice(0, colon)), end: parsePart(text.slice(colon + 1)) };
}

/** The unquoted sheet name of `'My tab'!` or `Data!`. */
function sheetNameOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** The tokens of a formula (with or without its leading `=`); whitespace is skipped. */
export function tokenize(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    const space = sticky(SPACE, formula, i);
    if (space) {
      i += space.length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        const quote = formula.indexOf('"', j);
        if (quote < 0) {
          value += formula.slice(j);
          j = n;
          break;
        }
        value += formula.slice(j, quote);
        if (formula[quote + 1] === '"') {
          value += '"';
          j = quote + 2;
          continue;
        }
        j = quote + 1;
        break;
      }
      tokens.push({ kind: 'string', start: i, end: j, value });
      i = j;
      continue;
    }
    // A sheet prefix: 'My tab'! or Data! — then a reference must follow.
    let sheet: string | undefined;
    let refStart = i;
    if (ch === "'") {
      let j = i + 1;
      for (;;) {
        const quote = formula.indexOf("'", j);
        if (quote < 0) {
          j = n;
          break;
        }
        if (formula[quote + 1] === "'") {
          j = quote + 2;
          continue;
        }
        j = quote + 1;
        break;
      }
      if (formula[j] === '!') {
        sheet = sheetNameOf(formula.slice(i, j + 1));
        refStart = j + 1;
      }
    } else {
      const name = sticky(IDENTIFIER, formula, i);
      if (name && formula[i + name.length] === '!') {
        sheet = sheetNameOf(formula.slice(i, i + name.length + 1));
        refStart = i + name.length + 1;
      }
    }
    const ref = sticky(REF, formula, refStart);
    if (ref) {
      tokens.push({ kind: 'ref', start: i, end: refStart + ref.length, sheet, ref: parseRef(ref) });
      i = refStart + ref.length;
      continue;
    }
    if (sheet !== undefined) {
      // `Sheet!Name` or `Sheet!#REF!`: keep as one opaque token.
      const rest = sticky(IDENTIFIER, formula, refStart) ?? sticky(ERROR_LITERAL, formula, refStart) ?? '';
      tokens.push({ kind: 'other', start: i, end: refStart + rest.length });
      i = refStart + rest.length;
      continue;
    }
    const name = sticky(IDENTIFIER, formula, i);
    if (name) {
      let j = i + name.length;
      while (j < n && /\s/.test(formula[j])) j++;
      if (formula[j] === '(') {
        tokens.push({ kind: 'function', start: i, end: j + 1, name: name.toUpperCase() });
        i = j + 1;
      } else {
        tokens.push({ kind: 'other', start: i, end: i + name.length });
        i += name.length;
      }
      continue;
    }
    const number = sticky(NUMBER, formula, i);
    if (number) {
      tokens.push({ kind: 'other', start: i, end: i + number.length });
      i += number.length;
      continue;
    }
    if (ch === '#') {
      const error = sticky(ERROR_LITERAL, formula, i) ?? '#';
      tokens.push({ kind: 'other', start: i, end: i + error.length });
      i += error.length;
      continue;
    }
    const kind = ch === '(' ? 'open' : ch === ')' ? 'close' : ch === ',' || ch === ';' ? 'separator' : ch === '{' ? 'braceOpen' : ch === '}' ? 'braceClose' : 'other';
    tokens.push({ kind, start: i, end: i + 1 });
    i += 1;
  }
  return tokens;
}

/** A reference of a formula and, when it is a whole argument of a function call, that function. */
export interface FormulaReference {
  readonly token: Extract<FormulaToken, { kind: 'ref' }>;
  readonly argumentOf?: string;
}

/** Every reference, with the function it is a whole argument of (if any), in one pass. */
export function referencesOf(tokens: readonly FormulaToken[]): FormulaReference[] {
  // Frames: a function call, a plain parenthesis or an array literal; per frame, how many
  // tokens the current argument has so far and its reference, if it began with one.
  type Found = { token: Extract<FormulaToken, { kind: 'ref' }>; argumentOf?: string };
  const frames: { fn?: string; brace: boolean; count: number; found?: Found }[] = [{ brace: false, count: 0 }];
  const found: Found[] = [];
  const closeArgument = () => {
    const frame = frames[frames.length - 1];
    if (frame.fn !== undefined && frame.count === 1 && frame.found) frame.found.argumentOf = frame.fn;
    frame.count = 0;
    frame.found = undefined;
  };
  for (const token of tokens) {
    const frame = frames[frames.length - 1];
    switch (token.kind) {
      case 'function':
        frame.count++;
        frames.push({ fn: token.name, brace: false, count: 0 });
        break;
      case 'open':
        frame.count++;
        frames.push({ brace: false, count: 0 });
        break;
      case 'braceOpen':
        frame.count++;
        frames.push({ brace: true, count: 0 });
        break;
      case 'close':
      case 'braceClose':
        if (frames.length > 1) {
          closeArgument();
          frames.pop();
        }
        break;
      case 'separator':
        if (!frame.brace) closeArgument();
        break;
      case 'ref': {
        const entry: Found = { token };
        found.push(entry);
        frame.count++;
        frame.found = entry;
        break;
      }
      default:
        frame.count++;
    }
  }
  return found;
}

/** The area a reference covers, 1-based (open-ended columns have no lastRow). */
export function refArea(ref: ParsedRef): RefArea {
  const { start, end } = ref;
  if (!end) return { row: start.row!, column: start.column!, lastRow: start.row!, lastColumn: start.column! };
  if (start.column === undefined || end.column === undefined) {
    // Whole rows `3:5`: every column.
    return { row: Math.min(start.row!, end.row!), column: 1, lastRow: Math.max(start.row!, end.row!), lastColumn: 18_278 };
  }
  const row = start.row ?? 1;
  const lastRow = end.row;
  return {
    row: lastRow === undefined ? row : Math.min(row, lastRow),
    column: Math.min(start.column, end.column),
    lastRow: lastRow === undefined ? undefined : Math.max(row, lastRow),
    lastColumn: Math.max(start.column, end.column),
  };
}

function partText(part: RefPart): string {
  return `${part.column === undefined ? '' : `${part.columnAbsolute ? '$' : ''}${columnLetter(part.column)}`}${part.row === undefined ? '' : `${part.rowAbsolute ? '$' : ''}${part.row}`}`;
}

/** A reference written back: `'My tab'!$A$1:B2`. */
export function refText(sheet: string | undefined, ref: ParsedRef): string {
  const prefix = sheet === undefined ? '' : `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!`;
  return `${prefix}${partText(ref.start)}${ref.end ? `:${partText(ref.end)}` : ''}`;
}

/** What a rewrite puts instead of a token; undefined keeps the token's text. */
export interface FormulaRewrite {
  reference?(token: Extract<FormulaToken, { kind: 'ref' }>, argumentOf: string | undefined): string | undefined;
  string?(token: Extract<FormulaToken, { kind: 'string' }>): string | undefined;
  function?(token: Extract<FormulaToken, { kind: 'function' }>): string | undefined;
}

/** The formula with each token replaced as `rewrite` says; all other text is kept byte for byte. */
export function rewriteFormula(formula: string, rewrite: FormulaRewrite, tokens = tokenize(formula)): string {
  const argumentOf = new Map<FormulaToken, string | undefined>();
  if (rewrite.reference) for (const { token, argumentOf: fn } of referencesOf(tokens)) argumentOf.set(token, fn);
  const parts: string[] = [];
  let at = 0;
  for (const token of tokens) {
    let replacement: string | undefined;
    if (token.kind === 'ref' && rewrite.reference) replacement = rewrite.reference(token, argumentOf.get(token));
    else if (token.kind === 'string' && rewrite.string) replacement = rewrite.string(token);
    else if (token.kind === 'function' && rewrite.function) replacement = rewrite.function(token);
    if (replacement === undefined) continue;
    parts.push(formula.slice(at, token.start), replacement);
    at = token.end;
  }
  parts.push(formula.slice(at));
  return parts.join('');
}

/** `B2:B` → `B2:B<lastRow>` and `B:B` → `B1:B<lastRow>`; `lastRowOf` gets the sheet named (undefined = own sheet). */
export function closeOpenRanges(formula: string, lastRowOf: (sheetName: string | undefined) => number): string {
  return rewriteFormula(formula, {
    reference(token) {
      const { start, end } = token.ref;
      if (!end || end.row !== undefined || start.column === undefined || end.column === undefined) return undefined;
      const lastRow = lastRowOf(token.sheet);
      return refText(token.sheet, { start: { ...start, row: start.row ?? 1 }, end: { ...end, row: lastRow } });
    },
  });
}

/**
 * A string literal HyperFormula can read. Its lexer knows no `""` escape and treats `\` as an
 * escape (without unescaping), so a string holding `"` or `\` becomes a concatenation with
 * CHAR(34) / CHAR(92): `"a""b"` → `("a"&CHAR(34)&"b")`.
 */
export function engineStringLiteral(value: string): string | undefined {
  if (!/["\\]/.test(value)) return undefined;
  const pieces = value.split(/(["\\])/).filter((piece) => piece !== '');
  return `(${pieces.map((piece) => (piece === '"' ? 'CHAR(34)' : piece === '\\' ? 'CHAR(92)' : `"${piece}"`)).join('&')})`;
}

/**
 * A shared formula moved by (rows, columns): relative parts of references move, `$` parts
 * stay — what Excel means by `<f t="shared" si="0"/>` in the cells after the first.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const move = (part: RefPart): RefPart => ({
    ...part,
    column: part.column === undefined || part.columnAbsolute ? part.column : part.column + columns,
    row: part.row === undefined || part.rowAbsolute ? part.row : part.row + rows,
  });
  return rewriteFormula(formula, {
    reference(token) {
      const { start, end } = token.ref;
      const moved: ParsedRef = { start: move(start), end: end ? move(end) : undefined };
      const parts = [moved.start, ...(moved.end ? [moved.end] : [])];
      if (parts.some((p) => (p.column !== undefined && p.column < 1) || (p.row !== undefined && p.row < 1))) return '#REF!';
      return refText(token.sheet, moved);
    },
  });
}
