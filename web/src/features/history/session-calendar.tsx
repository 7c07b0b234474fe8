import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { SessionStatus } from '../../gql/graphql';
import { addDays, formatLongDay, formatMonth, monthOf, monthWeeks, shiftMonth, weekday } from './calendar-dates';
import { STATUS_LABEL, statusClass } from './session-status';

export interface CalendarEntry {
  id: string;
  workoutDate: string;
  slot: number;
  status: SessionStatus;
  title: string;
}

interface SessionCalendarProps {
  /** "2026-11" */
  month: string;
  /** The day holding the grid's one tab stop; moved by the arrow keys. */
  focusDay: string;
  /** The athlete's today, marked with aria-current. */
  today: string;
  entries: CalendarEntry[];
  /** The arrows, Home/End and Page Up/Down moved to `day` (possibly in another month). */
  onFocusDay(day: string): void;
  /** A day with sessions was activated. */
  onOpenDay(day: string, entries: CalendarEntry[]): void;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Upper A, completed; Lower B, skipped" — what a day's button says after its date. */
function describeDay(entries: CalendarEntry[]): string {
  if (entries.length === 0) return 'no session';
  return entries.map((entry) => `${entry.title}, ${STATUS_LABEL[entry.status].toLowerCase()}`).join('; ');
}

/**
 * A month of sessions as an ARIA grid: one tab stop (the focused day), arrows move by day and
 * week, Home/End to the week's ends, Page Up/Down by month; Enter or a click opens the day.
 */
export function SessionCalendar({ month, focusDay, today, entries, onFocusDay, onOpenDay }: SessionCalendarProps) {
  const id = useId();
  const grid = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) byDay.set(entry.workoutDate, [...(byDay.get(entry.workoutDate) ?? []), entry]);

  // Keyboard moves focus with the tab stop; a click or a new month from the buttons does not.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [focusDay, month]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, day: string) {
    const targets: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, -weekday(day)),
      End: () => addDays(day, 6 - weekday(day)),
      PageUp: () => shiftMonth(day, -1),
      PageDown: () => shiftMonth(day, 1),
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    moved.current = true;
    onFocusDay(target());
  }

  const tabStop = monthOf(focusDay) === month ? focusDay : `${month}-01`;

  return (
    <table ref={grid} role="grid" className="calendar" aria-labelledby={`${id}-caption`}>
      <caption id={`${id}-caption`} className="visually-hidden">
        Sessions in {formatMonth(month)}
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((name) => (
            <th key={name} scope="col" abbr={name}>
              <span aria-hidden="true">{name.slice(0, 3)}</span>
              <span className="visually-hidden">{name}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find((day) => day !== null)}>
            {week.map((day, index) => {
              if (day === null) return <td key={`blank-${index}`} role="gridcell" className="calendar-blank" />;
              const dayEntries = byDay.get(day) ?? [];
              return (
                <td key={day} role="gridcell">
                  <button
                    type="button"
                    data-day={day}
                    tabIndex={day === tabStop ? 0 : -1}
                    className={`calendar-day${dayEntries.length > 0 ? ' calendar-day-trained' : ''}`}
                    aria-label={`${formatLongDay(day)}: ${describeDay(dayEntries)}`}
                    aria-current={day === today ? 'date' : undefined}
                    aria-disabled={dayEntries.length === 0 ? true : undefined}
                    onKeyDown={(event) => onKeyDown(event, day)}
                    onClick={() => {
                      onFocusDay(day);
                      if (dayEntries.length > 0) onOpenDay(day, dayEntries);
                    }}
                  >
                    <span className="calendar-date" aria-hidden="true">
                      {Number(day.slice(8, 10))}
                    </span>
                    <span className="calendar-marks" aria-hidden="true">
                      {dayEntries.slice(0, 3).map((entry) => (
                        <span key={entry.id} className={statusClass(entry.status)} />
                      ))}
                    </span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The marks' key, in the order athletes meet them. */
export function StatusLegend() {
  return (
    <ul className="status-legend" aria-label="Key">
      {(['COMPLETED', 'PARTIAL', 'SKIPPED', 'PLANNED', 'IN_PROGRESS'] as const).map((status) => (
        <li key={status}>
          <span className={statusClass(status)} aria-hidden="true" />
          {STATUS_LABEL[status]}
        </li>
      ))}
    </ul>
  );
}
