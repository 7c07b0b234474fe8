import { LockMode } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { recordAudit } from '../audit/audit.service.js';
import { Subject } from '../identity/subject.entity.js';
import { Cycle } from './cycle.entity.js';
import { isDeloadCycle } from '../../engine/progression.js';
import type { AdvanceCycleInput, ArchiveCycleInput, StartCycleInput, UpdateCycleInput } from './cycle.inputs.js';
import { requirePlanWriter } from './planning.policy.js';
import { requireViewer } from '../identity/access.policy.js';
import { Routine } from './routine.entity.js';
import { RoutineService, planTransaction } from './routine.service.js';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const text = (value: string | null | undefined) => value?.trim() || null;

export interface AdvancedCycle extends StartedCycle {
  isDeload: boolean;
  /** Why the cycle is (or is not) a deload: one DELOAD per rule that deloads at its number, else NO_DELOAD. */
  reasons: { code: string; message: string }[];
}

export interface StartedCycle {
  cycle: Cycle;
  /** Cycles this start ended (the one that was running). */
  ended: Cycle[];
  /** False when the call repeated a start already made (a retry). */
  created: boolean;
}

/** Starting, editing and archiving cycles. Every write is one transaction with its audit row. */
export class CycleService {
  constructor(private readonly ctx: Context) {}

  async writableCycle(globalId: string, field: string): Promise<Cycle> {
    // Log-in first: an anonymous caller must not learn from the answer whether the id exists.
    requireViewer(this.ctx);
    const id = fromGlobalId(globalId, 'Cycle', field);
    const cycle = await this.ctx.loaders.cycleById.load(id);
    const notFound = `${field}: no cycle you can edit has this id.`;
    if (!cycle) throw new NotFoundError(notFound);
    await requirePlanWriter(this.ctx, cycle.subject.id, notFound);
    return cycle;
  }

  /**
   * The next cycle of a routine: number = highest so far + 1. Starts of one routine are
   * serialised by a lock on the routine row, so a racing retry sees the first start's cycle and
   * returns it (same day, same values, still running) instead of adding another.
   */
  async start(input: StartCycleInput, now = new Date()): Promise<StartedCycle> {
    const routine = await new RoutineService(this.ctx).writableRoutine(input.routineId, 'routineId');
    const isDeload = input.isDeload ?? false;
    return this.startNext(routine, { startedOn: input.startedOn ?? isoDay(now), isDeload: () => isDeload, notes: text(input.notes) });
  }

  /**
   * Starts the routine's next cycle today, a deload when any of its progression rules says the
   * new cycle number is one (engine isDeloadCycle). Same numbering, locking and retries as start:
   * repeating the call on the same day while the cycle runs returns that cycle.
   */
  async advance(input: AdvanceCycleInput, now = new Date()): Promise<AdvancedCycle> {
    const routine = await new RoutineService(this.ctx).writableRoutine(input.routineId, 'routineId');
    const rules = await rawQuery<{ style: string; deload_every_n_cycles: number | null; exercise: string }>(
      this.ctx.em,
      `select pr.style, pr.deload_every_n_cycles, e.name as exercise from progression_rules pr
         join routine_day_exercises rde on rde.id = pr.routine_day_exercise_id join routine_days d on d.id = rde.routine_day_id
         join exercises e on e.id = rde.exercise_id
        where d.routine_id = ? order by d.day_index, rde.position`,
      [routine.id],
    );
    const deloading = (cycleNumber: number) => rules.filter((rule) => isDeloadCycle({ deloadEveryNCycles: rule.deload_every_n_cycles }, cycleNumber));
    const started = await this.startNext(routine, { startedOn: isoDay(now), isDeload: (cycleNumber) => deloading(cycleNumber).length > 0, notes: null });
    const number = started.cycle.cycleNumber;
    const reasons = deloading(number).map((rule) => ({
      code: 'DELOAD',
      message: `${rule.exercise} (${rule.style}) deloads every ${rule.deload_every_n_cycles} cycles: cycle ${number} is a deload`,
    }));
    if (reasons.length === 0) {
      reasons.push({
        code: 'NO_DELOAD',
        message: rules.length === 0 ? `No progression rule in this routine: cycle ${number} is a normal cycle` : `No progression rule of this routine deloads at cycle ${number}`,
      });
    }
    return { ...started, isDeload: started.cycle.isDeload, reasons };
  }

