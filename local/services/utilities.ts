/**
 * Utilities: formatDate with Java SimpleDateFormat letters as Apps Script documents them
 * (y, M, d, H, h, m, s, S, a, E, and 'quoted text'), in any IANA time zone; getUuid.
 */
import { randomUUID } from 'node:crypto';
import { Exposed } from '../instrument';

function parts(date: Date, timeZone: string): Record<string, string> {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      hourCycle: 'h23', weekday: 'long',
    });
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone} is not a time zone)`);
  }
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date: Date, timeZone: string, format: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const p = parts(date, timeZone);
  const pad = (v: string | number, n: number) => String(v).padStart(n, '0');
  const hour = Number(p.hour);
  return format.replace(/'([^']*)'|y+|M+|d+|H+|h+|m+|s+|S+|a|E+/g, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = token.length;
    switch (token[0]) {
      case 'y': return n === 2 ? pad(Number(p.year) % 100, 2) : pad(p.year, n);
      case 'M': return n >= 4 ? MONTHS[Number(p.month) - 1] : n === 3 ? MONTHS[Number(p.month) - 1].slice(0, 3) : pad(p.month, n);
      case 'd': return pad(p.day, n);
      case 'H': return pad(hour, n);
      case 'h': return pad(hour % 12 === 0 ? 12 : hour % 12, n);
      case 'm': return pad(p.minute, n);
      case 's': return pad(p.second, n);
      case 'S': return pad(date.getUTCMilliseconds(), n);
      case 'a': return hour < 12 ? 'AM' : 'PM';
      case 'E': return n >= 4 ? p.weekday : p.weekday.slice(0, 3);
      default: return token;
    }
  });
}

export class LocalUtilities extends Exposed implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid'> {
  readonly gasClass = 'Utilities';
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(date as unknown as Date, timeZone, format);
  }
  getUuid(): string {
    return randomUUID();
  }
}
