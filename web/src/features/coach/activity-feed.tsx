import { describeSetCount } from '../progress/session-progress-status';
import { useEffect, useEffectEvent } from 'react';
import { Link } from 'react-router';
import { useSubscription } from 'urql';
import type { RosterActivitySubscription as RosterActivityData } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatTime } from '../../lib/format';
import { useLiveConnectionState } from '../../lib/live-connection';
import { formatWeight, type WeightUnit, useWeightUnit } from '../../lib/units';
import { recordLabel } from './coach-format';
import { RosterActivitySubscription } from './api/roster-activity';

export type ActivityEvent = RosterActivityData['rosterActivity'];

/** Events the feed keeps on screen, newest first. */
const KEEP = 30;

interface FeedState {
  events: ActivityEvent[];
  watching: number | null;
}

/**
 * The roster's live activity. Each SET_LOGGED carries its session's progress, which graphcache
 * writes to SessionProgress:<id>, so a roster card's "3 / 16 sets" moves with no refetch;
 * `onEvent` hears every event (the roster refetches when someone starts or finishes).
 */
export function useRosterActivity(onEvent?: (event: ActivityEvent) => void) {
  const [result] = useSubscription<RosterActivityData, FeedState>({ query: RosterActivitySubscription }, (state = { events: [], watching: null }, data) => {
    const event = data.rosterActivity;
    if (event.kind === 'WATCHING') return { ...state, watching: event.watchingAthleteIds.length };
    return { ...state, events: [event, ...state.events].slice(0, KEEP) };
  });
  const latest = result.data?.events[0];
  const announce = useEffectEvent((event: ActivityEvent) => onEvent?.(event));
  useEffect(() => {
    if (latest) announce(latest);
  }, [latest]);
  return { state: result.data ?? { events: [], watching: null }, error: result.error };
}

/** What happened, in words: "Barbell Bench Press set 3: 82.5 kg × 6 @ RPE 8". */
export function describeActivity(event: ActivityEvent, unit: WeightUnit): string {
  switch (event.kind) {
    case 'SESSION_STARTED':
      return `started ${event.dayTitle ?? 'a workout'}${event.progress ? ` (${event.progress.setsPlanned} sets planned)` : ''}`;
    case 'SET_LOGGED': {
      const set = event.set;
      if (!set) return 'logged a set';
      const load = set.weightKg != null && set.weightKg > 0 ? formatWeight(set.weightKg, unit) : 'bodyweight';
      const reps = set.reps != null ? ` × ${set.reps}` : '';
      const rpe = set.rpe != null ? ` @ RPE ${set.rpe}` : '';
      return `${set.exerciseName} set ${set.setIndex}${set.isWarmup ? ' (warm-up)' : ''}: ${load}${reps}${rpe}`;
    }
    case 'RECORD_SET':
      return `new record: ${event.records.map((record) => `${record.exerciseName} ${recordLabel(record.kind)} ${formatWeight(record.valueKg, unit)}`).join(', ')}`;
    case 'SESSION_COMPLETED': {
      const progress = event.progress;
      const sets = progress ? `: ${describeSetCount(progress)}` : '';
      return `finished ${event.dayTitle ?? 'a workout'}${sets}${progress?.status === 'PARTIAL' ? ' (partial)' : ''}`;
    }
    case 'READINESS_CHECK_IN': {
      const checkIn = event.checkIn;
      const parts: string[] = [];
      if (checkIn?.sleepHours != null) parts.push(`slept ${checkIn.sleepHours} h`);
      if (checkIn?.hrvMs != null) parts.push(`HRV ${checkIn.hrvMs} ms`);
      if (checkIn?.restingHr != null) parts.push(`resting HR ${checkIn.restingHr}`);
      if (checkIn?.sorenessMax != null) parts.push(`soreness ${checkIn.sorenessMax}/5 (${checkIn.soreBodyParts.map((part) => part.toLowerCase().replaceAll('_', ' ')).join(', ')})`);
      return `checked in${parts.length ? `: ${parts.join(' · ')}` : ''}`;
    }
    default:
      return event.kind.toLowerCase();
  }
}

interface ActivityFeedViewProps {
  events: ActivityEvent[];
  watching: number | null;
  status: 'live' | 'connecting' | 'reconnecting' | 'stopped';
  errorMessage?: string | null;
}

/** The feed's markup, apart from the subscription so it can be shown with any events. */
export function ActivityFeedView({ events, watching, status, errorMessage }: ActivityFeedViewProps) {
  const unit = useWeightUnit();
  return (
    <section className="card activity-feed" aria-labelledby="activity-feed-title">
      <div className="activity-feed-head">
        <h2 id="activity-feed-title" className="section-title">
          Live activity
        </h2>
        <p className="activity-feed-status" role="status">
          {status === 'live' ? (
            <span className="live-dot">{watching == null ? 'Live' : `Live · ${watching} ${watching === 1 ? 'athlete' : 'athletes'}`}</span>
          ) : status === 'reconnecting' ? (
            <span className="text-warning">Reconnecting…</span>
          ) : status === 'stopped' ? (
            <span className="text-warning">Live updates stopped</span>
          ) : (
            <span className="text-muted">Connecting…</span>
          )}
        </p>
      </div>
      {errorMessage ? <p className="text-warning">{`${errorMessage} Reload the page to reconnect.`}</p> : null}
      {events.length === 0 ? (
        <p className="text-muted">Nothing yet. Sessions, sets, records and check-ins appear here the moment your athletes log them.</p>
      ) : (
        <ol className="activity-list" aria-label="Recent activity" aria-live="polite">
          {events.map((event) => (
            <li key={`${event.kind}:${String(event.at)}:${event.athleteId}:${event.set?.id ?? ''}`} className={`activity-item activity-${event.kind.toLowerCase().replaceAll('_', '-')}`}>
              <time className="text-muted activity-time" dateTime={String(event.at)}>
                {formatTime(String(event.at))}
              </time>
              <span>
                {event.athleteId ? (
                  <Link to={`/athletes/${encodeURIComponent(event.athleteId)}`} className="activity-athlete">
                    {event.athleteName}
                  </Link>
                ) : null}{' '}
                {describeActivity(event, unit)}
              </span>
              {event.kind === 'SESSION_STARTED' && event.sessionId ? (
                <Link className="activity-watch" to={`/watch/${encodeURIComponent(event.sessionId)}`}>
                  Watch
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The live feed panel of the roster screen. */
export function ActivityFeed({ onEvent }: { onEvent?: (event: ActivityEvent) => void }) {
  const { state, error } = useRosterActivity(onEvent);
  const connection = useLiveConnectionState();
  const status = error ? 'stopped' : connection === 'reconnecting' || connection === 'offline' ? 'reconnecting' : connection === 'connected' && state.watching !== null ? 'live' : 'connecting';
  return <ActivityFeedView events={state.events} watching={state.watching} status={status} errorMessage={error ? describeError(error) : null} />;
}