  private async startNext(
    routine: { id: number; subject: { id: number } },
    { startedOn, isDeload: deloadFor, notes }: { startedOn: string; isDeload: (cycleNumber: number) => boolean; notes: string | null },
  ): Promise<StartedCycle> {

    const written = await planTransaction(this.ctx, async (em) => {
      const [locked] = await rawQuery<{ archived_at: Date | null }>(em, 'select archived_at from routines where id = ? for no key update', [routine.id]);
      if (locked?.archived_at) throw new ConflictError('routineId: this routine is archived; cycles can only be started on a routine in use.', 'routineId');

      const latest = await em.findOne(Cycle, { routine: routine.id, archivedAt: null }, { orderBy: { cycleNumber: 'desc' } });
      if (latest && !latest.endedOn && latest.startedOn === startedOn && latest.isDeload === deloadFor(latest.cycleNumber) && (latest.notes ?? null) === notes) {
        return { cycleId: latest.id, endedIds: [] as number[], created: false };
      }
      if (latest?.startedOn && startedOn < latest.startedOn) {
        throw new BadUserInputError(
          `startedOn: cycle ${latest.cycleNumber} of this routine started on ${latest.startedOn}; the next cycle cannot start before it.`,
          'startedOn',
        );
      }
      // The running cycle ends the day before the new one starts (the same day, if it began that day).
      const ended = await rawQuery<{ id: number }>(
        em,
        `update cycles set ended_on = greatest(started_on, ?::date - 1), updated_at = now()
          where routine_id = ? and ended_on is null and archived_at is null returning id`,
        [startedOn, routine.id],
      );
      const [{ next } = { next: 1 }] = await rawQuery<{ next: number }>(em, 'select coalesce(max(cycle_number), 0) + 1 as next from cycles where routine_id = ?', [routine.id]);
      const isDeload = deloadFor(Number(next));
      const cycle = em.create(Cycle, {
        subject: em.getReference(Subject, routine.subject.id),
        routine: em.getReference(Routine, routine.id),
        cycleNumber: Number(next),
        startedOn,
        isDeload,
        notes,
      });
      await em.flush();
      const endedIds = ended.map((row) => row.id);
      recordAudit(em, this.ctx, {
        action: 'create_cycle',
        entityType: 'cycle',
        entityId: cycle.id,
        metadata: { routineId: routine.id, cycleNumber: cycle.cycleNumber, startedOn, isDeload, endedCycleIds: endedIds },
      });
      return { cycleId: cycle.id, endedIds, created: true };
    });
    const cycles = await this.reload([written.cycleId, ...written.endedIds]);
    return { cycle: cycles[0]!, ended: cycles.slice(1), created: written.created };
  }

  async update(input: UpdateCycleInput): Promise<Cycle> {
    const { id } = await this.writableCycle(input.id, 'id');
    await planTransaction(this.ctx, async (em) => {
      const cycle = await em.findOneOrFail(Cycle, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (cycle.archivedAt) throw new ConflictError('id: this cycle is archived and can no longer be edited.', 'id');
      const changed: string[] = [];
      if (input.endedOn !== undefined) {
        if (input.endedOn && cycle.startedOn && input.endedOn < cycle.startedOn) {
          throw new BadUserInputError(`endedOn must be on or after the day the cycle started (${cycle.startedOn}).`, 'endedOn');
        }
        cycle.endedOn = input.endedOn;
        changed.push('endedOn');
      }
      if (input.isDeload !== undefined && input.isDeload !== null) {
        cycle.isDeload = input.isDeload;
        changed.push('isDeload');
      }
      if (input.notes !== undefined) {
        cycle.notes = text(input.notes);
        changed.push('notes');
      }
      recordAudit(em, this.ctx, { action: 'update_cycle', entityType: 'cycle', entityId: id, metadata: { fields: changed } });
    });
    return (await this.reload([id]))[0]!;
  }

  async archive(input: ArchiveCycleInput): Promise<Cycle> {
    const { id } = await this.writableCycle(input.id, 'id');
    await planTransaction(this.ctx, async (em) => {
      const cycle = await em.findOneOrFail(Cycle, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (cycle.archivedAt) return; // a retry: already archived
      cycle.archivedAt = new Date();
      recordAudit(em, this.ctx, { action: 'archive_cycle', entityType: 'cycle', entityId: id });
    });
    return (await this.reload([id]))[0]!;
  }

  /** Cycles as stored now, in the order of `ids`. */
  private async reload(ids: number[]): Promise<Cycle[]> {
    const cycles = await this.ctx.em.find(Cycle, { id: { $in: ids } }, { refresh: true });
    const byId = new Map(cycles.map((cycle) => [cycle.id, cycle]));
    return ids.map((id) => byId.get(id)!);
  }
}
