import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { getFragmentData } from '../../gql';
import { describeError } from '../../lib/errors';
import { localDate } from '../../lib/format';
import { formatWeight, useWeightUnit } from '../../lib/units';
import { CalendarSessionFragment, MonthSessionsQuery } from './api/month-sessions';
import { addMonths, formatListDay, formatMonth, isMonth, monthOf, monthRange } from './calendar-dates';
import { type CalendarEntry, SessionCalendar, StatusLegend } from './session-calendar';
import { sessionTitle, STATUS_LABEL, statusClass } from './session-status';
import './history.css';

export const sessionPath = (id: string) => `/history/${encodeURIComponent(id)}`;

/** `/history?month=2026-11`: the month's sessions as a calendar, then as a list. */
export function HistoryScreen() {
  const today = localDate();
  const [params, setParams] = useSearchParams();
  const month = isMonth(params.get('month')) ? params.get('month')! : monthOf(today);
  const [focus, setFocus] = useState(today);
  const focusDay = monthOf(focus) === month ? focus : `${month}-01`;
  const navigate = useNavigate();
  const unit = useWeightUnit();

  // Sessions logged since the last visit (or on another device) must show: the cache answers first, the server after.
  const [result, reexecute] = useQuery({ query: MonthSessionsQuery, variables: monthRange(month), requestPolicy: 'cache-and-network' });
  const connection = result.data?.viewer?.athlete?.sessions;
  const sessions = (connection?.edges ?? [])
    .map((edge) => getFragmentData(CalendarSessionFragment, edge.node))
    .sort((a, b) => a.workoutDate.localeCompare(b.workoutDate) || a.slot - b.slot);
  const entries: CalendarEntry[] = sessions.map((session) => ({
    id: session.id,
    workoutDate: session.workoutDate,
    slot: session.slot,
    status: session.status,
    title: sessionTitle(session),
  }));

  const showMonth = (next: string, day?: string) => {
    setFocus(day ?? `${next}-01`);
    setParams(next === monthOf(today) ? {} : { month: next });
  };

  function openDay(day: string, dayEntries: CalendarEntry[]) {
    if (dayEntries.length === 1) {
      void navigate(sessionPath(dayEntries[0]!.id));
      return;
    }
    // Two-a-days: go to the day's links in the list below.
    document.getElementById(`history-day-${day}`)?.querySelector('a')?.focus();
  }

  return (
    <section className="history" aria-labelledby="history-title">
      <header className="page-header">
        <h1 id="history-title">History</h1>
      </header>
      <div className="history-layout">
        <div className="card history-calendar">
          <div className="calendar-nav">
            <button type="button" className="button button-secondary button-small" onClick={() => showMonth(addMonths(month, -1))} aria-label={`Previous month, ${formatMonth(addMonths(month, -1))}`}>
              <span aria-hidden="true">‹ </span>Previous
            </button>
            <h2 className="section-title" aria-live="polite">
              {formatMonth(month)}
            </h2>
            <button type="button" className="button button-secondary button-small" onClick={() => showMonth(addMonths(month, 1))} aria-label={`Next month, ${formatMonth(addMonths(month, 1))}`}>
              Next ›
            </button>
          </div>
          <SessionCalendar
            month={month}
            focusDay={focusDay}
            today={today}
            entries={entries}
            onFocusDay={(day) => (monthOf(day) === month ? setFocus(day) : showMonth(monthOf(day), day))}
            onOpenDay={openDay}
          />
          <StatusLegend />
          <p className="text-muted calendar-help">Arrow keys move between days, Page Up and Page Down between months; Enter opens a day’s session.</p>
        </div>
        <div className="card history-list">
          <h2 id="history-list-title" className="section-title">
            Sessions in {formatMonth(month)}
          </h2>
          {result.error && !connection ? (
            <>
              <Alert>{describeError(result.error)}</Alert>
              <button type="button" className="button button-secondary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
                Try again
              </button>
            </>
          ) : !connection ? (
            <p role="status" className="text-muted">
              Loading {formatMonth(month)}…
            </p>
          ) : sessions.length === 0 ? (
            <p className="empty-state-text text-muted">No sessions in {formatMonth(month)}. Sessions you log or import show up here.</p>
          ) : (
            <ol className="history-sessions" aria-labelledby="history-list-title">
              {sessions.map((session, index) => (
                <li key={session.id} id={sessions[index - 1]?.workoutDate === session.workoutDate ? undefined : `history-day-${session.workoutDate}`}>
                  <Link to={sessionPath(session.id)} className="history-session-link">
                    <span className="history-session-day">{formatListDay(session.workoutDate)}</span>
                    <span className="history-session-title">{entries[index]!.title}</span>
                  </Link>
                  <span className="history-session-facts">
                    <span className="history-status">
                      <span className={statusClass(session.status)} aria-hidden="true" />
                      {STATUS_LABEL[session.status]}
                    </span>
                    {session.progress.setsDone > 0 ? (
                      <span>
                        {session.progress.setsDone} sets · {formatWeight(session.progress.volumeKg, unit)}
                      </span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {connection?.pageInfo.hasNextPage ? <p className="text-muted">Showing the first 100 sessions of this month.</p> : null}
        </div>
      </div>
    </section>
  );
}
