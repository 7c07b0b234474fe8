import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FragmentType } from '../../gql';
import type { DryRunSessionFields } from './api/dry-run';
import { DryRunView, summariseSets } from './dry-run-view';
import { WeightUnitProvider } from '../../lib/units';

afterEach(cleanup);

const set = (setIndex: number, targetWeightKg: number | null, targetReps: number | null, extra: Partial<{ isWarmup: boolean; amrap: boolean; targetRpe: number }> = {}) => ({
  setIndex,
  targetWeightKg,
  targetReps,
  isWarmup: false,
  amrap: false,
  targetRpe: null,
  ...extra,
});

const session = (index: number, cycleNumber: number, weight: number, isDeload = false) =>
  ({
    index,
    cycleNumber,
    dayIndex: 1,
    dayTitle: 'Upper A',
    isDeload,
    exercises: [
      {
        isDeload,
        exercise: { id: 'ex-bench', name: 'Barbell Bench Press' },
        sets: [set(1, 40, 5, { isWarmup: true }), set(2, weight, 5), set(3, weight, 5), set(4, weight, 5, { amrap: true })],
        decisions: [
          { code: 'LOAD_FROM_PROGRESSION', message: `Load ${weight} kg from the linear rule.`, setIndex: 2 },
          { code: isDeload ? 'DELOAD' : 'LINEAR_INCREMENT', message: isDeload ? 'Cycle 3 is a deload: 60 % of the working load.' : 'All reps hit: +2.5 kg next time.', setIndex: null },
        ],
      },
    ],
  }) as unknown as FragmentType<typeof DryRunSessionFields>;

describe('DryRunView', () => {
  it('groups sessions by cycle, reads sets as loads × reps, marks deloads and shows the reasons on request', () => {
    render(<DryRunView sessions={[session(1, 1, 80), session(2, 2, 82.5), session(3, 3, 50, true)]} />);
    const cycles = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(cycles).toEqual(['Cycle 1', 'Cycle 2', 'Cycle 3Deload']);

    const first = screen.getByRole('article', { name: 'Session 1: cycle 1, day 1 Upper A' });
    expect(within(first).getAllByRole('listitem').map((item) => item.textContent)).toContain('Warm-up 40 kg × 5');
    expect(within(first).getByText('2 × 80 kg × 5')).toBeTruthy();
    expect(within(first).getByText('80 kg × 5+')).toBeTruthy();
    expect(within(first).queryByText('Deload')).toBeNull();

    const deload = screen.getByRole('article', { name: 'Session 3: cycle 3, day 1 Upper A' });
    expect(within(deload).getByText('Deload')).toBeTruthy();
    expect(within(deload).getByText('2 × 50 kg × 5')).toBeTruthy();

    const why = within(deload).getByText('Why these numbers? (Barbell Bench Press)');
    const details = why.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(why);
    expect(details.open).toBe(true);
    expect(within(details).getByText('Cycle 3 is a deload: 60 % of the working load.')).toBeTruthy();
    expect(within(details).getByText('Set 2:')).toBeTruthy();
  });

  it('shows loads in the viewer’s unit', () => {
    render(
      <WeightUnitProvider unit="lb">
        <DryRunView sessions={[session(1, 1, 100)]} />
      </WeightUnitProvider>,
    );
    expect(screen.getByText('2 × 220.5 lb × 5')).toBeTruthy();
  });

  it('says why there is nothing to show for a routine of rest days', () => {
    render(<DryRunView sessions={[]} />);
    expect(screen.getByText(/only rest days/)).toBeTruthy();
  });

  it('summarises RPE targets and sets without a load', () => {
    expect(summariseSets([set(1, null, 8, { targetRpe: 8 }), set(2, null, 8, { targetRpe: 8 }), set(3, null, null)], 'kg')).toEqual(['2 × 8 reps · RPE 8', 'as you feel']);
  });
});
