import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithScriptedServer } from '../../test/scripted-client';
import { memoryOutboxStorage } from './outbox-storage';
import { SetOutbox } from './set-outbox';
import { SyncIndicator } from './sync-indicator';
import { SetOutboxContext } from './use-set-outbox';

afterEach(cleanup);

const input = (n: number) => ({ clientId: `c-${n}`, sessionId: 's-1', exerciseId: 'e-1', plannedSetId: `p-${n}`, weightKg: 60, reps: 8, isWarmup: false });

function renderIndicator(always = true) {
  const outbox = new SetOutbox({ storage: memoryOutboxStorage(), online: false, setTimer: () => () => undefined });
  const logSetAnswer = (clientId: string) => ({
    data: { logSet: { setLog: { __typename: 'ExerciseSetLog', id: `log-${clientId}`, plannedSetId: null, clientId, weightKg: 60, reps: 8, rpe: null, isWarmup: false, setIndex: 1, performedAt: '2026-11-23T19:00:00.000Z', exercise: { id: 'e-1' } }, progress: { sessionId: 's-1', status: 'IN_PROGRESS', setsDone: 1, setsPlanned: 3, volumeKg: 480, updatedAt: '2026-11-23T19:00:00.000Z' }, records: [] } },
  });
  const view = renderWithScriptedServer(
    <SetOutboxContext value={outbox}>
      <SyncIndicator always={always} owner="user-1" />
    </SetOutboxContext>,
    (operation) => logSetAnswer((operation.variables.input as { clientId: string }).clientId),
  );
  return { ...view, outbox };
}

describe('SyncIndicator', () => {
  it('counts the sets waiting while offline, then says all are synced once the network is back, in a polite status', async () => {
    const { outbox, sent } = renderIndicator();
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Offline');
    await act(async () => {
      for (const n of [1, 2, 3]) await outbox.logSet(input(n));
    });
    expect(status.textContent).toBe('Offline · 3 sets waiting to sync');
    await act(async () => {
      outbox.setOnline(true);
      await outbox.flush();
    });
    await waitFor(() => expect(status.textContent).toBe('All sets synced'));
    // It handed the outbox this login's client: the sets went out through it, in order.
    expect(sent.map((operation) => (operation.variables.input as { clientId: string }).clientId)).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('stays out of the way of someone with nothing to log (a coach) until something waits', async () => {
    const { outbox } = renderIndicator(false);
    act(() => outbox.setOnline(true));
    await act(() => outbox.whenReady());
    expect(screen.queryByRole('status')).toBeNull();
    act(() => outbox.setOnline(false));
    expect(screen.getByRole('status').textContent).toBe('Offline');
  });
});
