import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { WeightUnitProvider } from '../../lib/units';
import { renderWithScriptedServer } from '../../test/scripted-client';
import { BodyWeightForm } from './body-weight-section';
import { E1rmSection, type ExerciseTrend, trendLine } from './e1rm-section';
import { VolumeSection, weeklyVolumeChart } from './volume-section';

afterEach(cleanup);

const bench: ExerciseTrend = {
  __typename: 'ExerciseTrend',
  exercise: { __typename: 'Exercise', id: 'ex-bench', name: 'Bench Press' },
  sessions: 3,
  latestE1rmKg: 110,
  changePct: 10,
  slopeKgPerWeek: 5,
  points: [
    { __typename: 'E1rmPoint', date: '2026-11-02', e1rmKg: 100 },
    { __typename: 'E1rmPoint', date: '2026-11-09', e1rmKg: 105 },
    { __typename: 'E1rmPoint', date: '2026-11-16', e1rmKg: 110 },
  ],
};
const squat: ExerciseTrend = { ...bench, exercise: { __typename: 'Exercise', id: 'ex-squat', name: 'Back Squat' }, sessions: 2, points: bench.points.slice(0, 1), changePct: null, slopeKgPerWeek: null };

const records = (exerciseId: string) => ({
  data: {
    viewer: {
      __typename: 'User',
      id: 'u1',
      athlete: {
        __typename: 'Athlete',
        id: 'a1',
        personalRecords: {
          __typename: 'PersonalBestConnection',
          edges:
            exerciseId === 'ex-bench'
              ? [{ __typename: 'PersonalBestEdge', node: { __typename: 'PersonalBest', id: 'pb1', kind: 'BEST_E1RM', value: 110, achievedAt: '2026-11-16T18:00:00Z', session: { __typename: 'WorkoutSession', id: 'w3', workoutDate: '2026-11-16' } } }]
              : [],
        },
      },
    },
  },
});

