import { DriverException } from '@mikro-orm/core';
import { type EntityManager, raw } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import type { Context } from '../../graphql/context.js';
import { ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { recordAudit } from '../audit/audit.service.js';
import { Subject } from '../identity/subject.entity.js';
import { User } from '../identity/user.entity.js';
import { createPlanningLoaders } from './planning.loaders.js';
import { type ExerciseRef, requirePlanWriter, requireUsableExercises } from './planning.policy.js';
import { requireViewer } from '../identity/access.policy.js';
import { type DaySpec, type StoredTree, type TreeChanges, loadStoredTree, writeTree } from './routine-tree.js';
import type {
  ArchiveRoutineInput,
  CreateRoutineInput,
  DuplicateRoutineInput,
  ProgressionRuleInput,
  RoutineDayInput,
  RoutineExerciseSetInput,
  SetActiveRoutineInput,
  UpdateRoutineInput,
} from './routine.inputs.js';
import { Routine } from './routine.entity.js';

/** Trimmed text, null when empty or absent. */
const text = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Runs `work` in one transaction on a fresh fork (reads inside see the database, not the
 * request's identity map). A named constraint that still rejects a write answers with its
 * registered code and field; nothing of the transaction is kept.
 */
export async function planTransaction<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional((em) => work(em as EntityManager), { clear: true });
  } catch (error) {
    if (error instanceof DriverException) rethrowConstraint(error);
    throw error;
  } finally {
    forgetPlans(ctx);
  }
}

/** After a plan write, the request's cached plan reads are stale: a payload must show what was written. */
function forgetPlans(ctx: Context): void {
  for (const name of Object.keys(createPlanningLoaders(ctx.em)) as (keyof ReturnType<typeof createPlanningLoaders>)[]) {
    ctx.loaders[name].clearAll();
  }
  ctx.placedLoaders.clear();
}

/**
 * Serialises changes to which routine of an athlete is active (one at most): a row lock on the
 * subject, in the mode that does not block inserts referencing it.
 */
async function lockActivation(em: EntityManager, subjectId: number): Promise<void> {
  await rawQuery(em, 'select id from subjects where id = ? for no key update', [subjectId]);
}

/** Deactivates the athlete's other active routines; returns their ids. */
async function deactivateOthers(em: EntityManager, subjectId: number, keepId: number | null): Promise<number[]> {
  const rows = await rawQuery<{ id: number }>(
    em,
    'update routines set is_active = false, updated_at = now() where subject_id = ? and is_active and id <> ? returning id',
    [subjectId, keepId ?? 0],
  );
  return rows.map((row) => row.id);
}

function setSpec(set: RoutineExerciseSetInput) {
  return {
    isWarmup: set.isWarmup ?? false,
    toFailure: set.toFailure ?? false,
    targetReps: set.targetReps ?? null,
    targetRepsMin: set.targetRepsMin ?? null,
    targetRepsMax: set.targetRepsMax ?? null,
    targetWeightKg: set.targetWeightKg ?? null,
    targetPct1rm: set.targetPct1rm ?? null,
    targetRir: set.targetRir ?? null,
    targetRpe: set.targetRpe ?? null,
    targetTempo: set.targetTempo ? set.targetTempo.toUpperCase() : null,
    targetRestSeconds: set.targetRestSeconds ?? null,
    targetDurationSeconds: set.targetDurationSeconds ?? null,
    targetDistanceMeters: set.targetDistanceMeters ?? null,
    notes: text(set.notes),
  };
}

function ruleSpec(rule: ProgressionRuleInput) {
  return {
    style: rule.style,
    incrementKg: rule.incrementKg ?? 2.5,
    repRangeMin: rule.repRangeMin ?? null,
    repRangeMax: rule.repRangeMax ?? null,
    waveLength: rule.waveLength ?? null,
    deloadEveryNCycles: rule.deloadEveryNCycles ?? null,
    deloadPct: rule.deloadPct ?? 60,
  };
}

