/**
 * npm run use-script -- <scriptId>: points .clasp.json at your Apps Script project, keeping
 * rootDir "dist" so that `npm run push` uploads exactly the built add-on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const scriptId = process.argv[2]?.trim() ?? '';
if (!/^[A-Za-z0-9_-]{20,}$/.test(scriptId)) {
  console.error('usage: npm run use-script -- <scriptId>  (Apps Script editor › Project Settings › Script ID)');
  process.exit(1);
}
const file = path.resolve(__dirname, '../.clasp.json');
const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
writeFileSync(file, JSON.stringify({ ...config, scriptId, rootDir: 'dist' }, null, 2) + '\n');
console.log(`.clasp.json now points at script ${scriptId}; run npm run push`);
