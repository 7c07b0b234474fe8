import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { type DetectedRecord, countedVolumeKg, detectRecords, summariseBests } from '../../engine/records.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { SessionProgressEvent } from '../../graphql/pubsub.js';
import { publishSetLogged } from '../activity/roster-activity.events.js';
import { recordAudit } from '../audit/audit.service.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { canReadExercise } from '../catalog/exercise.policy.js';
import { requireOwnSubject } from '../identity/access.policy.js';
import { Subject } from '../identity/subject.entity.js';
import { RoutineExerciseSet } from '../planning/routine-exercise-set.entity.js';
import { requireWritable } from './execution.policy.js';
import { ExerciseSetLog } from './exercise-set-log.entity.js';
import { personalBestColumns, type PersonalBestRow } from './personal-best.type.js';
import { loggedSetsOf, recomputeExerciseRecords, recordLoggedSet } from './personal-record.service.js';
import type { CorrectSetLogInput, DeleteSetLogInput, LogSetInput } from './session.inputs.js';
import { SessionService } from './session.service.js';
import { SessionStatus, WorkoutSession } from './workout-session.entity.js';

/** numeric(6,2) and numeric(9,2): kilograms and metres are kept to the hundredth. */
const toHundredths = (value: number) => Math.round(value * 100) / 100;

/** Input field → entity property of a set's measures, with how the value is stored. */
const MEASURES = {
  weightKg: ['actualWeightKg', toHundredths],
  reps: ['actualReps', null],
  rpe: ['actualRpe', null],
  rir: ['actualRir', null],
  tempo: ['actualTempo', (tempo: string) => tempo.toUpperCase()],
  restSeconds: ['actualRestSeconds', null],
  durationSeconds: ['durationSeconds', null],
  distanceMeters: ['distanceMeters', toHundredths],
  avgHeartRate: ['avgHeartRate', null],
  maxHeartRate: ['maxHeartRate', null],
  notes: ['notes', null],
} as const;
type MeasureField = keyof typeof MEASURES;
type MeasureProperty = (typeof MEASURES)[MeasureField][0];
type Measures = { [P in MeasureProperty]: NonNullable<ExerciseSetLog[P]> | null };
const MEASURE_FIELDS = Object.keys(MEASURES) as MeasureField[];
const FLAGS = ['isWarmup', 'toFailure', 'isDropSet'] as const;

/** The stored form of one input field (null stays null). */
function stored<F extends MeasureField>(field: F, value: unknown): unknown {
  const convert = MEASURES[field][1] as ((value: never) => unknown) | null;
  return value === null || value === undefined ? null : convert ? convert(value as never) : value;
}

function measuresOf(log: Pick<ExerciseSetLog, MeasureProperty>): Measures {
  return Object.fromEntries(MEASURE_FIELDS.map((field) => [MEASURES[field][0], log[MEASURES[field][0]] ?? null])) as Measures;
}

/** A set's values under their API names, for the audit trail. */
function snapshotOf(log: ExerciseSetLog): Record<MeasureField | (typeof FLAGS)[number], unknown> {
  return {
    ...(Object.fromEntries(MEASURE_FIELDS.map((field) => [field, log[MEASURES[field][0]] ?? null])) as Record<MeasureField, unknown>),
    isWarmup: log.isWarmup,
    toFailure: log.toFailure,
    isDropSet: log.isDropSet,
  };
}

/** A set must measure something (reps, a duration or a distance), and its average heart rate cannot exceed its maximum. */
function checkMeasures(measures: Measures): void {
  if (measures.actualReps === null && measures.durationSeconds === null && measures.distanceMeters === null) {
    throw new BadUserInputError('A set needs at least one measure: reps, durationSeconds or distanceMeters.', 'reps');
  }
  if (measures.avgHeartRate !== null && measures.maxHeartRate !== null && measures.avgHeartRate > measures.maxHeartRate) {
    throw new BadUserInputError('avgHeartRate cannot be higher than maxHeartRate.', 'avgHeartRate');
  }
}

