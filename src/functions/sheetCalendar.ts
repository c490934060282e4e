import { civilFromDays, isoDay, Period, periodStart } from '../core/survey/datePeriod';
import { PeriodCalendar } from '../core/survey/scoreGroups';
import { ZonedCalendar, zonedCalendar } from '../core/survey/zonedCalendar';
import { describeCellValue, isDateCell } from '../core/tables/cellValue';
import { spreadsheetTimeZone } from '../sheets/spreadsheetTimeZone';

/**
 * Calendar days as the spreadsheet shows them: in its time zone when it can be read (asked
 * once, and only when a date turns up), else in the script's own zone. Sheets hands a date
 * cell to a custom function as the instant its day starts in the spreadsheet's zone, so the
 * script's zone (the add-on's, the same for every user) may name another day.
 */
export class SheetCalendar implements PeriodCalendar {
  private zoned: ZonedCalendar | null | undefined;

  private get zone(): ZonedCalendar | null {
    if (this.zoned === undefined) {
      const timeZone = spreadsheetTimeZone();
      try {
        this.zoned = timeZone === undefined ? null : zonedCalendar(timeZone);
      } catch {
        this.zoned = null; // a zone name this runtime's Intl does not know
      }
    }
    return this.zoned;
  }

  /** The day number (from 1970-01-01) of the calendar day the date shows as. */
  dayOf(date: Date): number {
    const zone = this.zone;
    if (zone !== null) return zone.dayOf(date.getTime());
    return periodStart(date.getFullYear(), date.getMonth(), date.getDate(), 'day');
  }

  periodOf(date: Date, period: Period): number {
    const zone = this.zone;
    if (zone === null) return periodStart(date.getFullYear(), date.getMonth(), date.getDate(), period);
    const { year, monthIndex, day } = civilFromDays(zone.dayOf(date.getTime()));
    return periodStart(year, monthIndex, day, period);
  }

  dateOf(days: number): Date {
    const zone = this.zone;
    if (zone !== null) return zone.startOf(days);
    const { year, monthIndex, day } = civilFromDays(days);
    const date = new Date(year, monthIndex, day);
    if (year >= 0 && year < 100) date.setFullYear(year); // Date(y, …) reads 0–99 as 1900–1999
    return date;
  }

  /** A cell value for a message; a date as the day the spreadsheet shows (2026-03-01). */
  describe(value: unknown): string {
    if (isDateCell(value) && value.getTime() === value.getTime()) return isoDay(this.dayOf(value));
    return describeCellValue(value);
  }
}
