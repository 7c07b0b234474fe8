import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { describeError } from '../../lib/errors';
import { RoutineExerciseSearchQuery } from './api/exercise-search';

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

interface ExercisePickerProps {
  /** "Day 1": names the search box and the add buttons for screen readers. */
  dayLabel: string;
  onPick(exercise: { id: string; name: string }): void;
}

/** Search the catalog (name or alias) and add an exercise to a day. Closed until asked for, so a long routine stays readable. */
export function ExercisePicker({ dayLabel, onPick }: ExercisePickerProps) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {`Add exercise to ${dayLabel}`}
      </button>
    );
  }
  return <ExerciseSearch dayLabel={dayLabel} onPick={onPick} onClose={() => setOpen(false)} />;
}

function ExerciseSearch({ dayLabel, onPick, onClose }: ExercisePickerProps & { onClose(): void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(typed.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const [result, reexecute] = useQuery({ query: RoutineExerciseSearchQuery, variables: { search: search || null } });
  const exercises = result.data?.exercises.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="exercise-picker" role="group" aria-label={`Find an exercise for ${dayLabel}`}>
      <div className="field">
        <label htmlFor={`${id}-search`}>{`Search exercises for ${dayLabel}`}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          placeholder="e.g. bench, squat, rdl"
          value={typed}
          autoFocus
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose();
            // Enter would submit the whole routine form.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <div aria-live="polite" className="exercise-picker-status">
        {result.fetching && !result.data ? 'Searching…' : null}
        {result.data && exercises.length === 0 ? `No exercise matches “${search}”. Try another word or an alias.` : null}
      </div>
      {result.error ? (
        <p role="alert" className="field-error">
          {describeError(result.error)}{' '}
          <button type="button" className="button button-ghost button-small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            Try again
          </button>
        </p>
      ) : null}
      {exercises.length > 0 ? (
        <ul className="exercise-results" aria-label={`Catalog results for ${dayLabel}`}>
          {exercises.map((exercise) => (
            <li key={exercise.id}>
              <button
                type="button"
                className="exercise-result"
                aria-label={`Add ${exercise.name} to ${dayLabel}`}
                onClick={() => {
                  onPick({ id: exercise.id, name: exercise.name });
                  onClose();
                }}
              >
                <span className="exercise-result-name">{exercise.name}</span>
                <span className="text-muted">{`${label(exercise.primaryMuscle)} · ${label(exercise.equipment)}`}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button-ghost button-small" onClick={onClose}>
        Close search
      </button>
    </div>
  );
}
