/**
 * Reads src/main.ts with the TypeScript compiler and lists what Apps Script must see as
 * top-level functions: custom functions (with their JSDoc), triggers and menu actions,
 * and the properties of the `serverApi` object that the sidebar calls.
 *
 * The build writes stubs from this list, the docs are generated from it and the bundle
 * tests check dist/Code.js against it, so all three agree with the source by construction.
 */
import path from 'node:path';
import ts from 'typescript';

export interface JsDocParam {
  readonly name: string;
  readonly description: string;
}

export interface CustomFunction {
  readonly kind: 'custom';
  readonly name: string;
  readonly parameters: readonly string[];
  /** Which parameters may be left out (TypeScript `?` or a default value). */
  readonly optional: readonly boolean[];
  /** The JSDoc block as written in the source, re-indented for the top level. */
  readonly jsDoc: string;
  readonly description: string;
  readonly params: readonly JsDocParam[];
  readonly returns: string;
  readonly examples: readonly string[];
  readonly throws: readonly string[];
  readonly sourceFile: string;
}

export interface PlainEntryPoint {
  readonly kind: 'entry';
  readonly name: string;
  readonly parameters: readonly string[];
  /** The expression the stub calls, relative to the bundle's global: `onOpen` or `serverApi.x`. */
  readonly target: string;
}

export type EntryPoint = CustomFunction | PlainEntryPoint;

export const BUNDLE_GLOBAL = 'CXSheets';
const SERVER_API_EXPORT = 'serverApi';

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  return (ts.getTextOfJSDocComment(comment) ?? '').replace(/\s+/g, ' ').trim();
}

/** `/**\n   * text\n   *\/` indented however the source had it → the same block at column 0. */
function reindentJsDoc(raw: string): string {
  return raw
    .split('\n')
    .map((line, index) => (index === 0 ? line.trim() : ' ' + line.trim()))
    .join('\n');
}

function parameterNames(fn: ts.SignatureDeclaration): string[] {
  return fn.parameters.map((p) => {
    if (!ts.isIdentifier(p.name)) throw new Error(`${fn.name?.getText()}: destructured parameters cannot become a top-level stub`);
    return p.name.text;
  });
}

function describeCustomFunction(name: string, fn: ts.FunctionDeclaration): CustomFunction {
  const where = `${path.relative(process.cwd(), fn.getSourceFile().fileName)}: ${name}`;
  const docs = ts.getJSDocCommentsAndTags(fn).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  const tags = ts.getJSDocTags(fn);
  const parameters = parameterNames(fn);
  const params: JsDocParam[] = tags.filter(ts.isJSDocParameterTag).map((tag) => ({
    name: tag.name.getText(),
    description: commentText(tag.comment),
  }));
  const returnTag = tags.find(ts.isJSDocReturnTag);
  const problems: string[] = [];
  if (!doc) problems.push('has no JSDoc block');
  if (params.map((p) => p.name).join(',') !== parameters.join(',')) {
    problems.push(`@param tags (${params.map((p) => p.name).join(', ') || 'none'}) must name the parameters (${parameters.join(', ')}) in order`);
  }
  params.filter((p) => !p.description).forEach((p) => problems.push(`@param ${p.name} has no description`));
  if (!returnTag || !commentText(returnTag.comment)) problems.push('needs an @return with a description');
  if (!doc || !commentText(doc.comment)) problems.push('needs a description before its tags');
  if (problems.length > 0) throw new Error(`${where} ${problems.join('; ')}`);
  return {
    kind: 'custom',
    name,
    parameters,
    optional: fn.parameters.map((p) => p.questionToken !== undefined || p.initializer !== undefined),
    jsDoc: reindentJsDoc(doc.getText()),
    description: commentText(doc.comment),
    params,
    returns: commentText(returnTag!.comment),
    examples: tags.filter((t) => t.tagName.text === 'example').map((t) => commentText(t.comment)),
    throws: tags.filter((t) => t.tagName.text === 'throws').map((t) => commentText(t.comment)),
    sourceFile: path.relative(process.cwd(), fn.getSourceFile().fileName),
  };
}

function isCustomFunction(fn: ts.FunctionDeclaration): boolean {
  return ts.getJSDocTags(fn).some((tag) => tag.tagName.text === 'customfunction');
}

export function readEntryPoints(mainFile = path.resolve('src/main.ts'), tsconfigPath = path.resolve('tsconfig.json')): EntryPoint[] {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error(`cannot read ${tsconfigPath}`);
  const program = ts.createProgram([mainFile], config.options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(mainFile);
  if (!source) throw new Error(`cannot read ${mainFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${mainFile} has no exports`);

  const entryPoints: EntryPoint[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const name = exported.name;
    if (declaration && ts.isFunctionDeclaration(declaration)) {
      entryPoints.push(
        isCustomFunction(declaration)
          ? describeCustomFunction(name, declaration)
          : { kind: 'entry', name, parameters: parameterNames(declaration), target: name },
      );
    } else if (name === SERVER_API_EXPORT && declaration && ts.isVariableDeclaration(declaration)) {
      const initializer = declaration.initializer;
      if (!initializer || !ts.isObjectLiteralExpression(initializer)) throw new Error(`${SERVER_API_EXPORT} must be an object literal`);
      for (const property of initializer.properties) {
        if (!ts.isMethodDeclaration(property) || !ts.isIdentifier(property.name)) {
          throw new Error(`${SERVER_API_EXPORT}: every member must be a method (name(args) { … }), not ${property.getText().slice(0, 40)}`);
        }
        const method = property.name.text;
        entryPoints.push({ kind: 'entry', name: method, parameters: parameterNames(property), target: `${SERVER_API_EXPORT}.${method}` });
      }
    } else if (!(symbol.flags & ts.SymbolFlags.Type)) {
      throw new Error(`src/main.ts exports ${name}, which is neither a function nor ${SERVER_API_EXPORT}: Apps Script could not call it`);
    }
  }

  const seen = new Set<string>();
  for (const entry of entryPoints) {
    if (seen.has(entry.name)) throw new Error(`two entry points are named ${entry.name}: Apps Script has one global namespace`);
    if (entry.name === BUNDLE_GLOBAL) throw new Error(`${BUNDLE_GLOBAL} is the bundle's own global name`);
    seen.add(entry.name);
  }
  return entryPoints;
}

/** The top-level declarations appended to the bundle: Apps Script only sees these. */
export function renderStubs(entryPoints: readonly EntryPoint[]): string {
  return entryPoints
    .map((entry) => {
      const params = entry.parameters.join(', ');
      const target = entry.kind === 'custom' ? entry.name : entry.target;
      const body = `function ${entry.name}(${params}) {\n  return ${BUNDLE_GLOBAL}.${target}(${params});\n}`;
      return entry.kind === 'custom' ? `${entry.jsDoc}\n${body}` : body;
    })
    .join('\n\n');
}
