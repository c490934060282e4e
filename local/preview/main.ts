/**
 * npm run preview [-- --port 8765] [-- --empty] [-- --workbook file.xlsx]: serves the
 * preview (./server.ts) on 127.0.0.1 until Ctrl+C. It needs `npm run build` first (the
 * npm script does it).
 */
import path from 'node:path';
import { Command } from 'commander';
import { createWorkbook } from '../runtime';
import { readInput } from '../cli/io';
import { startPreview } from './server';

const DEFAULT_WORKBOOK = path.resolve(__dirname, '..', '..', 'examples', 'cx-example.xlsx');
const DEFAULT_PORT = 8765;

async function main(): Promise<void> {
  const options = new Command('preview')
    .description('Try the CX Sheets add-on in a browser: the local runtime\'s workbook beside the real sidebar.')
    .option('--port <number>', 'port on 127.0.0.1 (0: any free port)', String(DEFAULT_PORT))
    .option('--empty', 'start from an empty spreadsheet (one tab, Sheet1), as a newcomer would')
    .option('--workbook <file>', 'the .xlsx to open (not modified)', DEFAULT_WORKBOOK)
    .option('--locale <locale>', 'the spreadsheet\'s and the user\'s locale, e.g. en_US or pl_PL (default: the workbook\'s, as cx-sheets reads it)')
    .parse()
    .opts<{ port: string; empty?: boolean; workbook: string; locale?: string }>();
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${options.port} is not a port number (0–65535)`);
  const workbook = options.empty ? createWorkbook({ Sheet1: [] }, 'Untitled spreadsheet') : await readInput(options.workbook);
  if (options.locale !== undefined) workbook.locale = options.locale;
  const preview = await startPreview({ workbook, port });
  process.stdout.write(`CX Sheets preview on ${preview.url} (${options.empty ? 'empty spreadsheet' : path.relative(process.cwd(), options.workbook)}); Ctrl+C stops it.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`preview: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
