/**
 * Calendar arithmetic on LocalDate strings ("2026-11-23") and months ("2026-11"), done in UTC so
 * the athlete's time zone never shifts a day. Weeks start on Monday (ISO 8601, like the analytics).
 */

const pad = (value: number) => String(value).padStart(2, '0');
const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number) => {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

export const isMonth = (text: string | null): text is string => text !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
export const monthOf = (day: string): string => day.slice(0, 7);

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * 86_400_000);
}

export function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

export function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The same day of the month `months` away, clamped to that month's last day (Jan 31 → Feb 28). */
export function shiftMonth(day: string, months: number): string {
  const month = addMonths(monthOf(day), months);
  return `${month}-${pad(Math.min(Number(day.slice(8, 10)), daysInMonth(month)))}`;
}

export const monthRange = (month: string) => ({ from: `${month}-01`, to: `${month}-${pad(daysInMonth(month))}` });

/** 0 for Monday … 6 for Sunday. */
export const weekday = (day: string): number => (new Date(toUtc(day)).getUTCDay() + 6) % 7;

/** The month as weeks of seven cells, Monday first; null outside the month. */
export function monthWeeks(month: string): (string | null)[][] {
  const cells: (string | null)[] = Array(weekday(`${month}-01`)).fill(null);
  for (let date = 1; date <= daysInMonth(month); date += 1) cells.push(`${month}-${pad(date)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return weeks;
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "November 2026" */
export const formatMonth = (month: string): string => monthFormat.format(toUtc(`${month}-01`));
/** "Monday, November 3" */
export const formatLongDay = (day: string): string => dayFormat.format(toUtc(day));
/** "Mon, Nov 3" */
export const formatListDay = (day: string): string => shortDayFormat.format(toUtc(day));
