// DESIGN §7: the command line and the add-on handle a workbook as large as Sheets allows.
// Two things turn data size into call-stack depth and end in "Maximum call stack size
// exceeded": spreading data into a call's arguments (`Math.max(...values)`,
// `list.push(...rows)`: one stack slot per element) and recursive walks. This test reads
// every source file of local/ and src/ with the TypeScript parser and finds both.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

function sources(folder: string): string[] {
  const found: string[] = [];
  const work = [path.join(ROOT, folder)];
  for (let dir = work.pop(); dir !== undefined; dir = work.pop()) {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) work.push(full);
      else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) found.push(full);
    }
  }
  return found.sort();
}

interface Finding {
  readonly where: string;
  readonly code: string;
}

function scan(file: string): { spreads: Finding[]; recursions: Finding[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const spreads: Finding[] = [];
  const recursions: Finding[] = [];
  const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  // Functions being visited, by name: a call to one of them from inside it is recursion.
  const enclosing: string[] = [];
  const visit = (node: ts.Node): void => {
    let name: string | undefined;
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name) name = node.name.getText(source);
    else if (ts.isVariableDeclaration(node) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) name = node.name.getText(source);
    if (name !== undefined) enclosing.push(name);
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      spreads.push({ where: where(node), code: node.parent.getText(source).replace(/\s+/g, ' ').slice(0, 80) });
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const called = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword
          ? callee.name.text
          : undefined;
      if (called !== undefined && enclosing.includes(called)) recursions.push({ where: where(node), code: node.getText(source).replace(/\s+/g, ' ').slice(0, 80) });
    }
    ts.forEachChild(node, visit);
    if (name !== undefined) enclosing.pop();
  };
  visit(source);
  return { spreads, recursions };
}

/**
 * Calls that look like the above but are not: each with why. A new entry needs a reason as
 * good as these.
 */
const ALLOWED: readonly { readonly file: string; readonly code: RegExp; readonly why: string }[] = [
  { file: 'src/core/journey/valuationGridLayout.ts', code: /^rows\.push\(\.\.\.band\(/, why: "spreads one band's rows: stage, touchpoint, moment, effort and the five levels −2…+2, nine whatever the touchpoints" },
  { file: 'local/services/utilities.ts', code: /^formatDate\(/, why: 'the method formatDate calls the module function of the same name' },
  { file: 'src/addon/serverApi.ts', code: /^(detectSource|activateTab)\(/, why: 'each server-API method calls the imported function of the same name' },
  { file: 'local/preview/client/bridge.ts', code: /^runner\(/, why: 'withSuccessHandler() returns a new runner when called, one per call the page makes' },
];

function allowed(finding: Finding): boolean {
  return ALLOWED.some((a) => finding.where.startsWith(`${a.file}:`) && a.code.test(finding.code));
}

describe('no call-stack depth that grows with the data (DESIGN §7)', () => {
  const files = [...sources('local'), ...sources('src')];
  const results = files.map(scan);

  it('reads every source file of local/ and src/', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(path.join('local', 'formulaEngine.ts')))).toBe(true);
  });

  it('spreads no array into a call (Math.max(...a), push(...a): one stack slot per element)', () => {
    const found = results.flatMap((r) => r.spreads).filter((f) => !allowed(f));
    expect(found).toEqual([]);
  });

  it('has no recursive walks (a function calling itself)', () => {
    const found = results.flatMap((r) => r.recursions).filter((f) => !allowed(f));
    expect(found).toEqual([]);
  });

  it('would catch both (the scanner is not blind)', () => {
    const probe = path.join(ROOT, 'test/build/__fixtures__/stackProbe.ts');
    const { spreads, recursions } = scan(probe);
    expect(spreads.map((f) => f.code)).toEqual(['Math.max(...values)', 'rows.push(...more)']);
    expect(recursions.map((f) => f.code)).toEqual(['walk(child as { children: unknown[] })']);
  });
});
