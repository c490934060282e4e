/**
 * Calendar days in a named (IANA) time zone, such as the spreadsheet's.
 *
 * Sheets hands a custom function a date cell as the instant the day starts in the
 * *spreadsheet's* time zone, but the script's own time zone (appsscript.json) is the
 * add-on's, the same for every user. Reading the day with getFullYear/getMonth/getDate
 * would use the script's zone and put a Tokyo spreadsheet's 1 March into February. So the
 * day is read in the spreadsheet's zone, with ECMAScript's Intl (no Apps Script service):
 *
 *     day(t)   = floor((t + offset(t)) / 1 day)        offset = wall clock − UTC at t
 *     start(d) = d · 1 day − offset(start(d))           (solved by one correction step)
 *
 * Offsets are cached per half hour (zones change offset on the hour or half hour), so a
 * million date cells cost a map lookup each, not a formatting call.
 */
export interface ZonedCalendar {
  /** Whole days from 1970-01-01 to the calendar day the instant falls on in the zone. */
  dayOf(time: number): number;
  /** The instant the day (whole days from 1970-01-01) starts in the zone. */
  startOf(days: number): Date;
}

const DAY = 86_400_000;
const HALF_HOUR = 1_800_000;

export function zonedCalendar(timeZone: string): ZonedCalendar {
  // Throws RangeError for a zone name Intl does not know: callers fall back to the script's zone.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsets = new Map<number, number>();
  const offsetAt = (time: number): number => {
    const slot = Math.floor(time / HALF_HOUR);
    let offset = offsets.get(slot);
    if (offset === undefined) {
      const start = slot * HALF_HOUR;
      const part: Record<string, number> = {};
      for (const { type, value } of format.formatToParts(new Date(start))) part[type] = Number(value);
      offset = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - start;
      offsets.set(slot, offset);
    }
    return offset;
  };
  const dayOf = (time: number): number => Math.floor((time + offsetAt(time)) / DAY);
  return {
    dayOf,
    startOf: (days) => {
      const wallMidnight = days * DAY;
      const guess = wallMidnight - offsetAt(wallMidnight);
      const start = wallMidnight - offsetAt(guess);
      // Where the clocks spring forward at midnight (Santiago, Havana, Asunción), 00:00 never
      // happens: `start` falls an hour early, on the day before, and the day begins at the
      // switch itself, which is `guess`.
      return new Date(dayOf(start) === days ? start : guess);
    },
  };
}
