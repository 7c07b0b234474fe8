import { describeSetCount } from '../progress/session-progress-status';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { RosterAthleteFragment as RosterAthleteData } from '../../gql/graphql';
import { formatTime } from '../../lib/format';
import { formatWeight, useWeightUnit } from '../../lib/units';
import { bandLabel, formatDay, formatRatio, formatRecord } from './coach-format';
import { WeekBars } from './week-bars';

export const RosterAthleteFragment = graphql(`
  fragment RosterAthlete on Athlete {
    id
    displayName
    activeRoutine {
      id
      name
    }
    currentSession {
      id
      status
      startedAt
      routineDay {
        id
        title
      }
      progress {
        sessionId
        setsDone
        plannedSetsDone
        setsPlanned
        volumeKg
        status
      }
    }
    lastSession: sessions(first: 1, filter: { status: [COMPLETED, PARTIAL] }) {
      edges {
        node {
          id
          workoutDate
          status
          routineDay {
            id
            title
          }
          progress {
            sessionId
            setsDone
            plannedSetsDone
            setsPlanned
            volumeKg
            status
          }
        }
      }
    }
    analytics(weeks: 6) {
      asOf
      adherence {
        week
        weekStart
        sessionsPlanned
        sessionsDone
        sessionRatio
        setsPlanned
        setsDone
        setRatio
      }
      readiness {
        score
        band
        reason
      }
      records(first: 3) {
        id
        kind
        value
        achievedAt
        exercise {
          id
          name
        }
      }
      attention {
        needsAttention
        reasons {
          code
          message
        }
        recentSetRatio
        baselineSetRatio
        missedSessions
        lastTrainedOn
      }
    }
  }
`);

/** Attention first, then whoever is training now, then by name: what a coach should look at first is on top. */
export function rosterOrder(a: RosterAthleteData, b: RosterAthleteData): number {
  const rank = (athlete: RosterAthleteData) => (athlete.analytics.attention.needsAttention ? 0 : athlete.currentSession ? 1 : 2);
  return rank(a) - rank(b) || a.displayName.localeCompare(b.displayName);
}

export const readRosterAthlete = (ref: FragmentType<typeof RosterAthleteFragment>) => getFragmentData(RosterAthleteFragment, ref);

/** One athlete at a glance: attention and its reasons, weekly compliance and adherence, readiness, last session, new records, live session. */
export function RosterAthlete({ athlete: athleteRef }: { athlete: FragmentType<typeof RosterAthleteFragment> }) {
  const athlete = getFragmentData(RosterAthleteFragment, athleteRef);
  const unit = useWeightUnit();
  const session = athlete.currentSession;
  const { adherence, readiness, records, attention } = athlete.analytics;
  const last = athlete.lastSession.edges[0]?.node;
  const thisWeek = adherence.at(-1);
  const headingId = `athlete-${athlete.id}`;

  return (
    <li className={`card roster-card${attention.needsAttention ? ' roster-card-attention' : ''}`} aria-labelledby={headingId}>
      <div className="roster-card-head">
        <h2 className="roster-name" id={headingId}>
          <Link to={`/athletes/${encodeURIComponent(athlete.id)}`}>{athlete.displayName}</Link>
        </h2>
        {attention.needsAttention ? <span className="badge badge-attention">Needs attention</span> : <span className="badge badge-ok">On track</span>}
      </div>
      <p className="text-muted roster-routine">{athlete.activeRoutine ? athlete.activeRoutine.name : 'No active routine'}</p>

      {attention.needsAttention ? (
        <ul className="attention-reasons" aria-label={`Why ${athlete.displayName} needs attention`}>
          {attention.reasons.map((reason) => (
            <li key={reason.code}>{reason.message}</li>
          ))}
        </ul>
      ) : null}

      <dl className="roster-figures">
        <div>
          <dt>Set compliance</dt>
          <dd>
            <WeekBars label="Set compliance" weeks={adherence.map((week) => ({ week: week.week, ratio: week.setRatio }))} />
            <span className="roster-figure">{`Last 2 weeks ${formatRatio(attention.recentSetRatio)}`}</span>
          </dd>
        </div>
        <div>
          <dt>Sessions done</dt>
          <dd>
            <WeekBars label="Sessions done" weeks={adherence.map((week) => ({ week: week.week, ratio: week.sessionRatio }))} />
            <span className="roster-figure">{thisWeek ? `This week ${thisWeek.sessionsDone} / ${thisWeek.sessionsPlanned}` : '–'}</span>
          </dd>
        </div>
        <div>
          <dt>Readiness</dt>
          <dd>
            {readiness.score == null ? (
              <span className="text-muted">No check-in today</span>
            ) : (
              <span className={`readiness-chip readiness-${readiness.band.toLowerCase()}`}>{`${readiness.score} · ${bandLabel(readiness.band)}`}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Last session</dt>
          <dd>
            {last
              ? `${last.routineDay?.title ?? 'Workout'}, ${formatDay(last.workoutDate)} · ${describeSetCount(last.progress)}${last.status === 'PARTIAL' ? ' (partial)' : ''}`
              : 'None yet'}
          </dd>
        </div>
        <div className="roster-records">
          <dt>New records</dt>
          <dd>
            {records.length === 0 ? (
              'None in 6 weeks'
            ) : (
              <ul>
                {records.map((record) => (
                  <li key={record.id}>{formatRecord({ kind: record.kind, value: record.value, exerciseName: record.exercise.name }, unit)}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>

      {session ? (
        <div className="roster-live">
          <p>
            <span className="live-dot">Training now</span>
            {session.routineDay?.title ? ` · ${session.routineDay.title}` : ''}
            {` · ${describeSetCount(session.progress)}`}
            {session.progress.volumeKg > 0 ? ` · ${formatWeight(session.progress.volumeKg, unit)}` : ''}
            {session.startedAt ? ` · since ${formatTime(session.startedAt)}` : ''}
          </p>
          <Link className="button button-primary" to={`/watch/${encodeURIComponent(session.id)}`} aria-label={`Watch live: ${athlete.displayName}`}>
            Watch live
          </Link>
        </div>
      ) : null}
    </li>
  );
}
