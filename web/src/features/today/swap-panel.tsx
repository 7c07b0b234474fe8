import { useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { getFragmentData } from '../../gql';
import { describeError } from '../../lib/errors';
import { LoggerSubstitutesQuery } from './api/substitutes';
import { type LoggerExercise, LoggerExerciseFragment } from './logger-exercise';

interface SwapPanelProps {
  athleteId: string;
  exerciseId: string;
  exerciseName: string;
  onChoose(exercise: LoggerExercise): void;
  onClose(): void;
}

/**
 * The engine's substitutes for a planned exercise, best first, each with why it was chosen. The
 * athlete's equipment and movement rules already filtered them; picking one swaps it in for today.
 */
export function SwapPanel({ athleteId, exerciseId, exerciseName, onChoose, onClose }: SwapPanelProps) {
  const [{ data, error, fetching }, retry] = useQuery({ query: LoggerSubstitutesQuery, variables: { exerciseId, athleteId } });
  const found = data?.node && 'substitutes' in data.node ? data.node.substitutes : null;
  return (
    <section className="logger-panel" aria-label={`Swap ${exerciseName}`}>
      <div className="logger-panel-head">
        <h3>{`Swap ${exerciseName} for today`}</h3>
        <button type="button" className="button button-ghost button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error ? (
        <Alert>
          {`Substitutes didn’t load: ${describeError(error)} `}
          <button type="button" className="button button-secondary button-small" onClick={() => retry({ requestPolicy: 'network-only' })}>
            Try again
          </button>
        </Alert>
      ) : fetching || !found ? (
        <p className="text-muted">Finding substitutes…</p>
      ) : found.substitutes.length === 0 ? (
        <p>No substitute fits your equipment and movement rules. Log the planned exercise, or add another one below.</p>
      ) : (
        <>
          <p className="text-muted">
            {found.assumedFullGym ? 'Ranked for a full gym (you have no equipment recorded). ' : 'Ranked for your equipment and movement rules. '}
            Your sets count against today’s plan.
          </p>
          <ul className="choice-list">
            {found.substitutes.map((substitute) => {
              const exercise = getFragmentData(LoggerExerciseFragment, substitute.exercise);
              return (
                <li key={exercise.id}>
                  <button type="button" className="choice" onClick={() => onChoose(exercise)}>
                    <span className="choice-title">{exercise.name}</span>
                    <span className="choice-detail">{substitute.reasons.join(' · ')}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
