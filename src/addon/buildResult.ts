import { isOutputLocale, OutputLocale } from '../core/outputLocale';
import { formatTableProblem, TableProblem } from '../core/tableProblem';
import { TableSourceChoice } from '../sheets/tableSource';

/**
 * What every builder of a generated tab shares at the server API: checking the options the
 * sidebar sends (plain JSON, so their shape is checked before it is trusted) and the
 * result for an invalid source table — every problem as plain data plus its one-line
 * message, so the sidebar can list them and the CLI can print them.
 */
export interface ProblemReport extends TableProblem {
  readonly message: string;
}

export interface InvalidTables {
  readonly ok: false;
  /** The range read, when the table was found. */
  readonly source?: string;
  readonly problems: readonly ProblemReport[];
  /** "3 problems in Touchpoints!A1:I21; nothing was written." */
  readonly message: string;
}

export function invalidTables(problems: readonly TableProblem[], source?: string): InvalidTables {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return {
    ok: false,
    source,
    problems: problems.map((p) => ({ ...p, message: formatTableProblem(p) })),
    message: `${count} in ${source ?? 'the source table'}; nothing was written.`,
  };
}

/** Throws (a bug in the caller, not the user's data) unless the options have the documented shape. */
export function checkBuildOptions(
  what: string,
  options: { readonly source?: TableSourceChoice; readonly mapping?: Record<string, unknown>; readonly locale?: OutputLocale } | undefined,
): void {
  const o = options ?? {};
  if (o.locale !== undefined && !isOutputLocale(o.locale)) throw new Error(`${what}: locale ${JSON.stringify(o.locale)} is not "en" or "pl"`);
  const source = o.source;
  if (source !== undefined) {
    const named = (source.kind === 'tab' || source.kind === 'namedRange') && typeof source.name === 'string' && source.name !== '';
    if (!named && source.kind !== 'selection') {
      throw new Error(`${what}: source ${JSON.stringify(source)} is not {kind: "tab" | "namedRange", name} or {kind: "selection"}`);
    }
  }
  for (const [key, value] of Object.entries(o.mapping ?? {})) {
    if (typeof value !== 'string') throw new Error(`${what}: the mapping of ${key} is ${JSON.stringify(value)}, not a header or column letter`);
  }
}
