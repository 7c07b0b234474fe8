import { useEffect } from 'react';
import { useClient } from 'urql';
import { type OutboxSnapshot } from './set-outbox';
import { senderFor, useOutboxSnapshot, useSetOutbox } from './use-set-outbox';
import './offline.css';

const sets = (count: number) => `${count} ${count === 1 ? 'set' : 'sets'}`;

type SyncState = 'synced' | 'waiting' | 'offline' | 'failed';

/** What the header says about the sets on this device. */
export function describeSync({ entries, online }: OutboxSnapshot): { state: SyncState; text: string } {
  const waiting = entries.filter((entry) => entry.status === 'pending').length;
  const failed = entries.length - waiting;
  const parts: string[] = [];
  if (!online) parts.push('Offline');
  if (waiting > 0) parts.push(`${sets(waiting)} waiting to sync`);
  if (failed > 0) parts.push(`${sets(failed)} not saved: see the logger`);
  if (parts.length === 0) return { state: 'synced', text: 'All sets synced' };
  return { state: failed > 0 ? 'failed' : online ? 'waiting' : 'offline', text: parts.join(' · ') };
}

interface SyncIndicatorProps {
  /** Show "All sets synced" too (athletes); otherwise only when offline or something waits. */
  always: boolean;
  /** The logged-in account (User id), null until the viewer loads: only its own waiting sets are sent. */
  owner: string | null;
}

/**
 * The header's sync status, a polite live region. It also hands the outbox this login's client, so
 * sets left waiting by an earlier visit go out as soon as someone is logged in.
 */
export function SyncIndicator({ always, owner }: SyncIndicatorProps) {
  const outbox = useSetOutbox();
  const client = useClient();
  const snapshot = useOutboxSnapshot();
  useEffect(() => {
    // Whose sets these are first, then the client to send them: another account's never go out with this login.
    if (owner === null) return;
    outbox.setOwner(owner);
    outbox.setSender(senderFor(client));
    return () => outbox.setSender(null);
  }, [outbox, client, owner]);

  const { state, text } = describeSync(snapshot);
  const hidden = !snapshot.ready || (!always && state === 'synced');
  return (
    <p role="status" className={`sync-indicator sync-${state}`} hidden={hidden}>
      <span className="sync-dot" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
