/**
 * Reads the formula literals used in the functions' `@example` tags, as Sheets reads them
 * in an English-locale sheet: numbers, "text", TRUE/FALSE, and array literals where `,`
 * separates columns and `;` separates rows (`{10;9;0;7}` is a column of four cells).
 */
type Cell = number | string | boolean;

function splitTopLevel(text: string, separator: string): string[] {
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
  readonly expected: string;
}

/**
 * `=NPS({10;9;0;7}) returns 25 (…)` → NPS, its arguments and "25" (exact; `returns ≈33.3` for
 * a rounded value); undefined when the arguments are not all literals.
 */
export function parseExample(example: string): LiteralCall | undefined {
  const match = /^=([A-Z_][A-Z0-9_]*)\((.*)\)\s+returns\s+(\S+)/.exec(example);
  if (!match) return undefined;
  try {
    const args = match[2].trim() === '' ? [] : splitTopLevel(match[2], ',').map(literal);
    return { name: match[1], args, expected: match[3] };
  } catch {
    return undefined; // an example over a range such as B2:B: documentation only
  }
}