/** The input tree with exercise ids decoded (BAD_USER_INPUT naming the field of a malformed one). */
function treeSpec(days: RoutineDayInput[]): { spec: DaySpec[]; refs: ExerciseRef[] } {
  const refs: ExerciseRef[] = [];
  const spec = days.map((day, i) => ({
    title: text(day.title),
    isRest: day.isRest ?? false,
    notes: text(day.notes),
    exercises: (day.exercises ?? []).map((slot, j) => {
      const field = `days.${i}.exercises.${j}.exerciseId`;
      const exerciseId = fromGlobalId(slot.exerciseId, 'Exercise', field);
      refs.push({ exerciseId, field });
      return {
        exerciseId,
        section: slot.section,
        supersetGroup: slot.supersetGroup ?? null,
        notes: text(slot.notes),
        rule: slot.progressionRule ? ruleSpec(slot.progressionRule) : null,
        sets: slot.sets.map(setSpec),
      };
    }),
  }));
  return { spec, refs };
}

const treeSize = (spec: DaySpec[]) => ({
  days: spec.length,
  exercises: spec.reduce((sum, day) => sum + day.exercises.length, 0),
  sets: spec.reduce((sum, day) => sum + day.exercises.reduce((inner, slot) => inner + slot.sets.length, 0), 0),
});

/** A stored tree as a spec to write again (a copy): same days, exercises, sets and rules, in their order. */
function specOfStored(stored: StoredTree): DaySpec[] {
  const byOrder = <T>(items: T[], order: (item: T) => number) => [...items].sort((a, b) => order(a) - order(b));
  return byOrder(stored.days, (day) => day.dayIndex).map((day) => ({
    title: day.title ?? null,
    isRest: day.isRest,
    notes: day.notes ?? null,
    exercises: byOrder(stored.slots.filter((slot) => slot.routineDay.id === day.id), (slot) => slot.position).map((slot) => {
      const rule = stored.rules.find((candidate) => candidate.routineDayExercise.id === slot.id);
      return {
        exerciseId: slot.exercise.id,
        section: slot.section,
        supersetGroup: slot.supersetGroup ?? null,
        notes: slot.notes ?? null,
        rule: rule
          ? {
              style: rule.style,
              incrementKg: rule.incrementKg,
              repRangeMin: rule.repRangeMin ?? null,
              repRangeMax: rule.repRangeMax ?? null,
              waveLength: rule.waveLength ?? null,
              deloadEveryNCycles: rule.deloadEveryNCycles ?? null,
              deloadPct: rule.deloadPct,
            }
          : null,
        sets: byOrder(stored.sets.filter((set) => set.routineDayExercise.id === slot.id), (set) => set.setIndex).map((set) => ({
          isWarmup: set.isWarmup,
          toFailure: set.toFailure,
          targetReps: set.targetReps ?? null,
          targetRepsMin: set.targetRepsMin ?? null,
          targetRepsMax: set.targetRepsMax ?? null,
          targetWeightKg: set.targetWeightKg ?? null,
          targetPct1rm: set.targetPct1rm ?? null,
          targetRir: set.targetRir ?? null,
          targetRpe: set.targetRpe ?? null,
          targetTempo: set.targetTempo ?? null,
          targetRestSeconds: set.targetRestSeconds ?? null,
          targetDurationSeconds: set.targetDurationSeconds ?? null,
          targetDistanceMeters: set.targetDistanceMeters ?? null,
          notes: set.notes ?? null,
        })),
      };
    }),
  }));
}

const MAX_NAME = 120;

