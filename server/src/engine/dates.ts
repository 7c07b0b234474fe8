/**
 * Calendar days for the engine, which has no clock and no `Date`: ISO strings ('YYYY-MM-DD') or
 * epoch-day numbers (days since 1970-01-01), and ISO 8601 weeks (adherence, volume and trends
 * all bucket by them).
 */

/** A calendar day, 'YYYY-MM-DD' (proleptic Gregorian, years 0001–9999). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/**
 * Days since 1970-01-01 for a civil date: Hinnant's `days_from_civil` (H. Hinnant, 2013,
 * "chrono-Compatible Low-Level Date Algorithms"), exact in integers for every year 1–9999.
 * Throws a RangeError for anything but a real 'YYYY-MM-DD' day (2023-02-29 is rejected).
 */
export function epochDayOf(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`epochDayOf: expected a 'YYYY-MM-DD' date, got ${JSON.stringify(date)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`epochDayOf: ${date} is not a calendar day`);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The 'YYYY-MM-DD' day of an epoch day (Hinnant's `civil_from_days`); the inverse of epochDayOf. */
export function isoDateOf(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay) || epochDay < -719162 || epochDay > 2932896) {
    throw new RangeError(`isoDateOf: epoch day must be an integer for a year 0001–9999, got ${epochDay}`);
  }
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface IsoWeek {
  /** ISO 8601 week label, e.g. '2009-W53'. */
  week: string;
  isoYear: number;
  weekNumber: number;
  /** The Monday that starts the week. */
  weekStart: IsoDate;
}

/**
 * The ISO 8601 week of a day: weeks start on Monday and week 1 is the week holding the year's
 * first Thursday, so a week belongs to the ISO year of its Thursday (2010-01-03 is 2009-W53,
 * 2008-12-29 is 2009-W01).
 */
export function isoWeekOf(date: IsoDate | number): IsoWeek {
  const day = typeof date === 'number' ? epochDayOf(isoDateOf(date)) : epochDayOf(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const monday = day - (((day + 3) % 7) + 7) % 7;
  const thursday = monday + 3;
  const isoYear = Number(isoDateOf(thursday).slice(0, 4));
  const weekNumber = Math.floor((thursday - epochDayOf(`${String(isoYear).padStart(4, '0')}-01-01`)) / 7) + 1;
  return { week: `${String(isoYear).padStart(4, '0')}-W${String(weekNumber).padStart(2, '0')}`, isoYear, weekNumber, weekStart: isoDateOf(monday) };
}
