import { useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../../components/ui/alert';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import { localDate } from '../../lib/format';
import { useWeightUnit } from '../../lib/units';
import { StartSessionMutation } from './api/start-session';
import { describePlannedSet, PlannedSetFields } from './planned-set';
import { ReadinessCheckIn } from './readiness-check-in';

export const NextDayPlanFragment = graphql(`
  fragment NextDayPlan on RoutineDay {
    id
    title
    dayIndex
    isRest
    notes
    exercises {
      id
      position
      notes
      exercise {
        id
        name
      }
      sets {
        id
        ...PlannedSetFields
      }
    }
  }
`);

interface NextDayPlanProps {
  day: FragmentType<typeof NextDayPlanFragment>;
  routineName: string;
  /** Whose check-in the form records. */
  athleteId: string;
}

/** Today's plan before the session starts: what to lift, an optional readiness check-in, and the button that starts it. */
export function NextDayPlan({ day: dayRef, routineName, athleteId }: NextDayPlanProps) {
  const day = getFragmentData(NextDayPlanFragment, dayRef);
  const unit = useWeightUnit();
  const [{ fetching }, startSession] = useMutation(StartSessionMutation);
  const [error, setError] = useState<string | null>(null);
  const title = day.title ?? `Day ${day.dayIndex}`;
  const setCount = day.exercises.reduce((sum, slot) => sum + slot.sets.length, 0);

  async function start() {
    setError(null);
    // The athlete's calendar day, not UTC's: a 7 a.m. session in Sydney belongs to today.
    const result = await startSession({ input: { routineDayId: day.id, workoutDate: localDate() } });
    if (result.error) {
      setError(describeError(result.error, { NOT_FOUND: 'This day is no longer in your routine. Reload the page to see today’s plan.' }));
    }
    // On success graphcache links Athlete.currentSession to the new session: Today turns into the logger.
  }

  return (
    <article className="plan" aria-labelledby="plan-title">
      <header className="page-header">
        <p className="eyebrow">{`${routineName} · Day ${day.dayIndex}`}</p>
        <h1 id="plan-title">{title}</h1>
        <p className="text-muted">
          {day.isRest ? 'Rest day' : `${day.exercises.length} exercises · ${setCount} sets`}
        </p>
      </header>
      {day.notes ? <p className="notes">{day.notes}</p> : null}

      {day.isRest ? (
        <Alert tone="info">Today is a planned rest day: nothing to log. Recover well.</Alert>
      ) : (
        <>
          <ol className="plan-exercises">
            {day.exercises.map((slot) => (
              <li key={slot.id} className="card">
                <h2 className="exercise-name">{slot.exercise.name}</h2>
                {slot.notes ? <p className="notes">{slot.notes}</p> : null}
                <ul className="plan-sets">
                  {slot.sets.map((setRef) => {
                    const set = getFragmentData(PlannedSetFields, setRef);
                    return <li key={set.id}>{describePlannedSet(set, unit)}</li>;
                  })}
                </ul>
              </li>
            ))}
          </ol>
          <ReadinessCheckIn athleteId={athleteId} />
          <div className="sticky-actions">
            {error ? <Alert>{error}</Alert> : null}
            <button type="button" className="button button-primary button-block" onClick={start} disabled={fetching}>
              {fetching ? 'Starting…' : 'Start session'}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
