/**
 * The custom functions a built bundle defines, read from the artefact itself: every
 * top-level function declaration of dist/Code.js whose JSDoc carries `@customfunction`,
 * which is exactly what Sheets reads to offer them in cells.
 */
import ts from 'typescript';

export function customFunctionNames(code: string): string[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  return source.statements
    .filter(ts.isFunctionDeclaration)
    .filter((fn) => ts.getJSDocTags(fn).some((tag) => tag.tagName.text === 'customfunction'))
    .map((fn) => fn.name!.text);
}
