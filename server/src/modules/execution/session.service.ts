import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { computeSessionProgress } from '../../engine/progress.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { SessionProgressEvent } from '../../graphql/pubsub.js';
import { publishSessionCompleted, publishSessionStarted } from '../activity/roster-activity.events.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireOwnSubject } from '../identity/access.policy.js';
import { Subject } from '../identity/subject.entity.js';
import { Cycle } from '../planning/cycle.entity.js';
import { RoutineDay } from '../planning/routine-day.entity.js';
import { requireWritable } from './execution.policy.js';
import type { CompleteSessionInput, DeleteSessionInput, PlanSessionInput, SkipSessionInput, StartSessionInput, UpdateSessionInput } from './session.inputs.js';
import { assertTransition } from './session.transitions.js';
import { advanceProgressionForSession } from './session-prescription.service.js';
import { SessionStatus, WorkoutSession } from './workout-session.entity.js';

const DAY_MS = 86_400_000;
const MAX_SLOTS = 4;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const NO_SESSION = 'id: no session of yours has this id.';

/** Editable session details: GraphQL field → column. */
const EDITABLE = { notes: 'notes', location: 'location', perceivedFatigue: 'perceived_fatigue', bodyweightKg: 'bodyweight_kg' } as const;

/** Planning, starting, editing and finishing workouts. Every write is one transaction; events go out after commit. */
export class SessionService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  /**
   * Starts a session (PLANNED → IN_PROGRESS). By routine day: the day's PLANNED session if there is
   * one, else a new session in the first free slot, so a second workout on a day whose first is
   * finished is that day's slot 2 (two-a-days). By id: that PLANNED session. A retry returns the
   * session already in progress.
   */
  async startSession(input: StartSessionInput, now = new Date()): Promise<WorkoutSession> {
    const subjectId = requireOwnSubject(this.ctx);
    const dayId = input.routineDayId ? fromGlobalId(input.routineDayId, 'RoutineDay', 'routineDayId') : null;
    const sessionId = input.sessionId ? fromGlobalId(input.sessionId, 'WorkoutSession', 'sessionId') : null;
    if (dayId === null && sessionId === null) throw new BadUserInputError('routineDayId is required unless sessionId names a planned session.', 'routineDayId');
    const workoutDate = input.workoutDate ?? isoDay(now);
    const nearToday = (day: string) => Math.abs(Date.parse(`${day}T12:00:00Z`) - now.getTime()) <= 1.5 * DAY_MS;
    if (!nearToday(workoutDate)) {
      throw new BadUserInputError('workoutDate must be your local date today (within a day of the server clock).', 'workoutDate');
    }

    let started = false;
    const start = () =>
      this.em.transactional(async (em) => {
        started = false;
        const day = dayId === null ? null : await this.trainingDay(em, subjectId, dayId);
        const inProgress = await em.findOne(WorkoutSession, { subject: subjectId, status: SessionStatus.IN_PROGRESS });
        if (inProgress) {
          const retried = sessionId !== null ? inProgress.id === sessionId : inProgress.routineDay?.id === dayId;
          if (retried) return inProgress;
          throw new ConflictError(`You have a session in progress from ${inProgress.workoutDate}: finish it before starting another.`);
        }

        let session: WorkoutSession;
        if (sessionId !== null) {
          const planned = await em.findOne(WorkoutSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!planned) throw new NotFoundError('sessionId: no session of yours has this id.');
          await requireWritable(this.ctx, planned.subject.id, 'sessionId: no session of yours has this id.');
          assertTransition(planned.status, SessionStatus.IN_PROGRESS, 'start');
          if (!nearToday(planned.workoutDate)) {
            throw new BadUserInputError(`This session is planned for ${planned.workoutDate}: start it on that day, or plan one for today.`, 'sessionId');
          }
          if (day && planned.routineDay && planned.routineDay.id !== day.id) {
            throw new BadUserInputError('routineDayId differs from the routine day this session was planned for.', 'routineDayId');
          }
          session = planned;
        } else {
          const sameDay = await em.find(WorkoutSession, { subject: subjectId, workoutDate }, { orderBy: { slot: 'asc' } });
          const planned =
            sameDay.find((candidate) => candidate.status === SessionStatus.PLANNED && candidate.routineDay?.id === dayId) ??
            sameDay.find((candidate) => candidate.status === SessionStatus.PLANNED && !candidate.routineDay);
          session = planned ?? em.create(WorkoutSession, { subject: em.getReference(Subject, subjectId), workoutDate, slot: freeSlot(sameDay, workoutDate) });
        }
        const routineDay = day ?? (session.routineDay ? await em.findOne(RoutineDay, session.routineDay.id, { populate: ['routine'] }) : null);
        const cycle = routineDay ? await this.latestCycle(em, routineDay) : null;
        if (session.id) session.revision += 1;
        Object.assign(session, { routineDay, cycle, status: SessionStatus.IN_PROGRESS, startedAt: now });
        em.persist(session);
        started = true;
        return session;
      });

    let session: WorkoutSession;
    try {
      session = await start();
    } catch (error) {
      // Two starts raced for the same slot: the loser finds the winner's session (or its conflict).
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      session = await start().catch(rethrowConstraint);
    }
    // A retry (the session already in progress) tells the roster nothing new.
    if (started) await publishSessionStarted(this.ctx, subjectId, session.id, await this.progressOf(session.id));
    return session;
  }

  /** Plans a session (PLANNED) on a day, in the given slot or the first free one. A retry returns the same planned session. */
  async planSession(input: PlanSessionInput): Promise<WorkoutSession> {
    const subjectId = requireOwnSubject(this.ctx);
    const dayId = input.routineDayId ? fromGlobalId(input.routineDayId, 'RoutineDay', 'routineDayId') : null;
    const slot = input.slot ?? null;
    const plan = () =>
      this.em.transactional(async (em) => {
        const day = dayId === null ? null : await this.trainingDay(em, subjectId, dayId);
        const sameDay = await em.find(WorkoutSession, { subject: subjectId, workoutDate: input.workoutDate }, { orderBy: { slot: 'asc' } });
        const retried = sameDay.find(
          (session) => session.status === SessionStatus.PLANNED && (session.routineDay?.id ?? null) === dayId && (slot === null || session.slot === slot),
        );
        if (retried) return retried;
        const taken = slot === null ? undefined : sameDay.find((session) => session.slot === slot);
        if (taken) throw new ConflictError(`Slot ${slot} on ${input.workoutDate} already holds a ${taken.status} session: choose another slot (1–${MAX_SLOTS}).`);
        const session = em.create(WorkoutSession, {
          subject: em.getReference(Subject, subjectId),
          workoutDate: input.workoutDate,
          slot: slot ?? freeSlot(sameDay, input.workoutDate),
          status: SessionStatus.PLANNED,
          routineDay: day,
          cycle: day ? await this.latestCycle(em, day) : null,
        });
        em.persist(session);
        return session;
      });
    try {
      return await plan();
    } catch (error) {
      // A concurrent plan took the slot: a retry of the same plan finds it, anything else is a CONFLICT.
      if (error instanceof UniqueConstraintViolationException) return plan().catch(rethrowConstraint);
      throw error;
    }
  }

  /** PLANNED → SKIPPED, revision-guarded. Skipping a skipped session is a no-op, so a retry succeeds. */
  async skipSession(input: SkipSessionInput): Promise<WorkoutSession> {
    const id = fromGlobalId(input.id, 'WorkoutSession', 'id');
    requireOwnSubject(this.ctx);
    return this.em.transactional(async (em) => {
      const session = await em.findOne(WorkoutSession, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!session) throw new NotFoundError(NO_SESSION);
      await requireWritable(this.ctx, session.subject.id, NO_SESSION);
      if (session.status === SessionStatus.SKIPPED) return session;
      assertTransition(session.status, SessionStatus.SKIPPED, 'skip');
      assertRevision(session.revision, input.revision);
      const reason = input.reason?.trim() || null;
      session.status = SessionStatus.SKIPPED;
      if (reason) session.notes = session.notes ? `${session.notes}\nSkipped: ${reason}` : `Skipped: ${reason}`;
      session.revision += 1;
      recordAudit(em, this.ctx, { action: 'skip_session', entityType: 'WorkoutSession', entityId: session.id, metadata: { reason, revision: session.revision } });
      return session;
    });
  }

  /**
   * Edits a session's details with one conditional UPDATE (… where revision = the one read), so
   * of two concurrent edits from the same revision exactly one wins and the other is a CONFLICT.
   */
  async updateSession(input: UpdateSessionInput): Promise<WorkoutSession> {
    const id = fromGlobalId(input.id, 'WorkoutSession', 'id');
    const subjectId = requireOwnSubject(this.ctx);
    const changes = (Object.keys(EDITABLE) as (keyof typeof EDITABLE)[]).filter((field) => input[field] !== undefined);
    if (changes.length === 0) throw new BadUserInputError(`Send at least one of ${Object.keys(EDITABLE).join(', ')}.`, 'notes');
    const values = changes.map((field) => (field === 'notes' || field === 'location' ? (input[field] as string | null) : input[field]));

    return this.em.transactional(async (em) => {
      const [row] = await rawQuery<Record<string, unknown>>(
        em,
        `update workout_sessions set ${changes.map((field) => `${EDITABLE[field]} = ?`).join(', ')}, revision = revision + 1, updated_at = now()
          where id = ? and subject_id = ? and revision = ? returning *`,
        [...values, id, subjectId, input.revision],
      ).catch(rethrowConstraint);
      if (!row) {
        const session = await em.findOne(WorkoutSession, id);
        if (!session) throw new NotFoundError(NO_SESSION);
        await requireWritable(this.ctx, session.subject.id, NO_SESSION);
        assertRevision(session.revision, input.revision);
        throw new Error(`updateSession: session ${id} matched neither the update nor a refusal`);
      }
      const session = em.map(WorkoutSession, row);
      recordAudit(em, this.ctx, {
        action: 'update_session',
        entityType: 'WorkoutSession',
        entityId: id,
        metadata: { changes: Object.fromEntries(changes.map((field, index) => [field, values[index]])), revision: session.revision },
      });
      return session;
    });
  }

  /** Deletes a session that holds no training: PLANNED or SKIPPED only. */
  async deleteSession(input: DeleteSessionInput): Promise<number> {
    const id = fromGlobalId(input.id, 'WorkoutSession', 'id');
    requireOwnSubject(this.ctx);
    return this.em.transactional(async (em) => {
      const session = await em.findOne(WorkoutSession, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!session) throw new NotFoundError(NO_SESSION);
      await requireWritable(this.ctx, session.subject.id, NO_SESSION);
      if (session.status !== SessionStatus.PLANNED && session.status !== SessionStatus.SKIPPED) {
        throw new ConflictError(`Cannot delete this session: it is ${session.status}; only a PLANNED or SKIPPED session can be deleted (correct or delete its sets instead).`);
      }
      em.remove(session);
      return id;
    });
  }

  async completeSession(input: CompleteSessionInput, now = new Date()): Promise<{ session: WorkoutSession; progress: SessionProgressEvent }> {
    const subjectId = requireOwnSubject(this.ctx);
    const sessionId = fromGlobalId(input.sessionId, 'WorkoutSession', 'sessionId');
    const { session, changed } = await this.em.transactional(async (em) => {
      const session = await em.findOne(WorkoutSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!session || session.subject.id !== subjectId) throw new NotFoundError('sessionId: no session of yours has this id.');
      if (session.status === SessionStatus.COMPLETED || session.status === SessionStatus.PARTIAL) return { session, changed: false };
      assertTransition(session.status, SessionStatus.COMPLETED, 'complete');
      const progress = await this.progressOf(session.id, em);
      session.status = progress.plannedSetsDone >= progress.setsPlanned ? SessionStatus.COMPLETED : SessionStatus.PARTIAL;
      session.completedAt = now;
      session.revision += 1;
      await em.flush();
      // The progression moves on with the session, in its transaction: once, as a retry returns above.
      if (session.routineDay) await advanceProgressionForSession(em, session.id, subjectId);
      return { session, changed: true };
    });
    const progress = await this.progressOf(session.id);
    if (changed) {
      await this.ctx.pubSub.publish('SESSION_PROGRESS', progress.sessionId, progress);
      await publishSessionCompleted(this.ctx, subjectId, session.id, progress);
    }
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
    const logs = await rawQuery<{ weight: string | null; reps: number | null; is_warmup: boolean; planned_set_id: number | null }>(em,
      'select actual_weight_kg as weight, actual_reps as reps, is_warmup, planned_set_id from exercise_set_logs where session_id = ?',
      [sessionId],
    );
    const progress = computeSessionProgress(
      row.planned,
      logs.map((log) => ({ weightKg: Number(log.weight ?? 0), reps: log.reps ?? 0, isWarmup: log.is_warmup, plannedSetId: log.planned_set_id })),
    );
    return { sessionId, subjectId: row.subject_id, status: row.status, ...progress };
  }

  /** A training day of one of the athlete's routines, with its routine. */
  private async trainingDay(em: EntityManager, subjectId: number, dayId: number): Promise<RoutineDay> {
    const day = await em.findOne(RoutineDay, dayId, { populate: ['routine'] });
    if (!day || day.routine.subject.id !== subjectId) throw new NotFoundError('routineDayId: no routine day of yours has this id.');
    if (day.isRest) throw new BadUserInputError(`Day ${day.dayIndex} is a rest day: there is nothing to log.`, 'routineDayId');
    return day;
  }

  private latestCycle(em: EntityManager, day: RoutineDay): Promise<Cycle | null> {
    return em.findOne(Cycle, { routine: day.routine.id, archivedAt: null }, { orderBy: { cycleNumber: 'desc' } });
  }
}

/** The lowest slot no session of the day holds, or CONFLICT when all four are taken. */
function freeSlot(sameDay: readonly WorkoutSession[], workoutDate: string): number {
  const used = new Set(sameDay.map((session) => session.slot));
  for (let slot = 1; slot <= MAX_SLOTS; slot += 1) if (!used.has(slot)) return slot;
  throw new ConflictError(`You already have ${MAX_SLOTS} sessions on ${workoutDate}, the most a day can hold.`);
}

function assertRevision(current: number, sent: number): void {
  if (current !== sent) {
    throw new ConflictError(`This session changed since you read it (you sent revision ${sent}, it is at ${current}): reload it and apply your edit again.`);
  }
}
