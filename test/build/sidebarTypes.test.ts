import path from 'node:path';
import ts from 'typescript';

/** Type-checks a probe file placed in sidebar/ (in memory) against the real sources. */
function diagnosticsOf(probeSource: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.resolve('sidebar/tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  })!;
  const probe = path.resolve('sidebar/__probe__.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    path.resolve(file) === probe ? ts.createSourceFile(file, probeSource, language) : readFile(file, language, ...rest);
  const program = ts.createProgram([probe], config.options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the sidebar client is typed by the server API', () => {
  it('accepts a call to a real server function with its result type', () => {
    expect(diagnosticsOf(`import { server } from './server';\nconst name: Promise<string> = server.getActiveSheetName();\nvoid name;`)).toEqual([]);
  });

  it('fails to compile a call to a server function that does not exist', () => {
    const errors = diagnosticsOf(`import { server } from './server';\nvoid server.getActiveSheet();`);
    expect(errors.join('\n')).toMatch(/Property 'getActiveSheet' does not exist/);
  });

  it('fails to compile a call with the wrong arguments', () => {
    const errors = diagnosticsOf(`import { callServer } from './server';\nvoid callServer('getActiveSheetName', 42);`);
    expect(errors.join('\n')).toMatch(/Expected 1 arguments, but got 2/);
  });
});
