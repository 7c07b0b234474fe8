import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithScriptedServer } from '../../test/scripted-client';
import { monthOf } from './calendar-dates';
import { HistoryScreen } from './history-screen';
import { type CalendarEntry, SessionCalendar } from './session-calendar';

afterEach(cleanup);

const entries: CalendarEntry[] = [
  { id: 's1', workoutDate: '2026-11-02', slot: 1, status: 'COMPLETED', title: 'Upper A' },
  { id: 's2', workoutDate: '2026-11-04', slot: 1, status: 'PARTIAL', title: 'Lower A' },
  { id: 's3', workoutDate: '2026-11-06', slot: 1, status: 'SKIPPED', title: 'Upper B' },
  { id: 's4', workoutDate: '2026-11-09', slot: 1, status: 'COMPLETED', title: 'Lower B' },
  { id: 's5', workoutDate: '2026-11-09', slot: 2, status: 'PLANNED', title: 'Conditioning' },
];

/** The calendar with the state a screen keeps: the focused day, and the month it is in. */
function Harness({ start, opened }: { start: string; opened: string[] }) {
  const [focus, setFocus] = useState(start);
  return (
    <SessionCalendar
      month={monthOf(focus)}
      focusDay={focus}
      today="2026-11-23"
      entries={entries}
      onFocusDay={setFocus}
      onOpenDay={(day, dayEntries) => opened.push(`${day}:${dayEntries.map((entry) => entry.id).join(',')}`)}
    />
  );
}

const day = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}:`) });

describe('SessionCalendar', () => {
  it('lays a month out in Monday-first weeks with named weekdays and blank cells outside the month', () => {
    render(<Harness start="2026-11-23" opened={[]} />);
    const grid = screen.getByRole('grid', { name: 'Sessions in November 2026' });
    const headers = within(grid).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['MonMonday', 'TueTuesday', 'WedWednesday', 'ThuThursday', 'FriFriday', 'SatSaturday', 'SunSunday']);
    // November 2026 starts on a Sunday: six blanks, then 30 days, then six blanks (6 weeks).
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    const firstWeek = within(rows[0]!).getAllByRole('gridcell');
    expect(firstWeek.slice(0, 6).every((cell) => cell.textContent === '')).toBe(true);
    expect(within(firstWeek[6]!).getByRole('button').getAttribute('aria-label')).toBe('Sunday, November 1: no session');
    expect(within(grid).getAllByRole('button')).toHaveLength(30);
  });

  it('says each day’s sessions and their status in its label, and marks today', () => {
    render(<Harness start="2026-11-23" opened={[]} />);
    expect(day('Monday, November 2').getAttribute('aria-label')).toBe('Monday, November 2: Upper A, completed');
    expect(day('Wednesday, November 4').getAttribute('aria-label')).toBe('Wednesday, November 4: Lower A, partial');
    expect(day('Friday, November 6').getAttribute('aria-label')).toBe('Friday, November 6: Upper B, skipped');
    expect(day('Monday, November 9').getAttribute('aria-label')).toBe('Monday, November 9: Lower B, completed; Conditioning, planned');
    expect(day('Monday, November 9').querySelectorAll('.status-completed, .status-planned')).toHaveLength(2);
    expect(day('Monday, November 23').getAttribute('aria-current')).toBe('date');
    expect(day('Tuesday, November 24').getAttribute('aria-disabled')).toBe('true');
  });

  it('has one tab stop, moves it with the arrows, Home/End and Page Up/Down, and opens a trained day', () => {
    const opened: string[] = [];
    render(<Harness start="2026-11-02" opened={opened} />);
    const tabStops = () => screen.getAllByRole('button').filter((button) => button.tabIndex === 0);
    expect(tabStops().map((button) => button.dataset.day)).toEqual(['2026-11-02']);

    day('Monday, November 2').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-11-03');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-11-10');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-11-15');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-11-09');
    expect(tabStops().map((button) => button.dataset.day)).toEqual(['2026-11-09']);

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.click(document.activeElement!);
    fireEvent.click(day('Tuesday, November 3'));
    expect(opened).toEqual(['2026-11-02:s1']);

    // Off the edge of the month: the grid turns to the next one and keeps the focus.
    fireEvent.keyDown(day('Monday, November 2'), { key: 'PageDown' });
    expect(screen.getByRole('grid', { name: 'Sessions in December 2026' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-12-02');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('grid', { name: 'Sessions in November 2026' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-11-30');
  });
});

function session(id: string, workoutDate: string, status: string, title: string | null) {
  return {
    __typename: 'WorkoutSession',
    id,
    workoutDate,
    slot: 1,
    status,
    notes: null,
    routineDay: title ? { __typename: 'RoutineDay', id: `d-${id}`, title } : null,
    progress: { __typename: 'SessionProgress', sessionId: id, setsDone: 12, volumeKg: 4200 },
  };
}

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

describe('HistoryScreen', () => {
  it('asks for the month shown, lists its sessions, and turns the month with Previous', async () => {
    const { sent } = renderWithScriptedServer(
      <MemoryRouter initialEntries={['/history?month=2026-11']}>
        <Routes>
          <Route path="/history" element={<HistoryScreen />} />
          <Route path="/history/:id" element={<Where />} />
        </Routes>
      </MemoryRouter>,
      (operation) => ({
        data: {
          viewer: {
            __typename: 'User',
            id: 'u1',
            athlete: {
              __typename: 'Athlete',
              id: 'a1',
              sessions: {
                __typename: 'WorkoutSessionConnection',
                edges:
                  operation.variables.from === '2026-11-01'
                    ? [session('w2', '2026-11-04', 'SKIPPED', 'Lower A'), session('w1', '2026-11-02', 'COMPLETED', null)].map((node) => ({ __typename: 'WorkoutSessionEdge', node }))
                    : [],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false },
              },
            },
          },
        },
      }),
    );
    const list = await screen.findByRole('list', { name: 'Sessions in November 2026' });
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual(['Mon, Nov 2Workout', 'Wed, Nov 4Lower A']);
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Mon, Nov 2WorkoutCompleted12 sets · 4,200 kg', 'Wed, Nov 4Lower ASkipped12 sets · 4,200 kg']);
    expect(sent[0]!.variables).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(day('Monday, November 2').getAttribute('aria-label')).toBe('Monday, November 2: Workout, completed');

    fireEvent.click(screen.getByRole('button', { name: 'Previous month, October 2026' }));
    await screen.findByText('No sessions in October 2026. Sessions you log or import show up here.');
    expect(sent.at(-1)!.variables).toEqual({ from: '2026-10-01', to: '2026-10-31' });

    fireEvent.click(screen.getByRole('button', { name: 'Next month, November 2026' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Wednesday, November 4: Lower A, skipped' }));
    expect(screen.getByTestId('where').textContent).toBe('/history/w2');
  });
});
