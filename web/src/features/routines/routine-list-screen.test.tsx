import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { type Answer, renderWithScriptedServer, type SentOperation } from '../../test/scripted-client';
import { RoutineListScreen } from './routine-list-screen';

afterEach(cleanup);

const viewer = {
  data: {
    viewer: {
      __typename: 'User', id: 'u-1', role: 'ATHLETE', username: 'alex', fullName: 'Alex Kim', settings: { __typename: 'UserSettings', unitSystem: 'METRIC' },
      athlete: { __typename: 'Athlete', id: 'a-1', displayName: 'Alex Kim' }, coach: null,
    },
  },
};

const routine = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Routine', id, name, description: null, isActive: false, revision: 2, archivedAt: null, updatedAt: '2026-11-23T10:00:00Z',
  days: [{ __typename: 'RoutineDay', id: `${id}-d1`, isRest: false }, { __typename: 'RoutineDay', id: `${id}-d2`, isRest: true }],
  ...extra,
});

function list(routines: unknown[]): Answer {
  return {
    data: {
      node: { __typename: 'Athlete', id: 'a-1', displayName: 'Alex Kim', routines: { __typename: 'RoutineConnection', edges: routines.map((node) => ({ __typename: 'RoutineEdge', node })) } },
    },
  };
}

function serve(answers: Record<string, (operation: SentOperation) => Answer>) {
  return renderWithScriptedServer(
    <MemoryRouter initialEntries={['/routines']}>
      <RoutineListScreen />
    </MemoryRouter>,
    (operation) => (operation.operationName === 'Viewer' ? viewer : answers[operation.operationName!]!(operation)),
  );
}

describe('RoutineListScreen', () => {
  it('lists the active routine first, with what each one holds', async () => {
    serve({ RoutineList: () => list([routine('r-2', 'Newer block'), routine('r-1', 'Upper / Lower', { isActive: true })]) });
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual(['Upper / Lower', 'Newer block']);
    expect(within(cards[0]!).getByText('Active')).toBeTruthy();
    expect(within(cards[1]!).getByText('2 days · 1 training · revision 2')).toBeTruthy();
    expect(within(cards[1]!).getByRole('button', { name: 'Make Newer block active' })).toBeTruthy();
  });

  it('archives with the revision it listed; a revision CONFLICT says so and reloads the list', async () => {
    const { sent } = serve({
      RoutineList: () => list([routine('r-1', 'Upper / Lower')]),
      ArchiveRoutine: () => ({ errors: [{ message: 'revision: this routine changed since you read it', extensions: { code: 'CONFLICT', field: 'revision' } }] }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Archive Upper / Lower' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('“Upper / Lower” was changed somewhere else since this list loaded, so it was not archived. The list is reloaded: check it, then try again.');
    expect(sent.find((operation) => operation.operationName === 'ArchiveRoutine')!.variables).toEqual({ input: { id: 'r-1', revision: 2 } });
    await waitFor(() => expect(sent.filter((operation) => operation.operationName === 'RoutineList').length).toBeGreaterThanOrEqual(2));
  });

  it('retries a failed duplicate with the same clientId, so the server makes one copy', async () => {
    let attempts = 0;
    const { sent } = serve({
      RoutineList: () => list([routine('r-1', 'Upper / Lower')]),
      DuplicateRoutine: () => {
        attempts += 1;
        return attempts === 1
          ? new Error('offline')
          : { data: { duplicateRoutine: { __typename: 'DuplicateRoutinePayload', routine: { __typename: 'Routine', id: 'r-9', name: 'Upper / Lower (copy)', athlete: { __typename: 'Athlete', id: 'a-1' } } } } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate Upper / Lower' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Can’t reach Repwise');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate Upper / Lower' }));
    await waitFor(() => expect(attempts).toBe(2));
    const [first, second] = sent.filter((operation) => operation.operationName === 'DuplicateRoutine').map((operation) => (operation.variables.input as { clientId: string }).clientId);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });
});
