import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { computeSessionProgress } from '../../engine/progress.js';
import { detectRecords, summariseBests, type DetectedRecord } from '../../engine/records.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { SessionProgressEvent } from '../../graphql/pubsub.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { requireOwnSubject } from '../identity/access.policy.js';
import { Subject } from '../identity/subject.entity.js';
import { Cycle } from '../planning/cycle.entity.js';
import { RoutineDay } from '../planning/routine-day.entity.js';
import { RoutineExerciseSet } from '../planning/routine-exercise-set.entity.js';
import { ExerciseSetLog } from './exercise-set-log.entity.js';
import type { CompleteSessionInput, LogSetInput, StartSessionInput } from './session.inputs.js';
import { SessionStatus, WorkoutSession } from './workout-session.entity.js';
import { rawQuery } from '../../db/raw-query.js';

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** numeric(6,2): kilograms are kept to 0.01 kg. */
const toHundredths = (kg: number) => Math.round(kg * 100) / 100;

export interface LogSetResult {
  log: ExerciseSetLog;
  progress: SessionProgressEvent;
  records: (DetectedRecord & { exerciseId: number })[];
}

/** Starting, logging and finishing workouts. Every write is one transaction; events go out after commit. */
export class SessionService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  async startSession(input: StartSessionInput, now = new Date()): Promise<WorkoutSession> {
    const subjectId = requireOwnSubject(this.ctx);
    const dayId = fromGlobalId(input.routineDayId, 'RoutineDay', 'routineDayId');
    const workoutDate = input.workoutDate ?? isoDay(now);
    if (Math.abs(Date.parse(`${workoutDate}T12:00:00Z`) - now.getTime()) > 1.5 * DAY_MS) {
      throw new BadUserInputError('workoutDate must be your local date today (within a day of the server clock).', 'workoutDate');
    }

    const start = () =>
      this.em.transactional(async (em) => {
        const day = await em.findOne(RoutineDay, dayId, { populate: ['routine'] });
        if (!day || day.routine.subject.id !== subjectId) throw new NotFoundError('routineDayId: no routine day of yours has this id.');
        if (day.isRest) throw new BadUserInputError(`Day ${day.dayIndex} is a rest day: there is nothing to log.`, 'routineDayId');

        const inProgress = await em.findOne(WorkoutSession, { subject: subjectId, status: SessionStatus.IN_PROGRESS });
        if (inProgress) {
          if (inProgress.routineDay?.id === dayId) return inProgress; // a retried start
          throw new ConflictError(`You have a session in progress from ${inProgress.workoutDate}: finish it before starting another.`);
        }
        const sameDay = await em.findOne(WorkoutSession, { subject: subjectId, workoutDate });
        if (sameDay && sameDay.status !== SessionStatus.PLANNED) {
          throw new ConflictError(`You already logged a session on ${workoutDate} (${sameDay.status.toLowerCase()}).`);
        }
        const cycle = await em.findOne(Cycle, { routine: day.routine.id }, { orderBy: { cycleNumber: 'desc' } });
        const session = sameDay ?? em.create(WorkoutSession, { subject: em.getReference(Subject, subjectId), workoutDate });
        if (sameDay) session.revision += 1;
        Object.assign(session, { routineDay: day, cycle, status: SessionStatus.IN_PROGRESS, startedAt: now });
        em.persist(session);
        return session;
      });