describe('e1RM chart', () => {
  it('is a labelled image described by its summary, with every point in its data table, in the viewer’s unit', async () => {
    const { sent } = renderWithScriptedServer(
      <MemoryRouter>
        <WeightUnitProvider unit="lb">
          <E1rmSection trends={[bench, squat]} />
        </WeightUnitProvider>
      </MemoryRouter>,
      (operation) => records(operation.variables.exerciseId as string),
    );
    const chart = screen.getByRole('img', { name: 'Bench Press: estimated 1RM by training day' });
    const summary = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toBe('From 220.5 lb on Nov 2, 2026 to 242.5 lb on Nov 16, 2026 over 3 training days (+10.0%). Trend: +11 lb per week.');
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(screen.getByTestId('trend-line')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Bench Press: estimated 1RM by training day' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Day', 'Estimated 1RM (lb)']);
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Nov 2, 2026220.5', 'Nov 9, 2026231.5', 'Nov 16, 2026242.5']);

    await screen.findByText('Best estimated 1RM');
    expect(screen.getByRole('link', { name: 'Nov 16, 2026' }).getAttribute('href')).toBe('/history/w3');
    expect(sent[0]!.variables).toEqual({ exerciseId: 'ex-bench' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Exercise' }), { target: { value: 'ex-squat' } });
    const squatChart = screen.getByRole('img', { name: 'Back Squat: estimated 1RM by training day' });
    expect(document.getElementById(squatChart.getAttribute('aria-describedby')!)!.textContent).toBe('One training day so far: 220.5 lb on Nov 2, 2026.');
    expect(screen.queryByTestId('trend-line')).toBeNull();
    await screen.findByText('No records on this exercise yet.');
  });

  it('draws the least-squares line through the points’ mean with the server’s slope', () => {
    const [start, end] = trendLine({ ...bench, points: [bench.points[0]!, { ...bench.points[1]!, e1rmKg: 107 }, bench.points[2]!], slopeKgPerWeek: 5 }, 'kg')!;
    // Mean of 100, 107, 110 is 105.67 at week 1; slope 5 kg/week → 100.67 at week 0, 110.67 at week 2.
    expect(start.y).toBeCloseTo(100.667, 2);
    expect(end.y).toBeCloseTo(110.667, 2);
    expect(end.x - start.x).toBe(14 * 24 * 3600 * 1000);
  });
});

describe('weekly volume chart', () => {
  const week = (label: string, weekStart: string, muscles: [string, number][]) => ({
    __typename: 'WeekVolume' as const,
    week: label,
    weekStart,
    muscles: muscles.map(([muscle, hardSets]) => ({ __typename: 'MuscleVolume' as const, muscle: muscle as never, hardSets, tonnageKg: hardSets * 500 })),
  });
  const weeks = [
    week('2026-W45', '2026-11-02', [['CHEST', 10], ['BACK', 8], ['QUADS', 6], ['TRICEPS', 4], ['BICEPS', 3], ['CALVES', 2], ['ABS', 1]]),
    week('2026-W46', '2026-11-09', []),
    week('2026-W47', '2026-11-16', [['CHEST', 12], ['ABS', 1]]),
  ];

  it('stacks the five most trained muscles and the rest as Other, and says the same in words and in a table', () => {
    const { series, columns } = weeklyVolumeChart(weeks);
    expect(series.map((entry) => entry.label)).toEqual(['Chest', 'Back', 'Quads', 'Triceps', 'Biceps', 'Other muscles']);
    expect(columns[0]!.values).toEqual({ CHEST: 10, BACK: 8, QUADS: 6, TRICEPS: 4, BICEPS: 3, OTHER_MUSCLES: 3 });
    expect(columns[2]!.values).toEqual({ CHEST: 12, OTHER_MUSCLES: 1 });

    renderWithScriptedServer(<VolumeSection weeks={weeks} />, () => ({ data: {} }));
    const chart = screen.getByRole('img', { name: 'Hard sets per week, by muscle' });
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Hard sets per week over 3 weeks, 2 of them with training; the most in the week of Nov 2, 2026 (34 sets). Muscles trained most: Chest, Back, Quads.',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(8);
    const rows = within(screen.getByRole('table', { name: 'Hard sets per week, by muscle' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'WeekChestBackQuadsTricepsBicepsOther musclesTotal',
      'Week of Nov 2, 2026108643334',
      'Week of Nov 9, 20260000000',
      'Week of Nov 16, 2026120000113',
    ]);
  });
});

describe('BodyWeightForm', () => {
  const saved = (created: boolean, weightKg: number) => ({
    data: { recordBodyMetrics: { __typename: 'RecordBodyMetricsPayload', created, bodyMetric: { __typename: 'BodyMetric', id: 'bm1', measuredOn: '2026-11-23', weightKg } } },
  });

  it('refuses what is not a weight without asking the server, then records today’s in kg and says whether it was new', async () => {
    let calls = 0;
    const refreshed: number[] = [];
    const { sent } = renderWithScriptedServer(
      <WeightUnitProvider unit="lb">
        <BodyWeightForm athleteId="a1" today="2026-11-23" onSaved={() => refreshed.push(1)} />
      </WeightUnitProvider>,
      (operation) => saved(calls++ === 0, (operation.variables.input as { weightKg: number }).weightKg),
    );
    const input = screen.getByRole('textbox', { name: 'Today’s body weight (lb)' });
    fireEvent.change(input, { target: { value: 'heavy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record weight' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter your body weight in lb as a number above 0 and under 1,543.2 lb, e.g. 177.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(0);

    fireEvent.change(input, { target: { value: '176.4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record weight' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved today’s weight: 176.4 lb.'));
    expect(sent[0]!.variables.input).toEqual({ athleteId: 'a1', measuredOn: '2026-11-23', weightKg: 80.014 });
    expect(input.getAttribute('aria-invalid')).toBeNull();

    fireEvent.change(input, { target: { value: '176.4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record weight' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Updated today’s weight: 176.4 lb.'));
    expect(refreshed).toHaveLength(2);
  });

  it('shows the server’s BAD_USER_INPUT message on the field', async () => {
    renderWithScriptedServer(<BodyWeightForm athleteId="a1" today="2026-11-23" onSaved={() => undefined} />, () => ({
      errors: [{ message: 'measuredOn must not be in the future.', extensions: { code: 'BAD_USER_INPUT', field: 'measuredOn' } }],
    }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Today’s body weight (kg)' }), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record weight' }));
    expect((await screen.findByRole('alert')).textContent).toBe('measuredOn must not be in the future.');
  });
});
