import { CellParser, oneOf, optionalText, requiredText, wholeLevel } from '../tables/cellParsers';
import { isBlankCell } from '../tables/cellValue';
import { CellNoun, PROBLEM_TEXTS, ProblemTexts } from '../tables/problemTexts';
import { TableProblem } from '../tables/tableProblem';
import { columnIn, ColumnMapping, ColumnSpec, readTable, SourceGrid, TableSchema } from '../tables/tableSchema';
import { OutputLocale } from '../tabs/outputLocale';

/**
 * The Stakeholders source table (DESIGN §3): Stakeholder (Interesariusz) · Department
 * (Dział) · Influence (Wpływ; whole 1–5) · Interest (Zainteresowanie; whole 1–5) · Attitude
 * (Postawa: supporter / neutral / opponent, zwolennik / neutralny / przeciwnik; optional) ·
 * Expectations (Oczekiwania) · Next step (Następny krok) · Owner (Właściciel). Aliases
 * belong to this table: Wpływ is Influence here (Impact in Projects), and Department is a
 * column of its own, not an alias of Owner. Read by the shared table reader, with the same
 * problem reporting, worded in the locale asked for.
 */
export type Attitude = 'supporter' | 'neutral' | 'opponent';
export const ATTITUDES: readonly Attitude[] = ['supporter', 'neutral', 'opponent'];

/** Influence and interest are whole levels on this scale. */
export const STAKEHOLDER_LEVELS: readonly number[] = [1, 2, 3, 4, 5];

/** A whole level 1–5 that must be given: blank is a problem, not "no level". */
function requiredLevel(what: CellNoun, texts: ProblemTexts): CellParser<number> {
  const level = wholeLevel(STAKEHOLDER_LEVELS, what, texts.wholeFromTo(1, 5), texts);
  return {
    allowed: level.allowed,
    parse: (cell) => (isBlankCell(cell) ? { ok: false, problem: texts.emptyCell } : (level.parse(cell) as ReturnType<CellParser<number>['parse']>)),
  };
}

function stakeholdersSchema(locale: OutputLocale) {
  const texts = PROBLEM_TEXTS[locale];
  return {
    name: locale === 'pl' ? 'Interesariusze' : 'Stakeholders',
    columns: {
      stakeholder: columnIn(locale, 'Interesariusz', { name: 'Stakeholder', aliases: ['Interesariusz', 'Name', 'Nazwa'], required: true, parser: requiredText('stakeholderName', texts) }),
      department: columnIn(locale, 'Dział', { name: 'Department', aliases: ['Dział'], required: false, parser: optionalText('department', texts) }),
      influence: columnIn(locale, 'Wpływ', { name: 'Influence', aliases: ['Wpływ', 'Power', 'Władza'], required: true, parser: requiredLevel('influence', texts) }),
      interest: columnIn(locale, 'Zainteresowanie', { name: 'Interest', aliases: ['Zainteresowanie'], required: true, parser: requiredLevel('interest', texts) }),
      attitude: columnIn(locale, 'Postawa', {
        name: 'Attitude',
        aliases: ['Postawa', 'Stance', 'Nastawienie'],
        required: false,
        parser: oneOf<Attitude>(
          'attitude',
          { supporter: ['supporter', 'zwolennik', 'zwolenniczka'], neutral: ['neutral', 'neutralny', 'neutralna'], opponent: ['opponent', 'przeciwnik', 'przeciwniczka'] },
          texts,
        ),
      }),
      expectations: columnIn(locale, 'Oczekiwania', { name: 'Expectations', aliases: ['Oczekiwania'], required: false, parser: optionalText('expectations', texts) }),
      nextStep: columnIn(locale, 'Następny krok', { name: 'Next step', aliases: ['Next steps', 'Następny krok', 'Następne kroki'], required: false, parser: optionalText('nextStep', texts) }),
      owner: columnIn(locale, 'Właściciel', { name: 'Owner', aliases: ['Właściciel'], required: false, parser: optionalText('owner', texts) }),
    },
  } satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;
}

/** The schema in each output locale: the same headers recognised, messages in that language. */
export const STAKEHOLDERS_SCHEMAS = { en: stakeholdersSchema('en'), pl: stakeholdersSchema('pl') } as const;
export const STAKEHOLDERS_SCHEMA = STAKEHOLDERS_SCHEMAS.en;

export type StakeholderColumn = keyof typeof STAKEHOLDERS_SCHEMA.columns;

/** One row of the Stakeholders table, validated. */
export interface StakeholderRow {
  readonly sheetRow: number;
  readonly stakeholder: string;
  readonly department?: string;
  /** Whole 1–5. */
  readonly influence: number;
  readonly interest: number;
  readonly attitude?: Attitude;
  readonly expectations?: string;
  readonly nextStep?: string;
  readonly owner?: string;
}

export interface StakeholdersRead {
  readonly rows: readonly StakeholderRow[];
  readonly problems: readonly TableProblem[];
  readonly unusedHeaders: readonly string[];
}

export function readStakeholders(grid: SourceGrid, mapping: ColumnMapping<StakeholderColumn> = {}, locale: OutputLocale = 'en'): StakeholdersRead {
  const table = readTable(STAKEHOLDERS_SCHEMAS[locale], grid, mapping, PROBLEM_TEXTS[locale]);
  return {
    rows: table.rows.map(({ sheetRow, record }): StakeholderRow => ({ sheetRow, ...record })),
    problems: table.problems,
    unusedHeaders: table.unusedHeaders,
  };
}
