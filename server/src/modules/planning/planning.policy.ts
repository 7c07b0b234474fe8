import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import type { Viewer } from '../identity/auth.service.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';

/**
 * Who may write a plan: the athlete it belongs to, or a coach with the athlete on their roster —
 * the same people who may read it. Anyone else gets NOT_FOUND, so ids never reveal that a plan
 * exists.
 */
export async function requirePlanWriter(ctx: Context, subjectId: number, notFound: string): Promise<Viewer> {
  const viewer = requireViewer(ctx);
  if (!(await canReadSubject(ctx, subjectId))) throw new NotFoundError(notFound);
  return viewer;
}

/** An exercise a plan refers to, with the input field (dot path) that named it. */
export interface ExerciseRef {
  exerciseId: number;
  field: string;
}

/**
 * Exercises a plan may use for an athlete: shipped (no creator) or public ones, and private ones
 * of the athlete's coaches — all while active. An exercise the routine already uses stays usable
 * in an edit even if it was made private or inactive since, so re-saving a routine never fails on
 * what it already holds. One statement; BAD_USER_INPUT naming the first field at fault.
 */
export async function requireUsableExercises(em: EntityManager, subjectId: number, routineId: number | null, refs: ExerciseRef[]): Promise<void> {
  if (refs.length === 0) return;
  const ids = [...new Set(refs.map((ref) => ref.exerciseId))];
  const rows = await rawQuery<{ id: number }>(
    em,
    `select e.id from exercises e
      where e.id in (?)
        and ((e.is_active and (e.created_by_id is null or e.is_public or e.created_by_id in (
               select ca.coach_id from coach_athletes ca join subjects s on s.user_id = ca.athlete_id where s.id = ?)))
             or exists (select 1 from routine_day_exercises rde join routine_days rd on rd.id = rde.routine_day_id
                         where rd.routine_id = ? and rde.exercise_id = e.id))`,
    [ids, subjectId, routineId ?? 0],
  );
  const usable = new Set(rows.map((row) => Number(row.id)));
  const missing = refs.find((ref) => !usable.has(ref.exerciseId));
  if (missing) {
    throw new BadUserInputError(
      `${missing.field}: no exercise available to this athlete has this id (use a shipped or public exercise, or a private one of the athlete's coach).`,
      missing.field,
    );
  }
}
