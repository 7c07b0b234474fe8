/** LocalDate ("2026-11-23") ↔ UTC midnight in ms: chart x positions that no time zone shifts. */
export const dayToMs = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

const shortDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Nov 23" */
export const formatShortDay = (ms: number): string => shortDay.format(ms);
/** "Nov 23, 2026" */
export const formatDay = (day: string): string => longDay.format(dayToMs(day));

export const MS_PER_WEEK = 7 * 24 * 3600 * 1000;

const tickFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
/** An axis tick: "102.5", "1,200". */
export const formatTick = (value: number): string => tickFormat.format(value);
