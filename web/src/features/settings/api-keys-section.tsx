import { type FormEvent, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { Loading } from '../../components/ui/loading';
import type { ApiKeyScope } from '../../gql/graphql';
import { type AppError, describeError, toAppError } from '../../lib/errors';
import { newUuid } from '../../lib/uuid';
import { ApiKeysQuery } from './api/api-keys';
import { CreateApiKeyMutation } from './api/create-api-key';
import { ApiKeyRow, SCOPE_LABELS } from './api-key-row';

const SCOPES: [ApiKeyScope, string][] = [
  ['READ', 'every query, as you see it'],
  ['WRITE_LOGS', 'sessions, sets, imports and health data'],
  ['WRITE_PLANS', 'routines, cycles and exercises'],
];

interface NewKey {
  name: string;
  secret: string;
}

/** `/settings`, second card: partner API keys, with a form to create one. */
export function ApiKeysSection() {
  const id = useId();
  const [result, reexecute] = useQuery({ query: ApiKeysQuery });
  const [newKey, setNewKey] = useState<NewKey | null>(null);

  let list;
  if (!result.data) {
    list = result.error ? (
      <div>
        <Alert>{describeError(result.error)}</Alert>
        <button type="button" className="button button-secondary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          Try again
        </button>
      </div>
    ) : (
      <Loading label="Loading your API keys…" />
    );
  } else {
    const { edges, pageInfo } = result.data.apiKeys;
    list =
      edges.length === 0 ? (
        <p className="text-muted">No API keys yet.</p>
      ) : (
        <>
          <ul className="api-key-list" aria-label="Your API keys">
            {edges.map((edge) => (
              <ApiKeyRow key={edge.node.id} apiKey={edge.node} />
            ))}
          </ul>
          {pageInfo.hasNextPage ? <p className="text-muted">Showing your newest 100 keys.</p> : null}
        </>
      );
  }

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        API keys
      </h2>
      <p className="text-muted">A key lets another app act as you within its scopes. Send it as “Authorization: Bearer &lt;secret&gt;”.</p>
      {newKey ? <NewKeySecret newKey={newKey} onDone={() => setNewKey(null)} /> : <CreateApiKeyForm onCreated={setNewKey} />}
      {list}
    </section>
  );
}

function CreateApiKeyForm({ onCreated }: { onCreated(key: NewKey): void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['READ']);
  const [error, setError] = useState<AppError | null>(null);
  const [{ fetching }, createApiKey] = useMutation(CreateApiKeyMutation);
  // One clientId per key: a retry after a lost answer returns the same key instead of a second one.
  const clientId = useRef(newUuid());
  const errorId = `${id}-error`;

  function toggle(scope: ApiKeyScope, on: boolean) {
    setScopes(on ? SCOPES.map(([value]) => value).filter((value) => value === scope || scopes.includes(value)) : scopes.filter((value) => value !== scope));
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (name.trim() === '') {
      setError({ code: 'BAD_USER_INPUT', field: 'name', message: 'Give the key a name, e.g. the app it is for.' });
      return;
    }
    if (scopes.length === 0) {
      setError({ code: 'BAD_USER_INPUT', field: 'scopes', message: 'Choose at least one scope.' });
      return;
    }
    const result = await createApiKey({ input: { clientId: clientId.current, name: name.trim(), scopes } });
    if (result.error) {
      const appError = toAppError(result.error);
      // The server answered, so no key was made with this clientId unless it says so: a
      // lost answer (NETWORK) keeps it, so resubmitting returns the key it may have made.
      if (appError.code !== 'NETWORK') clientId.current = newUuid();
      setError(appError);
      return;
    }
    const payload = result.data?.createApiKey;
    if (!payload) return;
    clientId.current = newUuid();
    onCreated({ name: name.trim(), secret: payload.secret });
  }

  const field = error?.field?.split('.')[0];
  const message = error ? describeError(error) : null;

  return (
    <form className="settings-form api-key-form" onSubmit={create} noValidate>
      <h3 className="api-key-form-title">New key</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>Key name</label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          autoComplete="off"
          maxLength={100}
          placeholder="e.g. Sheets export"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={field === 'name' || undefined}
          aria-describedby={field === 'name' ? errorId : undefined}
        />
      </div>
      <fieldset className="settings-choice" aria-describedby={field === 'scopes' ? errorId : undefined}>
        <legend>Scopes</legend>
        {SCOPES.map(([scope, hint]) => (
          <label key={scope}>
            <input type="checkbox" name="scopes" value={scope} checked={scopes.includes(scope)} onChange={(event) => toggle(scope, event.target.checked)} />
            {`${SCOPE_LABELS[scope]}: ${hint}`}
          </label>
        ))}
      </fieldset>
      {message ? <Alert id={errorId}>{message}</Alert> : null}
      <button type="submit" className="button button-primary button-block" disabled={fetching}>
        {fetching ? 'Creating…' : 'Create key'}
      </button>
    </form>
  );
}

/** The secret, once: only its hash is stored, so leaving this panel loses it for good. */
function NewKeySecret({ newKey, onDone }: { newKey: NewKey; onDone(): void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(newKey.secret);
      setCopyStatus('Copied to the clipboard.');
    } catch {
      // No clipboard (plain http, or permission refused): select it for a manual copy.
      input.current?.select();
      setCopyStatus('Couldn’t copy: the secret is selected, copy it yourself.');
    }
  }

  return (
    <div className="api-key-secret" role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="api-key-form-title">{`Key “${newKey.name}” created`}</h3>
      <Alert tone="info">Copy the secret now: it will not be shown again. If you lose it, revoke the key and create a new one.</Alert>
      <div className="field">
        <label htmlFor={`${id}-secret`}>Secret</label>
        <input id={`${id}-secret`} ref={input} type="text" readOnly value={newKey.secret} onFocus={(event) => event.target.select()} />
      </div>
      <p role="status" className="settings-status">
        {copyStatus}
      </p>
      <div className="api-key-actions">
        <button type="button" className="button button-secondary" onClick={copy}>
          Copy secret
        </button>
        <button type="button" className="button button-primary" onClick={onDone}>
          I’ve saved it
        </button>
      </div>
    </div>
  );
}
