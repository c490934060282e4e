/**
 * The cx-sheets command line. Commands are registered in COMMANDS below, each in its own
 * file like ./recalc.ts.
 */
import { Command, CommanderError } from 'commander';
import { consoleIo, firstLine, Io, UserError } from './io';
import { registerRecalc } from './recalc';
import { registerGrid } from './grid';
import { registerMatrix } from './matrix';
import { registerBuild } from './build';
import { registerCompare } from './compare';
import { registerStakeholders } from './stakeholders';

import { registerReport } from './report';

const COMMANDS: readonly ((program: Command, io: Io) => void)[] = [registerRecalc, registerGrid, registerMatrix, registerBuild, registerCompare, registerStakeholders, registerReport];

export function buildProgram(io: Io = consoleIo): Command {
  const program = new Command('cx-sheets')
    .description('Run the CX Sheets add-on (dist/Code.js) offline on .xlsx workbooks, with a local Sheets runtime.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of COMMANDS) register(program, io);
  return program;
}

/** Runs the command line; resolves to the exit code (0, or 1 after one line on stderr). */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    process.stderr.write(`cx-sheets: ${error instanceof UserError ? error.message : firstLine(error)}\n`);
    return 1;
  }
}