/** A warm-up comes before the work, a drop set right after it: one set cannot be both. */
function checkSetType(set: { isWarmup: boolean; isDropSet: boolean }): void {
  if (set.isWarmup && set.isDropSet) throw new BadUserInputError('A set is either a warm-up or a drop set, not both: unmark one.', 'isDropSet');
}

const NO_SET = 'id: no set log of yours has this id.';

export interface LogSetResult {
  log: ExerciseSetLog;
  progress: SessionProgressEvent;
  records: (DetectedRecord & { exerciseId: number })[];
}

export interface SetLogChange {
  progress: SessionProgressEvent | null;
  /** The exercise's personal bests after the recomputation. */
  bests: PersonalBestRow[];
}

/** A not-found whose id the viewer deleted themselves: `extensions.alreadyDeleted` tells a retrying client its delete went through. */
class AlreadyDeletedError extends NotFoundError {
  constructor(message: string) {
    super(message);
    Object.assign(this.extensions, { alreadyDeleted: true });
  }
}

/** Logging, correcting and deleting performed sets, keeping personal records exact. Events go out after commit. */
export class SetLogService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  async logSet(input: LogSetInput, now = new Date()): Promise<LogSetResult> {
    const subjectId = requireOwnSubject(this.ctx);
    const sessionId = fromGlobalId(input.sessionId, 'WorkoutSession', 'sessionId');
    const exerciseId = fromGlobalId(input.exerciseId, 'Exercise', 'exerciseId');
    const plannedSetId = input.plannedSetId ? fromGlobalId(input.plannedSetId, 'RoutineExerciseSet', 'plannedSetId') : null;
    const measures = Object.fromEntries(MEASURE_FIELDS.map((field) => [MEASURES[field][0], stored(field, input[field])])) as Measures;
    checkMeasures(measures);
    checkSetType(input);

    const result = await this.em.transactional(async (em) => {
      // Row lock: logs of one session are serialised, so set order and progress are exact.
      const session = await em.findOne(WorkoutSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!session || session.subject.id !== subjectId) throw new NotFoundError('sessionId: no session of yours has this id.');

      const existing = await em.findOne(ExerciseSetLog, { subject: subjectId, clientId: input.clientId }, { populate: ['exercise'] });
      if (existing) {
        const same =
          existing.session?.id === sessionId &&
          existing.exercise.id === exerciseId &&
          (existing.plannedSet?.id ?? null) === plannedSetId &&
          FLAGS.every((flag) => existing[flag] === input[flag]) &&
          JSON.stringify(measuresOf(existing)) === JSON.stringify(measures);
        if (!same) throw new ConflictError('clientId was already used for a different set: generate a new clientId for a new set.');
        return { log: existing, records: null };
      }
      if (session.status !== SessionStatus.IN_PROGRESS) {
        throw new ConflictError(`This session is ${session.status}: only a session IN_PROGRESS takes new sets (start it first).`);
      }
      const exercise = await em.findOne(Exercise, exerciseId);
      // A coach's private exercise exists only for that coach's roster: to anyone else it is not found.
      if (!exercise || !(await canReadExercise(this.ctx, exercise))) throw new NotFoundError('exerciseId: no exercise has this id.');
      if (!exercise.isActive && plannedSetId === null) {
        throw new BadUserInputError(`${exercise.name} is archived: pick an active exercise (sets planned with it can still be logged).`, 'exerciseId');
      }
      if (plannedSetId !== null) await this.checkPlannedSet(em, session, plannedSetId);

      const earlier = await rawQuery<{ set_index: number; weight: string | null; reps: number | null; is_warmup: boolean }>(
        em,
        'select set_index, actual_weight_kg as weight, actual_reps as reps, is_warmup from exercise_set_logs where session_id = ? and exercise_id = ?',
        [sessionId, exerciseId],
      );
      const log = em.create(ExerciseSetLog, {
        subject: em.getReference(Subject, subjectId),
        exercise,
        session,
        plannedSet: plannedSetId === null ? null : em.getReference(RoutineExerciseSet, plannedSetId),
        clientId: input.clientId,
        performedAt: now,
        setIndex: Math.max(0, ...earlier.map((row) => row.set_index)) + 1,
        isWarmup: input.isWarmup,
        toFailure: input.toFailure,
        isDropSet: input.isDropSet,
        ...measures,
      });
      await em.persist(log).flush();
      const records = await recordLoggedSet(
        em,
        subjectId,
        exerciseId,
        { id: log.id, sessionId, weightKg: log.actualWeightKg ?? 0, reps: log.actualReps ?? 0, isWarmup: log.isWarmup, performedAt: now.getTime() * 1000 },
        countedVolumeKg(earlier.map((row) => ({ weightKg: Number(row.weight ?? 0), reps: row.reps ?? 0, isWarmup: row.is_warmup }))),
      );
      return { log, records };
    });

