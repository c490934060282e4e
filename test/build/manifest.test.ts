import { readFileSync } from 'node:fs';
import { distFile } from '../helpers/bundle';

describe('appsscript.json as uploaded (dist/)', () => {
  const manifest = JSON.parse(distFile('appsscript.json'));

  it('asks for exactly the two least-privilege scopes', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('runs on V8 with a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
  });

  it('logs no exceptions: error messages name cell values, which must not leave the spreadsheet (DESIGN §6)', () => {
    // STACKDRIVER would send every uncaught error, message and all, to the developer's
    // Cloud logs; a message such as `"Parcels" is not a touchpoint` carries customer text.
    expect(manifest.exceptionLogging).toBe('NONE');
  });

  it('is the committed appsscript.json, copied unchanged', () => {
    expect(distFile('appsscript.json')).toBe(readFileSync('appsscript.json', 'utf8'));
  });

  it('is what clasp pushes: .clasp.json points clasp at dist/', () => {
    expect(JSON.parse(readFileSync('.clasp.json', 'utf8')).rootDir).toBe('dist');
  });
});
