import { SOURCE_KINDS, SOURCE_SCHEMAS } from '../../src/core/sources/sourceKinds';
import { matchKey } from '../../src/core/tables/matchKey';
import { COLUMN_NAMES_PL } from '../../sidebar/texts';

// The Polish sidebar names every column of every source table in Polish (GLOSSARY), with a
// name the table reader accepts as that column's header, so what the card says to type works.
describe('the Polish sidebar\'s column names', () => {
  const SAME_IN_POLISH = new Set(['NPS', 'CES', 'CSAT', 'Segment']);
  const columns = SOURCE_KINDS.flatMap((kind) => Object.values(SOURCE_SCHEMAS[kind].columns).map((spec) => ({ kind, spec })));

  it.each(columns.map(({ kind, spec }) => [kind, spec.name, spec]))('%s: %s has a Polish name that is one of its headers', (_kind, name, spec) => {
    if (SAME_IN_POLISH.has(name as string)) return expect(COLUMN_NAMES_PL[name as string] ?? name).toBe(name);
    const polish = COLUMN_NAMES_PL[name as string];
    expect(polish).toBeDefined();
    expect((spec as { aliases: readonly string[] }).aliases.map(matchKey)).toContain(matchKey(polish));
  });
});