    try {
      return await start();
    } catch (error) {
      // Two starts raced for the same day: the loser finds the winner's session (or its conflict).
      if (error instanceof UniqueConstraintViolationException) return start();
      throw error;
    }
  }

  async logSet(input: LogSetInput, now = new Date()): Promise<LogSetResult> {
    const subjectId = requireOwnSubject(this.ctx);
    const sessionId = fromGlobalId(input.sessionId, 'WorkoutSession', 'sessionId');
    const exerciseId = fromGlobalId(input.exerciseId, 'Exercise', 'exerciseId');
    const plannedSetId = input.plannedSetId ? fromGlobalId(input.plannedSetId, 'RoutineExerciseSet', 'plannedSetId') : null;

    const result = await this.em.transactional(async (em) => {
      // Row lock: logs of one session are serialised, so set order and progress are exact.
      const session = await em.findOne(WorkoutSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!session || session.subject.id !== subjectId) throw new NotFoundError('sessionId: no session of yours has this id.');

      const existing = await em.findOne(ExerciseSetLog, { subject: subjectId, clientId: input.clientId }, { populate: ['exercise'] });
      if (existing) {
        if (!sameSet(existing, { ...input, sessionId, exerciseId, plannedSetId })) {
          throw new ConflictError('clientId was already used for a different set: generate a new clientId for a new set.');
        }
        return { log: existing, retried: true };
      }
      if (session.status !== SessionStatus.IN_PROGRESS) {
        throw new ConflictError(`This session is ${session.status.toLowerCase().replace('_', ' ')}: start it before logging sets.`);
      }
      const exercise = await em.findOne(Exercise, exerciseId);
      if (!exercise) throw new NotFoundError('exerciseId: no exercise has this id.');
      if (plannedSetId !== null) await this.checkPlannedSet(em, session, plannedSetId);

      const [{ next } = { next: 1 }] = await rawQuery<{ next: number }>(em,
        'select coalesce(max(set_index), 0) + 1 as next from exercise_set_logs where session_id = ? and exercise_id = ?',
        [sessionId, exerciseId],
      );
      const log = em.create(ExerciseSetLog, {
        subject: em.getReference(Subject, subjectId),
        exercise,
        session,
        plannedSet: plannedSetId === null ? null : em.getReference(RoutineExerciseSet, plannedSetId),
        clientId: input.clientId,
        performedAt: now,
        setIndex: Number(next),
        isWarmup: input.isWarmup,
        actualWeightKg: toHundredths(input.weightKg),
        actualReps: input.reps,
        actualRpe: input.rpe ?? null,
      });
      await em.persist(log).flush();
      return { log, retried: false };
    });

    const { log } = result;
    const progress = await this.progressOf(log.session!.id);
    // Records are judged against every earlier set of the exercise, so a retry reports the same records.
    const previous = await this.bestsBefore(subjectId, log.exercise.id, log.id);
    const records = log.isWarmup
      ? []
      : detectRecords(previous, { weightKg: log.actualWeightKg ?? 0, reps: log.actualReps ?? 0 }).map((record) => ({
          ...record,
          exerciseId: log.exercise.id,
        }));
    if (!result.retried) await this.ctx.pubSub.publish('SESSION_PROGRESS', progress.sessionId, progress);
    return { log, progress, records };
  }

  async completeSession(input: CompleteSessionInput, now = new Date()): Promise<{ session: WorkoutSession; progress: SessionProgressEvent }> {
    const subjectId = requireOwnSubject(this.ctx);
    const sessionId = fromGlobalId(input.sessionId, 'WorkoutSession', 'sessionId');
    const { session, changed } = await this.em.transactional(async (em) => {
      const session = await em.findOne(WorkoutSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!session || session.subject.id !== subjectId) throw new NotFoundError('sessionId: no session of yours has this id.');
      if (session.status === SessionStatus.COMPLETED || session.status === SessionStatus.PARTIAL) return { session, changed: false };
      if (session.status !== SessionStatus.IN_PROGRESS) {
        throw new ConflictError(`This session is ${session.status.toLowerCase()}: only a session in progress can be completed.`);
      }
      const progress = await this.progressOf(session.id, em);
      session.status = progress.setsDone >= progress.setsPlanned ? SessionStatus.COMPLETED : SessionStatus.PARTIAL;
      session.completedAt = now;
      session.revision += 1;
      await em.flush();
      return { session, changed: true };
    });
    const progress = await this.progressOf(session.id);
    if (changed) await this.ctx.pubSub.publish('SESSION_PROGRESS', progress.sessionId, progress);
    return { session, progress };
  }

  /** Progress of a session from its logs and its routine day's plan: two statements. */
  async progressOf(sessionId: number, em: EntityManager = this.em): Promise<SessionProgressEvent> {
    const [row] = await rawQuery<{ subject_id: number; status: string; planned: number }>(em,
      `select ws.subject_id, ws.status,
              (select count(*)::int from routine_exercise_sets res
                 join routine_day_exercises rde on rde.id = res.routine_day_exercise_id
                where rde.routine_day_id = ws.routine_day_id) as planned
         from workout_sessions ws where ws.id = ?`,
      [sessionId],
    );
    if (!row) throw new NotFoundError('sessionId: no session has this id.');
    const logs = await rawQuery<{ weight: string | null; reps: number | null; is_warmup: boolean }>(em,
      'select actual_weight_kg as weight, actual_reps as reps, is_warmup from exercise_set_logs where session_id = ?',
      [sessionId],
    );
    const progress = computeSessionProgress(
      row.planned,
      logs.map((log) => ({ weightKg: Number(log.weight ?? 0), reps: log.reps ?? 0, isWarmup: log.is_warmup })),
    );
    return { sessionId, subjectId: row.subject_id, status: row.status, ...progress };
  }

  /**
   * The athlete's bests for an exercise over sets logged before `beforeLogId`. For a fixed rep
   * count e1RM rises with load, so the heaviest set per rep count is all the engine needs.
   */
  private async bestsBefore(subjectId: number, exerciseId: number, beforeLogId: number) {
    const rows = await rawQuery<{ reps: number; weight: string }>(this.em,
      `select actual_reps as reps, max(actual_weight_kg) as weight from exercise_set_logs
        where subject_id = ? and exercise_id = ? and id < ? and not is_warmup and actual_reps >= 1 and actual_weight_kg > 0
        group by actual_reps`,
      [subjectId, exerciseId, beforeLogId],
    );
    return summariseBests(rows.map((row) => ({ reps: row.reps, weightKg: Number(row.weight) })));
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

function sameSet(
  log: ExerciseSetLog,
  input: { sessionId: number; exerciseId: number; plannedSetId: number | null; weightKg: number; reps: number; rpe?: number | null; isWarmup: boolean },
): boolean {
  return (
    log.session?.id === input.sessionId &&
    log.exercise.id === input.exerciseId &&
    (log.plannedSet?.id ?? null) === input.plannedSetId &&
    Number(log.actualWeightKg) === toHundredths(input.weightKg) &&
    log.actualReps === input.reps &&
    (log.actualRpe ?? null) === (input.rpe ?? null) &&
    log.isWarmup === input.isWarmup
  );
}
