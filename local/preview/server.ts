/**
 * `npm run preview`: the whole add-on in a browser without Google. One page on
 * 127.0.0.1 shows the local runtime's workbook (tabs, values, colours, merges) beside the
 * real dist/Sidebar.html in an iframe. The sidebar's `google.script.run` is replaced by a
 * small injected script that POSTs each call to this server, which runs it in dist/Code.js
 * on the local runtime — the same bundle `clasp push` uploads — and answers with the
 * result as JSON (a thrown error as its message, as HtmlService's failure handler gets it).
 * The page redraws the workbook after every call, and offers the add-on's menu.
 *
 * Nothing is fetched from elsewhere: the page, its script and the sidebar are served here.
 */
import { htmlServiceValue } from '../htmlServiceValue';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { DEFAULT_DIST, LocalAddon, loadAddon } from '../runtime';
import type { LocalSpreadsheet } from '../spreadsheetApp/spreadsheet';
import { workbookSnapshot } from './snapshot';

export interface PreviewOptions {
  readonly workbook: LocalSpreadsheet;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly distDir?: string;
}

export interface Preview {
  readonly url: string;
  readonly addon: LocalAddon;
  close(): Promise<void>;
}

/** Marks where the bridge goes in Sidebar.html: before the sidebar's own script runs. */
const HEAD = '<head>';
const MAX_BODY = 1_000_000;

function bundleClient(file: string): string {
  const result = buildSync({ entryPoints: [path.join(__dirname, 'client', file)], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', write: false, logLevel: 'silent' });
  // Safe inside <script>: nothing in it may close the tag.
  return result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
}

function pageHtml(script: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CX Sheets preview</title></head>
<body><script>${script}</script></body></html>`;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error('request body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/** A POST from the preview's own page: JSON, and no Origin other than this server's. */
function isSameOriginJson(request: http.IncomingMessage): boolean {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const origin = request.headers.origin;
  return type === 'application/json' && (origin === undefined || origin === `http://${request.headers.host}`);
}

function send(response: http.ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(body);
}

function sendJson(response: http.ServerResponse, value: unknown): void {
  send(response, 200, 'application/json', JSON.stringify(value));
}


export function startPreview(options: PreviewOptions): Promise<Preview> {
  const distDir = options.distDir ?? DEFAULT_DIST;
  const addon = loadAddon(options.workbook, { distDir });
  addon.bundle.onOpen({ authMode: 'LIMITED' });
  const page = pageHtml(bundleClient('page.ts'));
  const bridge = `<script>${bundleClient('bridge.ts')}</script>`;
  const serverFunctions = new Set(Object.keys(addon.bundle));

  function sidebarHtml(): string {
    const html = readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8');
    if (!html.includes(HEAD)) throw new Error(`${distDir}/Sidebar.html has no ${HEAD}`);
    return html.replace(HEAD, () => `${HEAD}${bridge}`);
  }

  /** Runs a top-level function of the bundle as google.script.run or a menu item would. */
  function run(name: string, args: unknown[]): { ok: true; result: unknown } | { ok: false; message: string } {
    if (!serverFunctions.has(name)) return { ok: false, message: `Script function not found: ${name}` };
    try {
      return { ok: true, result: htmlServiceValue(addon.bundle[name].apply(undefined, args), `the result of ${name}`) };
    } catch (error) {
      // The bundle runs in its own realm: its Error is not this realm's Error.
      const message = (error as { message?: unknown } | null)?.message;
      return { ok: false, message: typeof message === 'string' ? message : String(error) };
    }
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && !isSameOriginJson(request)) {
      // Another web page open in the same browser must not drive the add-on: a cross-site
      // form or fetch cannot send application/json from this origin without a preflight.
      return send(response, 403, 'text/plain', 'calls must come from the preview page itself, as application/json');
    }
    if (request.method === 'GET' && url.pathname === '/') return send(response, 200, 'text/html', page);
    if (request.method === 'GET' && url.pathname === '/sidebar') return send(response, 200, 'text/html', sidebarHtml());
    if (request.method === 'GET' && url.pathname === '/api/workbook') return sendJson(response, workbookSnapshot(options.workbook, addon.ui));
    if (request.method === 'POST' && url.pathname.startsWith('/api/run/')) {
      const args: unknown = JSON.parse((await readBody(request)) || '[]');
      if (!Array.isArray(args)) return send(response, 400, 'text/plain', 'the body must be a JSON array of arguments');
      return sendJson(response, run(decodeURIComponent(url.pathname.slice('/api/run/'.length)), args));
    }
    if (request.method === 'POST' && url.pathname === '/api/select') {
      const { sheet, row, column, rows, columns } = JSON.parse(await readBody(request)) as { sheet: string; row?: number; column?: number; rows?: number; columns?: number };
      const tab = options.workbook.sheetNamed(sheet);
      if (row === undefined) options.workbook.setActiveSheet(tab as unknown as GoogleAppsScript.Spreadsheet.Sheet);
      else tab.rangeAt(row, column ?? 1, rows ?? 1, columns ?? 1).activate();
      return sendJson(response, { ok: true });
    }
    send(response, 404, 'text/plain', 'not found');
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, 'text/plain', String((error as Error)?.message ?? error)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        addon,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