/** "<name> (copy)", "<name> (copy 2)" …: the first not in `taken`, cut to fit 120 characters. */
export function copyName(source: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${source.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface RoutineWrite {
  routine: Routine;
  deactivated: Routine[];
  changes: TreeChanges | null;
}

/** Creating and editing routines. Every write is one transaction with its audit row. */
export class RoutineService {
  constructor(private readonly ctx: Context) {}

  /** A routine the viewer may edit, or NOT_FOUND naming `field`. */
  async writableRoutine(globalId: string, field: string): Promise<Routine> {
    // Log-in first: an anonymous caller must not learn from the answer whether the id exists.
    requireViewer(this.ctx);
    const id = fromGlobalId(globalId, 'Routine', field);
    const routine = await this.ctx.loaders.routineById.load(id);
    const notFound = `${field}: no routine you can edit has this id.`;
    if (!routine) throw new NotFoundError(notFound);
    await requirePlanWriter(this.ctx, routine.subject.id, notFound);
    return routine;
  }

  async create(input: CreateRoutineInput): Promise<RoutineWrite> {
    const subjectId = fromGlobalId(input.athleteId, 'Athlete', 'athleteId');
    const viewer = await requirePlanWriter(this.ctx, subjectId, 'athleteId: no athlete you train or coach has this id.');
    const { spec, refs } = treeSpec(input.days);
    await requireUsableExercises(this.ctx.em, subjectId, null, refs);

    const written = await planTransaction(this.ctx, async (em) => {
      let isActive = input.makeActive === true;
      let deactivated: number[] = [];
      if (input.makeActive !== false) {
        await lockActivation(em, subjectId);
        if (input.makeActive) deactivated = await deactivateOthers(em, subjectId, null);
        else isActive = (await rawQuery(em, 'select 1 from routines where subject_id = ? and is_active limit 1', [subjectId])).length === 0;
      }
      const routine = em.create(Routine, {
        subject: em.getReference(Subject, subjectId),
        name: input.name.trim(),
        description: text(input.description),
        startsOn: input.startsOn ?? null,
        isActive,
        createdBy: em.getReference(User, viewer.userId),
      });
      await writeTree(em, routine, { days: [], slots: [], sets: [], rules: [] }, spec);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'create_routine',
        entityType: 'routine',
        entityId: routine.id,
        metadata: { name: routine.name, isActive, deactivatedRoutineIds: deactivated, ...treeSize(spec) },
      });
      return { routineId: routine.id, deactivated };
    });
    return this.result(written.routineId, written.deactivated, null);
  }

  async update(input: UpdateRoutineInput): Promise<RoutineWrite> {
    const current = await this.writableRoutine(input.id, 'id');
    const tree = input.days ? treeSpec(input.days) : null;
    if (tree) await requireUsableExercises(this.ctx.em, current.subject.id, current.id, tree.refs);

    const changes = await planTransaction(this.ctx, async (em) => {
      // The revision guard: one conditional UPDATE. A concurrent edit of the same revision waits
      // for this row lock, then finds the revision moved on and updates nothing. The new revision is
      // the stored one + 1, computed by the database: the sent one + 1 overflowed int for 2147483647.
      const fields: Partial<Routine> = { revision: raw('revision + 1'), updatedAt: new Date() };
      if (input.name !== undefined && input.name !== null) fields.name = input.name.trim();
      if (input.description !== undefined) fields.description = text(input.description);
      if (input.startsOn !== undefined) fields.startsOn = input.startsOn;
      const updated = await em.nativeUpdate(Routine, { id: current.id, revision: input.revision, archivedAt: null }, fields);
      if (updated === 0) await this.explainRefusedEdit(em, current.id, input.revision);

      const written = tree ? await writeTree(em, em.getReference(Routine, current.id), await loadStoredTree(em, current.id), tree.spec) : null;
      recordAudit(em, this.ctx, {
        action: 'update_routine',
        entityType: 'routine',
        entityId: current.id,
        metadata: {
          fromRevision: input.revision,
          toRevision: input.revision + 1,
          fields: Object.keys(fields).filter((key) => key !== 'revision' && key !== 'updatedAt'),
          ...(written && tree ? { tree: treeSize(tree.spec), changes: written } : {}),
        },
      });
      return written;
    });
    return this.result(current.id, [], changes);
  }

  async archive(input: ArchiveRoutineInput): Promise<RoutineWrite> {
    const current = await this.writableRoutine(input.id, 'id');
    await planTransaction(this.ctx, async (em) => {
      const updated = await em.nativeUpdate(
        Routine,
        { id: current.id, revision: input.revision, archivedAt: null },
        { archivedAt: new Date(), isActive: false, revision: raw('revision + 1'), updatedAt: new Date() },
      );
      if (updated === 0) {
        const [row] = await rawQuery<{ archived_at: Date | null }>(em, 'select archived_at from routines where id = ?', [current.id]);
        if (row?.archived_at) return; // already archived: a retry, or someone else did it
        await this.explainRefusedEdit(em, current.id, input.revision);
      }
      recordAudit(em, this.ctx, { action: 'archive_routine', entityType: 'routine', entityId: current.id, metadata: { fromRevision: input.revision } });
    });
    return this.result(current.id, [], null);
  }

  async setActive(input: SetActiveRoutineInput): Promise<RoutineWrite> {
    const current = await this.writableRoutine(input.id, 'id');
    const deactivated = await planTransaction(this.ctx, async (em) => {
      await lockActivation(em, current.subject.id);
      const [row] = await rawQuery<{ archived_at: Date | null; is_active: boolean }>(em, 'select archived_at, is_active from routines where id = ?', [current.id]);
      if (row?.archived_at) throw new ConflictError('id: this routine is archived; archived routines cannot be made active.', 'id');
      const others = await deactivateOthers(em, current.subject.id, current.id);
      if (!row?.is_active) await rawQuery(em, 'update routines set is_active = true, updated_at = now() where id = ?', [current.id]);
      if (others.length > 0 || !row?.is_active) {
        recordAudit(em, this.ctx, { action: 'update_routine', entityType: 'routine', entityId: current.id, metadata: { isActive: true, deactivatedRoutineIds: others } });
      }
      return others;
    });
    return this.result(current.id, deactivated, null);
  }

  /**
   * A copy of a routine for the same athlete, inactive, written in one transaction. Idempotent on
   * `clientId` (per athlete): a retry returns the first copy; the same clientId for another source
   * is a CONFLICT.
   */
  async duplicate(input: DuplicateRoutineInput): Promise<RoutineWrite> {
    const source = await this.writableRoutine(input.id, 'id');
    const subjectId = source.subject.id;
    const viewer = requireViewer(this.ctx);
    const copyId = await planTransaction(this.ctx, async (em) => {
      // Serialises this athlete's routine creations: the clientId lookup and the name choice stay exact.
      await lockActivation(em, subjectId);
      const [existing] = await rawQuery<{ id: number; copied_from_id: number | null }>(
        em,
        'select id, copied_from_id from routines where subject_id = ? and client_id = ?',
        [subjectId, input.clientId],
      );
      if (existing) {
        if (existing.copied_from_id !== source.id) {
          throw new ConflictError('clientId: this clientId already made a different routine. Use a new clientId for a new copy.', 'clientId');
        }
        return existing.id;
      }
      const names = await rawQuery<{ name: string }>(em, 'select name from routines where subject_id = ?', [subjectId]);
      const taken = new Set(names.map((row) => row.name));
      const name = input.name ? input.name.trim() : copyName(source.name, taken);
      if (taken.has(name)) {
        throw new ConflictError('name: this athlete already has a routine with this name (archived ones included). Choose another name.', 'name');
      }
      const spec = specOfStored(await loadStoredTree(em, source.id));
      const copy = em.create(Routine, {
        subject: em.getReference(Subject, subjectId),
        name,
        description: source.description ?? null,
        startsOn: null,
        isActive: false,
        clientId: input.clientId,
        copiedFrom: em.getReference(Routine, source.id),
        createdBy: em.getReference(User, viewer.userId),
      });
      await writeTree(em, copy, { days: [], slots: [], sets: [], rules: [] }, spec);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'create_routine',
        entityType: 'routine',
        entityId: copy.id,
        metadata: { name, sourceRoutineId: source.id, ...treeSize(spec) },
      });
      return copy.id;
    });
    return this.result(copyId, [], null);
  }

  /** Why a guarded UPDATE touched no row: archived, or a stale revision. Always throws. */
  private async explainRefusedEdit(em: EntityManager, routineId: number, revision: number): Promise<never> {
    const [row] = await rawQuery<{ revision: number; archived_at: Date | null }>(em, 'select revision, archived_at from routines where id = ?', [routineId]);
    if (!row) throw new NotFoundError('id: no routine you can edit has this id.');
    if (row.archived_at) throw new ConflictError('id: this routine is archived and can no longer be edited.', 'id');
    throw new ConflictError(
      `revision: this routine changed since you read it (you sent revision ${revision}, it is now at revision ${row.revision}). Reload it and apply your edit again.`,
      'revision',
    );
  }

  private async result(routineId: number, deactivatedIds: number[], changes: TreeChanges | null): Promise<RoutineWrite> {
    const routines = await this.ctx.em.find(Routine, { id: { $in: [routineId, ...deactivatedIds] } }, { refresh: true });
    const byId = new Map(routines.map((routine) => [routine.id, routine]));
    return { routine: byId.get(routineId)!, deactivated: deactivatedIds.map((id) => byId.get(id)!).filter(Boolean), changes };
  }
}
