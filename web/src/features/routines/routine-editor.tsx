import { type FormEvent, Fragment, type ReactNode, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../../components/ui/alert';
import type { ExerciseSection, ProgressionStyle } from '../../gql/graphql';
import { type AppError, describeError, toAppError } from '../../lib/errors';
import { useWeightUnit } from '../../lib/units';
import { CreateRoutineMutation, UpdateRoutineMutation } from './api/save-routine';
import { ExercisePicker } from './exercise-picker';
import {
  buildDraft,
  type DraftExercise,
  type DraftRule,
  type DraftSet,
  emptySet,
  type FieldError,
  inputPathOf,
  newDay,
  newExercise,
  newRule,
  PROGRESSION_STYLES,
  type RoutineDraft,
  SECTIONS,
} from './routine-draft';

export interface EditedRoutine {
  id: string;
  revision: number;
  archived: boolean;
  /** 1-based dayIndex of the day the athlete does next, to mark it. */
  nextDayIndex: number | null;
}

interface RoutineEditorProps {
  athleteId: string;
  /** Shown when someone else's routine is edited (a coach's view). */
  athleteName: string | null;
  /** Absent for a new routine. */
  routine: EditedRoutine | null;
  initial: RoutineDraft;
  onCreated?(routineId: string): void;
  onSaved?(revision: number): void;
  /** Reload the stored routine (after a revision CONFLICT), replacing this draft. */
  onReload?(): void;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const move = <T,>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/**
 * Build or edit a whole routine: days, exercises from the catalog, planned sets with their targets,
 * a progression rule per exercise. Everything is saved in one createRoutine/updateRoutine; an edit
 * names the revision it started from, so a change made meanwhile (another tab, the coach) is never
 * overwritten silently.
 */
export function RoutineEditor({ athleteId, athleteName, routine, initial, onCreated, onSaved, onReload }: RoutineEditorProps) {
  const id = useId();
  const unit = useWeightUnit();
  const [draft, setDraft] = useState<RoutineDraft>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');
  const [makeActive, setMakeActive] = useState(false);
  const [revision, setRevision] = useState(routine?.revision ?? 1);
  // A stored routine opens on the day the athlete does next (else its first); the others fold to one line.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => {
    if (!routine || initial.days.length < 2) return new Set();
    const open = (routine.nextDayIndex ?? 1) - 1;
    return new Set(initial.days.filter((_, d) => d !== open).map((day) => day.key));
  });
  const toggleDay = (key: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const [createState, createRoutine] = useMutation(CreateRoutineMutation);
  const [updateState, updateRoutine] = useMutation(UpdateRoutineMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const saving = createState.fetching || updateState.fetching;
  const readOnly = routine?.archived ?? false;

  const change = (edit: (next: RoutineDraft) => void) => {
    setDraft((current) => {
      const next = structuredClone(current);
      edit(next);
      return next;
    });
    setStatus('');
  };

  const errorId = (path: string) => `${id}-error-${path.replace(/\./g, '-')}`;
  const messagesFor = (path: string) => errors.filter((error) => inputPathOf(error.field) === path);
  /** aria-invalid and the message's id on the input the path names. */
  const invalid = (path: string) =>
    messagesFor(path).length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': errorId(path) } : {};
  const fieldMessage = (path: string): ReactNode => {
    const messages = messagesFor(path);
    return messages.length > 0 ? (
      <p id={errorId(path)} className="field-error">
        {messages.map((error) => error.message).join(' ')}
      </p>
    ) : null;
  };

  /** Keyboard users land on what they just added: a new day's title, a new exercise's first reps. */
  const focusAdded = (key: string) =>
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus(), 0);

  /** Unfold the days an error is about, so its input can be seen and focused. */
  function revealDaysOf(fieldErrors: FieldError[]) {
    const keys = fieldErrors.map((error) => /^days\.(\d+)\./.exec(error.field)).map((match) => (match ? draft.days[Number(match[1])]?.key : undefined));
    setCollapsed((current) => new Set([...current].filter((key) => !keys.includes(key))));
  }

  function focusFirstInvalid() {
    // After React has marked the inputs.
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    setStatus('');
    const built = buildDraft(draft, unit);
    setErrors(built.errors);
    if (built.errors.length > 0) {
      revealDaysOf(built.errors);
      focusFirstInvalid();
      return;
    }
    const result = routine
      ? await updateRoutine({ input: { id: routine.id, revision, name: built.name, description: built.description, days: built.days } })
      : await createRoutine({
          input: { athleteId, name: built.name, description: built.description, days: built.days, ...(makeActive ? { makeActive: true } : {}) },
        });
    if (result.error) {
      const appError = toAppError(result.error);
      setServerError(appError);
      if (appError.field && appError.field !== 'revision') {
        setErrors([{ field: appError.field, message: appError.message }]);
        revealDaysOf([{ field: appError.field, message: appError.message }]);
        focusFirstInvalid();
      }
      return;
    }
    if (result.data && 'createRoutine' in result.data) {
      onCreated?.(result.data.createRoutine.routine.id);
      return;
    }
    if (result.data && 'updateRoutine' in result.data) {
      const saved = result.data.updateRoutine.routine;
      setRevision(saved.revision);
      setStatus(`Saved (revision ${saved.revision}).`);
      onSaved?.(saved.revision);
    }
  }

  const conflict = serverError?.code === 'CONFLICT' && serverError.field === 'revision';
  const summary = errors.length > 0 && !serverError ? `Check ${errors.length === 1 ? 'the marked field' : `the ${errors.length} marked fields`}: ${errors[0]!.message}` : null;

  return (
    <form ref={formRef} className="routine-editor" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <header className="page-header">
        {athleteName ? <p className="eyebrow">{`Routine for ${athleteName}`}</p> : null}
        <h1 id={`${id}-title`}>{routine ? 'Edit routine' : 'New routine'}</h1>
        {readOnly ? <Alert tone="info">This routine is archived and read-only. Duplicate it from Routines to train it again.</Alert> : null}
      </header>

      <fieldset className="card routine-basics" disabled={readOnly}>
        <legend className="visually-hidden">Name and description</legend>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} name="name" autoComplete="off" maxLength={120} value={draft.name} onChange={(event) => change((next) => void (next.name = event.target.value))} {...invalid('name')} />
          {fieldMessage('name')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>Description (optional)</label>
          <textarea
            id={`${id}-description`}
            name="description"
            rows={2}
            value={draft.description}
            onChange={(event) => change((next) => void (next.description = event.target.value))}
            {...invalid('description')}
          />
          {fieldMessage('description')}
        </div>
        {!routine ? (
          <label className="check-row">
            <input type="checkbox" checked={makeActive} onChange={(event) => setMakeActive(event.target.checked)} />
            {athleteName ? `Make it ${athleteName}’s active routine now` : 'Make it my active routine now'}
          </label>
        ) : null}
      </fieldset>

      <fieldset className="routine-days" disabled={readOnly}>
        <legend className="section-title">Days</legend>
        <p className="text-muted">Days run in this order, then start again. A cycle is one pass through them.</p>
        {fieldMessage('days')}
        <ol className="routine-day-list">
          {draft.days.map((day, d) => {
            const dayLabel = `Day ${d + 1}`;
            const dayPath = `days.${d}`;
            return (
              <li key={day.key} className="card routine-day">
                <section aria-label={`${dayLabel}${day.title ? `: ${day.title}` : ''}`}>
                  <div className="routine-day-head">
                    <h2 className="routine-day-number">
                      {dayLabel}
                      {routine?.nextDayIndex === d + 1 ? <span className="badge badge-success routine-next">Next up</span> : null}
                    </h2>
                    <div className="routine-tools">
                      {routine && !collapsed.has(day.key) && draft.days.length > 1 ? (
                        <button type="button" className="button button-ghost button-small" aria-expanded={true} onClick={() => toggleDay(day.key)}>
                          {`Fold ${dayLabel}`}
                        </button>
                      ) : null}
                      <button type="button" className="button button-ghost button-small" aria-label={`Move ${dayLabel} up`} disabled={d === 0} onClick={() => change((next) => void (next.days = move(next.days, d, d - 1)))}>
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button button-ghost button-small"
                        aria-label={`Move ${dayLabel} down`}
                        disabled={d === draft.days.length - 1}
                        onClick={() => change((next) => void (next.days = move(next.days, d, d + 1)))}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="button button-ghost button-small"
                        aria-label={`Remove ${dayLabel}`}
                        disabled={draft.days.length === 1}
                        onClick={() => change((next) => void next.days.splice(d, 1))}
                      >
                        Remove
                      </button>
                    </div>
                  </div>
                  <div className="routine-day-fields">
                    <div className="field">
                      <label htmlFor={`${id}-${day.key}-title`}>{`${dayLabel} title`}</label>
                      <input
                        id={`${id}-${day.key}-title`}
                        data-focus-key={day.key}
                        autoComplete="off"
                        maxLength={100}
                        placeholder="e.g. Upper A"
                        value={day.title}
                        onChange={(event) => change((next) => void (next.days[d]!.title = event.target.value))}
                        {...invalid(`${dayPath}.title`)}
                      />
                      {fieldMessage(`${dayPath}.title`)}
                    </div>
                    <label className="check-row">
                      <input type="checkbox" checked={day.isRest} onChange={(event) => change((next) => void (next.days[d]!.isRest = event.target.checked))} />
                      {`${dayLabel} is a rest day`}
                    </label>
                  </div>
                  {collapsed.has(day.key) ? (
                    <p className="routine-day-folded">
                      <span className="text-muted">
                        {day.isRest
                          ? 'Rest day'
                          : `${plural(day.exercises.length, 'exercise')} · ${plural(day.exercises.reduce((sum, slot) => sum + slot.sets.length, 0), 'set')}: ${day.exercises.map((slot) => slot.exercise.name).join(', ')}`}
                      </span>
                      <button type="button" className="button button-secondary button-small" aria-expanded={false} onClick={() => toggleDay(day.key)}>
                        {`Show ${dayLabel}`}
                      </button>
                    </p>
                  ) : day.isRest ? (
                    <p className="text-muted">{day.exercises.length > 0 ? 'Rest day: its exercises are not saved. Untick to keep them.' : 'Rest day: nothing to train.'}</p>
                  ) : (
                    <>
                      {fieldMessage(`${dayPath}.exercises`)}
                      <ol className="routine-exercises">
                        {day.exercises.map((slot, e) => (
                          <ExerciseEditor
                            key={slot.key}
                            slot={slot}
                            path={`${dayPath}.exercises.${e}`}
                            label={`${dayLabel} ${slot.exercise.name}`}
                            first={e === 0}
                            last={e === day.exercises.length - 1}
                            unit={unit}
                            idPrefix={`${id}-${slot.key}`}
                            invalid={invalid}
                            fieldMessage={fieldMessage}
                            onChange={(edit) => change((next) => edit(next.days[d]!.exercises[e]!))}
                            onMove={(to) => change((next) => void (next.days[d]!.exercises = move(next.days[d]!.exercises, e, e + to)))}
                            onRemove={() => change((next) => void next.days[d]!.exercises.splice(e, 1))}
                          />
                        ))}
                      </ol>
                      <ExercisePicker
                        dayLabel={dayLabel}
                        onPick={(exercise) => {
                          const slot = newExercise(exercise);
                          change((next) => void next.days[d]!.exercises.push(slot));
                          focusAdded(slot.key);
                        }}
                      />
                    </>
                  )}
                </section>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          disabled={draft.days.length >= 20}
          onClick={() => {
            const day = newDay(draft.days.length);
            change((next) => void next.days.push(day));
            focusAdded(day.key);
          }}
        >
          Add day
        </button>
      </fieldset>

      {!readOnly ? (
        <div className="sticky-actions routine-save">
          {conflict ? (
            <div role="alert" className="alert alert-error">
              <p>
                This routine was changed somewhere else (another tab, or {athleteName ? 'the athlete' : 'your coach'}) after you opened it, so your edit was not saved. Reload to
                see the latest version, then make your change again.
              </p>
              <button type="button" className="button button-secondary button-small" onClick={onReload}>
                Reload latest version
              </button>
            </div>
          ) : serverError ? (
            <Alert>{describeError(serverError, { NOT_FOUND: 'This routine or athlete is no longer yours to edit. Go back to Routines and reload.' })}</Alert>
          ) : summary ? (
            <Alert>{summary}</Alert>
          ) : null}
          <p role="status" className="settings-status">
            {status}
          </p>
          <button type="submit" className="button button-primary button-block" disabled={saving}>
            {saving ? 'Saving…' : routine ? 'Save changes' : 'Create routine'}
          </button>
        </div>
      ) : null}
    </form>
  );
}

interface ExerciseEditorProps {
  slot: DraftExercise;
  path: string;
  /** "Day 1 Barbell Bench Press": prefixes every control's accessible name. */
  label: string;
  first: boolean;
  last: boolean;
  unit: 'kg' | 'lb';
  idPrefix: string;
  invalid(path: string): Record<string, unknown>;
  fieldMessage(path: string): ReactNode;
  onChange(edit: (slot: DraftExercise) => void): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

function ExerciseEditor({ slot, path, label, first, last, unit, idPrefix, invalid, fieldMessage, onChange, onMove, onRemove }: ExerciseEditorProps) {
  const setField = (s: number, key: 'reps' | 'weight' | 'rpe' | 'rir', value: string) => onChange((next) => void (next.sets[s]![key] = value));
  return (
    <li className="routine-exercise">
      <div className="routine-day-head">
        <h3 className="exercise-name">{slot.exercise.name}</h3>
        <div className="routine-tools">
          <button type="button" className="button button-ghost button-small" aria-label={`Move ${label} up`} disabled={first} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" className="button button-ghost button-small" aria-label={`Move ${label} down`} disabled={last} onClick={() => onMove(1)}>
            ↓
          </button>
          <button type="button" className="button button-ghost button-small" aria-label={`Remove ${label}`} onClick={onRemove}>
            Remove
          </button>
        </div>
      </div>
      {fieldMessage(`${path}.exerciseId`)}
      <div className="routine-exercise-options">
        <div className="field">
          <label htmlFor={`${idPrefix}-section`}>Role</label>
          <select id={`${idPrefix}-section`} aria-label={`${label} role`} value={slot.section} onChange={(event) => onChange((next) => void (next.section = event.target.value as ExerciseSection))}>
            {SECTIONS.map((section) => (
              <option key={section.value} value={section.value}>
                {section.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-superset`}>Superset group</label>
          <input
            id={`${idPrefix}-superset`}
            aria-label={`${label} superset group`}
            inputMode="numeric"
            autoComplete="off"
            placeholder="none"
            value={slot.supersetGroup}
            onChange={(event) => onChange((next) => void (next.supersetGroup = event.target.value))}
            {...invalid(`${path}.supersetGroup`)}
          />
        </div>
      </div>
      {fieldMessage(`${path}.supersetGroup`)}

      <table className="routine-sets">
        <caption className="visually-hidden">{`${label} sets`}</caption>
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col">Reps</th>
            <th scope="col">{`Weight (${unit})`}</th>
            <th scope="col">RPE</th>
            <th scope="col">RIR</th>
            <th scope="col">Warm-up</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {slot.sets.map((set: DraftSet, s) => {
            const setPath = `${path}.sets.${s}`;
            const setLabel = `${label} set ${s + 1}`;
            const messages = ['targetReps', 'targetWeightKg', 'targetRpe', 'targetRir'].map((key) => fieldMessage(`${setPath}.${key}`)).filter(Boolean);
            return (
              <SetRow key={set.key} messages={messages}>
                <th scope="row">{s + 1}</th>
                <td>
                  <input data-focus-key={s === 0 ? slot.key : undefined} aria-label={`${setLabel} reps`} inputMode="text" autoComplete="off" placeholder="8 or 8-12" value={set.reps} onChange={(event) => setField(s, 'reps', event.target.value)} {...invalid(`${setPath}.targetReps`)} />
                </td>
                <td>
                  <input aria-label={`${setLabel} weight (${unit})`} inputMode="decimal" autoComplete="off" value={set.weight} onChange={(event) => setField(s, 'weight', event.target.value)} {...invalid(`${setPath}.targetWeightKg`)} />
                </td>
                <td>
                  <input aria-label={`${setLabel} RPE`} inputMode="decimal" autoComplete="off" value={set.rpe} onChange={(event) => setField(s, 'rpe', event.target.value)} {...invalid(`${setPath}.targetRpe`)} />
                </td>
                <td>
                  <input aria-label={`${setLabel} RIR`} inputMode="numeric" autoComplete="off" value={set.rir} onChange={(event) => setField(s, 'rir', event.target.value)} {...invalid(`${setPath}.targetRir`)} />
                </td>
                <td>
                  <input type="checkbox" aria-label={`${setLabel} is a warm-up`} checked={set.isWarmup} onChange={(event) => onChange((next) => void (next.sets[s]!.isWarmup = event.target.checked))} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    aria-label={`Remove ${setLabel}`}
                    disabled={slot.sets.length === 1}
                    onClick={() => onChange((next) => void next.sets.splice(s, 1))}
                  >
                    ×
                  </button>
                </td>
              </SetRow>
            );
          })}
        </tbody>
      </table>
      {fieldMessage(`${path}.sets`)}
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={`Add set to ${slot.exercise.name}`}
        disabled={slot.sets.length >= 20}
        onClick={() => onChange((next) => void next.sets.push(emptySet(next.sets.at(-1))))}
      >
        <span aria-hidden="true">+ </span>Add set
      </button>

      <RuleEditor rule={slot.rule} path={`${path}.progressionRule`} label={label} unit={unit} idPrefix={idPrefix} invalid={invalid} fieldMessage={fieldMessage} onChange={(rule) => onChange((next) => void (next.rule = rule))} />
    </li>
  );
}

/** A set's row, and under it the messages about its inputs (a table cell cannot hold them readably on a phone). */
function SetRow({ children, messages }: { children: ReactNode; messages: ReactNode[] }) {
  return (
    <>
      <tr>{children}</tr>
      {messages.length > 0 ? (
        <tr className="routine-set-errors">
          <td colSpan={7}>
            {messages.map((message, i) => (
              <Fragment key={i}>{message}</Fragment>
            ))}
          </td>
        </tr>
      ) : null}
    </>
  );
}

interface RuleEditorProps {
  rule: DraftRule | null;
  path: string;
  label: string;
  unit: 'kg' | 'lb';
  idPrefix: string;
  invalid(path: string): Record<string, unknown>;
  fieldMessage(path: string): ReactNode;
  onChange(rule: DraftRule | null): void;
}

function RuleEditor({ rule, path, label, unit, idPrefix, invalid, fieldMessage, onChange }: RuleEditorProps) {
  const style = rule?.style ?? 'NONE';
  const hint = PROGRESSION_STYLES.find((option) => option.value === style)?.hint;
  const edit = (key: Exclude<keyof DraftRule, 'style' | 'loaded'>, value: string) => rule && onChange({ ...rule, [key]: value });
  const numberField = (key: Exclude<keyof DraftRule, 'style' | 'loaded'>, field: string, text: string, inputMode: 'numeric' | 'decimal' = 'numeric') => (
    <div className="field">
      <label htmlFor={`${idPrefix}-${key}`}>{text}</label>
      <input
        id={`${idPrefix}-${key}`}
        aria-label={`${label} ${text.toLowerCase()}`}
        inputMode={inputMode}
        autoComplete="off"
        value={rule?.[key] ?? ''}
        onChange={(event) => edit(key, event.target.value)}
        {...invalid(`${path}.${field}`)}
      />
      {fieldMessage(`${path}.${field}`)}
    </div>
  );
  return (
    <div className="routine-rule">
      <div className="field">
        <label htmlFor={`${idPrefix}-style`}>Progression</label>
        <select
          id={`${idPrefix}-style`}
          aria-label={`${label} progression`}
          value={style}
          onChange={(event) => {
            const value = event.target.value;
            if (value === 'NONE') onChange(null);
            else onChange({ ...(rule ?? newRule(unit)), style: value as ProgressionStyle });
          }}
        >
          <option value="NONE">None: keep the targets as written</option>
          {PROGRESSION_STYLES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {hint ? <p className="text-muted routine-hint">{hint}</p> : null}
      </div>
      {rule ? (
        <div className="routine-rule-fields">
          {numberField('increment', 'incrementKg', `Increment (${unit})`, 'decimal')}
          {rule.style === 'DOUBLE_PROGRESSION' ? (
            <>
              {numberField('repRangeMin', 'repRangeMin', 'Rep range from')}
              {numberField('repRangeMax', 'repRangeMax', 'Rep range to')}
            </>
          ) : null}
          {rule.style === 'WAVE_LOADING' || rule.style === 'PERCENT_1RM_WAVE' ? numberField('waveLength', 'waveLength', 'Wave length (steps)') : null}
          {numberField('deloadEvery', 'deloadEveryNCycles', 'Deload every N cycles')}
          {numberField('deloadPct', 'deloadPct', 'Deload load (%)', 'decimal')}
        </div>
      ) : null}
    </div>
  );
}
