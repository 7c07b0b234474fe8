import { useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ApiKeyScope } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { RevokeApiKeyMutation } from './api/revoke-api-key';

export const ApiKeyFields = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    active
    createdAt
    lastUsedAt
    revokedAt
    expiresAt
  }
`);

export const SCOPE_LABELS: Record<ApiKeyScope, string> = {
  READ: 'Read',
  WRITE_LOGS: 'Write logs',
  WRITE_PLANS: 'Write plans',
};

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** One key: never its secret (the server keeps only a hash), its prefix to recognise it. */
export function ApiKeyRow({ apiKey: ref }: { apiKey: FragmentType<typeof ApiKeyFields> }) {
  const key = getFragmentData(ApiKeyFields, ref);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, revokeApiKey] = useMutation(RevokeApiKeyMutation);

  async function revoke() {
    const result = await revokeApiKey({ input: { id: key.id } });
    if (!result.error) setConfirming(false);
  }

  const state = key.revokedAt ? `Revoked ${formatDate(key.revokedAt)}` : key.active ? 'Active' : 'Expired';
  return (
    <li className="card api-key">
      <div className="api-key-head">
        <h3 className="api-key-name">{key.name}</h3>
        <span className={key.active ? 'badge badge-success' : 'badge badge-warning'}>{state}</span>
      </div>
      <dl className="api-key-facts">
        <dt>Prefix</dt>
        <dd>
          <code>{key.prefix}…</code>
        </dd>
        <dt>Scopes</dt>
        <dd>{key.scopes.map((scope) => SCOPE_LABELS[scope]).join(', ')}</dd>
        <dt>Created</dt>
        <dd>{formatDate(key.createdAt)}</dd>
        <dt>Last used</dt>
        <dd>{key.lastUsedAt ? formatDate(key.lastUsedAt) : 'Never'}</dd>
        {key.expiresAt ? (
          <>
            <dt>Expires</dt>
            <dd>{formatDate(key.expiresAt)}</dd>
          </>
        ) : null}
      </dl>
      {error ? (
        <p role="alert" className="text-warning">
          {describeError(error, { NOT_FOUND: 'This key is gone. Reload the page.' })}
        </p>
      ) : null}
      {key.revokedAt ? null : confirming ? (
        <div className="api-key-actions">
          <span>Requests with it will stop working at once.</span>
          <button type="button" className="button button-secondary button-small" onClick={revoke} disabled={fetching}>
            {fetching ? 'Revoking…' : `Revoke ${key.name} now`}
          </button>
          <button type="button" className="button button-ghost button-small" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="api-key-actions">
          <button type="button" className="button button-ghost button-small" aria-label={`Revoke ${key.name}`} onClick={() => setConfirming(true)}>
            Revoke
          </button>
        </div>
      )}
    </li>
  );
}
