/**
 * Reads the formula literals used in the functions' `@example` tags (for the examples test,
 * which evaluates them, and for docs/FUNCTIONS.md, which lays returned tables out), as Sheets reads them
 * in an English-locale sheet: numbers, "text", TRUE/FALSE, DATE(y,m,d), and array literals where
 * `,` separates columns and `;` separates rows (`{10;9;0;7}` is a column of four cells).
 */
type Cell = number | string | boolean | Date;

export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inText = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inText = !inText;
    else if (!inText && (ch === '{' || ch === '(')) depth++;
    else if (!inText && (ch === '}' || ch === ')')) depth--;
    else if (!inText && depth === 0 && ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

function cell(text: string): Cell {
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)$/i.exec(text);
  if (date) return new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3])); // the day's start, as Sheets passes a date
  const number = Number(text);
  if (text === '' || Number.isNaN(number)) throw new Error(`not a literal: ${text}`);
  return number;
}

function literal(text: string): Cell | Cell[][] {
  if (text.startsWith('{') && text.endsWith('}')) {
    return splitTopLevel(text.slice(1, -1), ';').map((row) => splitTopLevel(row, ',').map(cell));
  }
  return cell(text);
}

export interface LiteralCall {
  readonly name: string;
  readonly args: Array<Cell | Cell[][]>;
  /** "25", "≈33.3", or a whole array literal "{…}" for a function that returns a table. */
  readonly expected: string;
}

/** A cell of an expected table: a literal, or `≈84.87`, a number shown rounded to its decimals. */
export type ExpectedCell = Cell | { readonly approximately: number; readonly decimals: number };

/** `{"Group","NPS";"North",≈33.3}` → rows of expected cells. */
export function parseExpectedTable(text: string): ExpectedCell[][] {
  if (!text.startsWith('{') || !text.endsWith('}')) throw new Error(`not an array literal: ${text}`);
  return splitTopLevel(text.slice(1, -1), ';').map((row) =>
    splitTopLevel(row, ',').map((part) => {
      const rounded = /^≈(-?\d+)(?:\.(\d+))?$/.exec(part);
      return rounded ? { approximately: Number(part.slice(1)), decimals: rounded[2]?.length ?? 0 } : cell(part);
    }),
  );
}

/**
 * The length of the bracketed run at the start of text — `(…)` or `{…}`, nested brackets
 * balanced and quoted text skipped — or undefined when text does not start with `open`.
 */
export function bracketedLength(text: string, open: '(' | '{', close: ')' | '}'): number | undefined {
  if (!text.startsWith(open)) return undefined;
  let depth = 0;
  let inText = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inText = !inText;
    else if (!inText && ch === open) depth++;
    else if (!inText && ch === close && --depth === 0) return i + 1;
  }
  return undefined;
}

/** The `{…}` array literal at the start of text; undefined if none. */
export function leadingArrayLiteral(text: string): string | undefined {
  const length = bracketedLength(text, '{', '}');
  return length === undefined ? undefined : text.slice(0, length);
}

/**
 * `=NPS({10;9;0;7}) returns 25 (…)` → NPS, its arguments and "25" (exact; `returns ≈33.3` for
 * a rounded value); undefined when the arguments are not all literals.
 */
export function parseExample(example: string): LiteralCall | undefined {
  const match = /^=([A-Z_][A-Z0-9_]*)\((.*?)\)\s+returns\s+(\S.*)$/.exec(example);
  if (!match) return undefined;
  try {
    const args = match[2].trim() === '' ? [] : splitTopLevel(match[2], ',').map(literal);
    const expected = leadingArrayLiteral(match[3]) ?? match[3].split(/\s/)[0];
    return { name: match[1], args, expected };
  } catch {
    return undefined; // an example over a range such as B2:B: documentation only
  }
}