    const { log } = result;
    // A retry reports the records the set set when it was logged: judged against every earlier set.
    const records = (result.records ?? (await this.recordsSetBy(log))).map((record) => ({ ...record, exerciseId: log.exercise.id }));
    const progress = await new SessionService(this.ctx).progressOf(log.session!.id);
    if (result.records) {
      await this.ctx.pubSub.publish('SESSION_PROGRESS', progress.sessionId, progress);
      const exercise = { exerciseId: log.exercise.id, exerciseName: log.exercise.name };
      await publishSetLogged(
        this.ctx,
        subjectId,
        progress.sessionId,
        { id: log.id, ...exercise, setIndex: log.setIndex, weightKg: log.actualWeightKg ?? null, reps: log.actualReps ?? null, rpe: log.actualRpe ?? null, isWarmup: log.isWarmup },
        records.map((record) => ({ kind: record.kind, valueKg: record.valueKg, previousKg: record.previousKg, ...exercise })),
        progress,
      );
    }
    return { log, progress, records };
  }

  /**
   * Corrects a logged set in any session status (seed 000: corrections are the one change a
   * finished session takes). Only the fields sent change; the exercise's records are recomputed
   * from all its sets and the session's watchers get its new progress.
   */
  async correctSetLog(input: CorrectSetLogInput): Promise<{ log: ExerciseSetLog } & SetLogChange> {
    const id = fromGlobalId(input.id, 'ExerciseSetLog', 'id');
    const subjectId = requireOwnSubject(this.ctx);
    const { log, changed } = await this.em.transactional(async (em) => {
      const log = await this.lockOwnedLog(em, id);
      const before = snapshotOf(log);
      for (const field of MEASURE_FIELDS) if (input[field] !== undefined) Object.assign(log, { [MEASURES[field][0]]: stored(field, input[field]) });
      for (const flag of FLAGS) if (input[flag] !== undefined && input[flag] !== null) log[flag] = input[flag];
      const after = snapshotOf(log);
      checkMeasures(measuresOf(log));
      checkSetType(log);
      const changes = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
      if (changes.length === 0) return { log, changed: false };
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'correct_set',
        entityType: 'ExerciseSetLog',
        entityId: id,
        metadata: { before: pick(before, changes), after: pick(after, changes) },
      });
      await recomputeExerciseRecords(em, subjectId, log.exercise.id);
      return { log, changed: true };
    });
    return { log, ...(await this.afterChange(log.session?.id ?? null, subjectId, log.exercise.id, changed)) };
  }

  /**
   * Deletes a set for good, recomputes the exercise's records and publishes the session's progress.
   * Deleting an id that no longer exists is NOT_FOUND; when the viewer deleted it themselves (a
   * retried delete), the error carries `extensions.alreadyDeleted: true`, and nothing changes.
   */
  async deleteSetLog(input: DeleteSetLogInput): Promise<{ deletedId: number } & SetLogChange> {
    const id = fromGlobalId(input.id, 'ExerciseSetLog', 'id');
    const subjectId = requireOwnSubject(this.ctx);
    const log = await this.em.transactional(async (em) => {
      const log = await this.lockOwnedLog(em, id);
      const snapshot = {
        ...snapshotOf(log),
        exerciseId: log.exercise.id,
        sessionId: log.session?.id ?? null,
        setIndex: log.setIndex,
        clientId: log.clientId,
        performedAt: log.performedAt,
      };
      // Records the set held go with it (ON DELETE CASCADE); the recomputation finds the next best.
      await em.remove(log).flush();
      recordAudit(em, this.ctx, { action: 'delete_set', entityType: 'ExerciseSetLog', entityId: id, metadata: snapshot });
      await recomputeExerciseRecords(em, subjectId, log.exercise.id);
      return log;
    });
    return { deletedId: id, ...(await this.afterChange(log.session?.id ?? null, subjectId, log.exercise.id, true)) };
  }

  /**
   * The viewer's set log, locked against concurrent writes: its session row first (the order
   * logSet takes locks in), then the log itself.
   */
  private async lockOwnedLog(em: EntityManager, id: number): Promise<ExerciseSetLog> {
    const [row] = await rawQuery<{ subject_id: number; session_id: number | null }>(em, 'select subject_id, session_id from exercise_set_logs where id = ?', [id]);
    if (!row) await this.notFound(em, id);
    await requireWritable(this.ctx, row!.subject_id, NO_SET);
    if (row!.session_id !== null) await em.findOne(WorkoutSession, row!.session_id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const log = await em.findOne(ExerciseSetLog, id, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['exercise'] });
    if (!log) await this.notFound(em, id);
    return log!;
  }

  /** NOT_FOUND, marked alreadyDeleted when the audit trail says the viewer deleted this set. */
  private async notFound(em: EntityManager, id: number): Promise<never> {
    const [deleted] = await rawQuery<{ created_at: Date }>(
      em,
      `select created_at from audit_logs where action = 'delete_set' and entity_type = 'ExerciseSetLog' and entity_id = ? and user_id = ? limit 1`,
      [id, this.ctx.viewer!.userId],
    );
    if (deleted) throw new AlreadyDeletedError(`id: you already deleted this set (at ${new Date(deleted.created_at).toISOString()}); nothing left to do.`);
    throw new NotFoundError(NO_SET);
  }

  /** After a correction or deletion commits: the session's progress (published when something changed) and the exercise's bests. */
  private async afterChange(sessionId: number | null, subjectId: number, exerciseId: number, changed: boolean): Promise<SetLogChange> {
    const progress = sessionId === null ? null : await new SessionService(this.ctx).progressOf(sessionId);
    if (progress && changed) await this.ctx.pubSub.publish('SESSION_PROGRESS', progress.sessionId, progress);
    const bests = await rawQuery<PersonalBestRow>(
      this.em,
      `select ${personalBestColumns('pr', 'e')} from personal_records pr join exercises e on e.id = pr.exercise_id
        where pr.subject_id = ? and pr.exercise_id = ? order by pr.record_type`,
      [subjectId, exerciseId],
    );
    return { progress, bests };
  }

  /** The records a logged set set, judged against every set of the exercise before it (for a retried logSet). */
  private async recordsSetBy(log: ExerciseSetLog): Promise<DetectedRecord[]> {
    const performedAt = log.performedAt.getTime() * 1000;
    const earlier = await loggedSetsOf(this.em, log.subject.id, log.exercise.id, { micros: String(performedAt), id: log.id });
    const sessionId = log.session?.id ?? null;
    return detectRecords(
      summariseBests(earlier),
      { weightKg: log.actualWeightKg ?? 0, reps: log.actualReps ?? 0, isWarmup: log.isWarmup, sessionId },
      countedVolumeKg(earlier.filter((set) => sessionId !== null && set.sessionId === sessionId)),
    );
  }

  private async checkPlannedSet(em: EntityManager, session: WorkoutSession, plannedSetId: number): Promise<void> {
    const planned = await em.findOne(RoutineExerciseSet, plannedSetId, { populate: ['routineDayExercise'] });
    if (!planned || planned.routineDayExercise.routineDay.id !== session.routineDay?.id) {
      throw new BadUserInputError("plannedSetId is not a planned set of this session's routine day.", 'plannedSetId');
    }
    const logged = await em.findOne(ExerciseSetLog, { session: session.id, plannedSet: plannedSetId });
    if (logged) {
      throw new ConflictError('That planned set is already logged in this session: correct the logged set instead of logging it again.');
    }
  }
}

function pick<T extends object>(values: T, keys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((key) => [key, values[key]])) as Partial<T>;
}
