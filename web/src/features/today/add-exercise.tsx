import { useDeferredValue, useId, useState } from 'react';
import { useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { getFragmentData } from '../../gql';
import { describeError } from '../../lib/errors';
import { ExerciseSearchQuery } from './api/exercise-search';
import { type LoggerExercise, LoggerExerciseFragment } from './logger-exercise';

const label = (text: string) => text.toLowerCase().replaceAll('_', ' ');

interface AddExercisePanelProps {
  onChoose(exercise: LoggerExercise): void;
  onClose(): void;
}

/** Search the catalog (names and aliases) and add an exercise the plan does not have; its sets log without a planned set. */
export function AddExercisePanel({ onChoose, onClose }: AddExercisePanelProps) {
  const [text, setText] = useState('');
  const search = useDeferredValue(text.trim());
  const inputId = useId();
  const [{ data, error, fetching }, retry] = useQuery({ query: ExerciseSearchQuery, variables: { search }, pause: search.length < 2 });
  const results = search.length < 2 ? [] : (data?.exercises.edges ?? []);

  return (
    <section className="logger-panel" aria-label="Add an exercise">
      <div className="logger-panel-head">
        <h2>Add an exercise</h2>
        <button type="button" className="button button-ghost button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>Search the catalog</label>
        <input id={inputId} type="search" autoComplete="off" enterKeyHint="search" placeholder="e.g. curl, rdl, dip" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div aria-live="polite">
        {search.length < 2 ? (
          <p className="text-muted">Type two letters or more of a name or alias.</p>
        ) : error ? (
          <Alert>
            {`The search failed: ${describeError(error)} `}
            <button type="button" className="button button-secondary button-small" onClick={() => retry({ requestPolicy: 'network-only' })}>
              Try again
            </button>
          </Alert>
        ) : fetching && results.length === 0 ? (
          <p className="text-muted">Searching…</p>
        ) : results.length === 0 ? (
          <p>{`No exercise matches “${search}”. Try another name.`}</p>
        ) : (
          <ul className="choice-list">
            {results.map(({ node }) => {
              const exercise = getFragmentData(LoggerExerciseFragment, node);
              return (
                <li key={exercise.id}>
                  <button type="button" className="choice" onClick={() => onChoose(exercise)}>
                    <span className="choice-title">{exercise.name}</span>
                    <span className="choice-detail">{`${label(node.primaryMuscle)} · ${label(node.equipment)}`}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
