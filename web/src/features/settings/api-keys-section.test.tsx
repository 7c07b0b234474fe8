import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type Answer, renderWithScriptedServer, type SentOperation } from '../../test/scripted-client';
import { ApiKeysSection } from './api-keys-section';

afterEach(cleanup);

const SECRET = 'rwk_abc123_the-whole-secret';

function key(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ApiKey',
    id,
    name,
    prefix: 'rwk_abc123',
    scopes: ['READ'],
    active: true,
    createdAt: '2026-11-20T10:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    expiresAt: null,
    ...extra,
  };
}

function keysAnswer(keys: ReturnType<typeof key>[]): Answer {
  return {
    data: {
      apiKeys: {
        __typename: 'ApiKeyConnection',
        edges: keys.map((node) => ({ __typename: 'ApiKeyEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
    },
  };
}

function server(script: { create?: (operation: SentOperation) => Answer }) {
  return (operation: SentOperation): Answer => {
    switch (operation.operationName) {
      case 'ApiKeys':
        return keysAnswer([key('k-old', 'Old sync', { active: false, revokedAt: '2026-11-21T10:00:00.000Z', lastUsedAt: '2026-11-21T09:00:00.000Z' })]);
      case 'CreateApiKey':
        return script.create!(operation);
      case 'RevokeApiKey':
        return { data: { revokeApiKey: { __typename: 'RevokeApiKeyPayload', apiKey: key('k-new', 'Sheets', { active: false, revokedAt: '2026-11-23T10:00:00.000Z' }) } } };
      default:
        throw new Error(`unexpected ${operation.operationName}`);
    }
  };
}

const created = (operation: SentOperation): Answer => {
  const input = operation.variables.input as { name: string; scopes: string[] };
  return { data: { createApiKey: { __typename: 'CreateApiKeyPayload', secret: SECRET, apiKey: key('k-new', input.name, { scopes: input.scopes }) } } };
};

describe('ApiKeysSection', () => {
  it('lists keys with prefix, scopes and state, never a secret', async () => {
    renderWithScriptedServer(<ApiKeysSection />, server({}));
    const list = await screen.findByRole('list', { name: 'Your API keys' });
    const row = within(list).getByRole('listitem');
    expect(within(row).getByRole('heading', { name: 'Old sync' })).toBeTruthy();
    expect(row.textContent).toContain('rwk_abc123…');
    expect(row.textContent).toContain('Read');
    expect(row.textContent).toMatch(/Revoked /);
    expect(within(row).queryByRole('button', { name: /Revoke/ })).toBeNull();
  });

  it('creates a key with the chosen scopes and a clientId, and shows its secret once', async () => {
    const { sent } = renderWithScriptedServer(<ApiKeysSection />, server({ create: created }));
    await screen.findByRole('list', { name: 'Your API keys' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Key name' }), { target: { value: ' Sheets ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Write logs/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    const secret = await screen.findByRole('textbox', { name: 'Secret' });
    expect(secret).toHaveProperty('value', SECRET);
    expect(screen.getByText(/it will not be shown again/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy secret' })).toBeTruthy();
    const create = sent.find((operation) => operation.operationName === 'CreateApiKey')!;
    expect(create.variables.input).toEqual({ clientId: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Sheets', scopes: ['READ', 'WRITE_LOGS'] });

    fireEvent.click(screen.getByRole('button', { name: 'I’ve saved it' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Secret' })).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByRole('textbox', { name: 'Key name' })).toBeTruthy();
  });

  it('retries a lost answer with the same clientId, and a new key gets a new one', async () => {
    let attempts = 0;
    const { sent } = renderWithScriptedServer(
      <ApiKeysSection />,
      server({ create: (operation) => (++attempts === 1 ? new Error('offline') : created(operation)) }),
    );
    await screen.findByRole('list', { name: 'Your API keys' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Key name' }), { target: { value: 'Sheets' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByRole('textbox', { name: 'Secret' });
    fireEvent.click(screen.getByRole('button', { name: 'I’ve saved it' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Key name' }), { target: { value: 'Other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByRole('textbox', { name: 'Secret' });

    const ids = sent.filter((operation) => operation.operationName === 'CreateApiKey').map((operation) => (operation.variables.input as { clientId: string }).clientId);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('shows a name conflict on the name input', async () => {
    renderWithScriptedServer(
      <ApiKeysSection />,
      server({ create: () => ({ errors: [{ message: 'You already have a key with this name.', extensions: { code: 'CONFLICT', field: 'name' } }] }) }),
    );
    await screen.findByRole('list', { name: 'Your API keys' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Key name' }), { target: { value: 'Old sync' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You already have a key with this name.');
    expect(screen.getByRole('textbox', { name: 'Key name' }).getAttribute('aria-invalid')).toBe('true');
  });
});
