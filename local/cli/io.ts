/**
 * What every cx-sheets command shares: reading IN without ever changing it, writing OUT
 * atomically (a temp file in OUT's folder, then a rename: never a partial OUT), one-line
 * errors, and progress on stderr.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tabNamesLanguage } from '../../src/core/sources/sourceKinds';
import { readXlsx } from '../xlsx';
import type { LocalSpreadsheet } from '../spreadsheetApp/spreadsheet';

/** An error whose message is the whole story: shown as one line, exit code 1. */
export class UserError extends Error {}

export interface Io {
  /** A progress line on stderr (so stdout stays the result). */
  progress(message: string): void;
  /** A result line on stdout. */
  print(message: string): void;
}

export const consoleIo: Io = {
  progress: (message) => process.stderr.write(`… ${message}\n`),
  print: (message) => process.stdout.write(`${message}\n`),
};

/**
 * Reads IN as XLSX from its bytes (the file is opened read-only and never written). The
 * spreadsheet locale is the one the file records (docProps/core.xml); a file that records
 * none — Sheets' export records none — is Polish when its source tabs bear Polish default
 * names (Punkty styku, Odpowiedzi…) and no English ones, so its tabs are built and its
 * custom functions answer in Polish, as they would in a Polish spreadsheet.
 */
export async function readInput(file: string): Promise<LocalSpreadsheet> {
  if (!existsSync(file)) throw new UserError(`cannot read ${file}: no such file`);
  if (!statSync(file).isFile()) throw new UserError(`cannot read ${file}: not a file`);
  const bytes = readFileSync(file);
  let workbook: LocalSpreadsheet;
  try {
    workbook = await readXlsx(bytes, file);
  } catch (error) {
    throw new UserError(firstLine(error));
  }
  if (workbook.source?.recordedLocale === undefined && tabNamesLanguage(workbook.sheets.map((sheet) => sheet.getName())) === 'pl') workbook.setSpreadsheetLocale(POLISH_LOCALE);
  return workbook;
}

const POLISH_LOCALE = 'pl_PL';

/** Checks OUT before any work: not IN itself, not a folder, and its folder exists. */
export function checkOutput(input: string, output: string): void {
  if (path.resolve(input) === path.resolve(output)) throw new UserError(`--out ${output} is the input file; cx-sheets never changes its input, choose another name`);
  if (existsSync(output) && statSync(output).isDirectory()) {
    throw new UserError(`--out ${output} is a folder; give the file to write, e.g. --out ${path.join(output, path.basename(input).replace(/(\.xlsx)?$/i, '-out.xlsx'))}`);
  }
  const folder = path.dirname(path.resolve(output));
  if (!existsSync(folder)) throw new UserError(`cannot write ${output}: folder ${folder} does not exist`);
}

const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is not a folder',
  ENOENT: 'its folder does not exist',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

/** Why a write failed, in words, never naming the temporary file the user did not ask for. */
function writeFailure(error: unknown, temp: string, output: string): string {
  const code = (error as { code?: string })?.code;
  return (code && WRITE_ERRORS[code]) ?? firstLine(error).split(temp).join(output);
}

/** Writes OUT through a temp file in the same folder and a rename, so OUT is whole or absent. */
export function writeOutput(output: string, bytes: Buffer): void {
  const temp = path.join(path.dirname(path.resolve(output)), `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, output);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UserError(`cannot write ${output}: ${writeFailure(error, temp, output)}`);
  }
}

export function firstLine(error: unknown): string {
  return String((error as { message?: unknown })?.message ?? error).split('\n')[0];
}
