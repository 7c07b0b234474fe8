/**
 * Who sees and who edits an exercise (seed 001, docs/decisions.md): system exercises and public
 * ones are everyone's; a coach's private exercise is seen by the coach and the athletes on their
 * roster. Only the creating coach (or an admin) edits a coach's exercise; the shipped catalog is
 * read-only through the API.
 */
import type { Context } from '../../graphql/context.js';
import { ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import type { Viewer } from '../identity/auth.service.js';
import { Role } from '../identity/user.entity.js';
import type { ExerciseView } from './exercise.type.js';

/** An SQL condition on the exercise aliased `alias` that holds when `viewer` may see it, with its parameters. */
export function visibleExerciseSql(alias: string, viewer: Viewer | null): { sql: string; params: unknown[] } {
  if (viewer?.role === Role.ADMIN) return { sql: 'true', params: [] };
  if (!viewer) return { sql: `(${alias}.created_by_id is null or ${alias}.is_public)`, params: [] };
  return {
    sql:
      `(${alias}.created_by_id is null or ${alias}.is_public or ${alias}.created_by_id = ? ` +
      `or ${alias}.created_by_id in (select ca.coach_id from coach_athletes ca where ca.athlete_id = ?))`,
    params: [viewer.userId, viewer.userId],
  };
}

export async function canReadExercise(ctx: Pick<Context, 'viewer' | 'loaders'>, exercise: ExerciseView): Promise<boolean> {
  const creatorId = exercise.createdBy?.id ?? null;
  if (creatorId === null || exercise.isPublic) return true;
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN || viewer.userId === creatorId) return true;
  const links = await ctx.loaders.coachIdsByAthleteUserId.load(viewer.userId);
  return links.some((link) => link.coach.id === creatorId);
}

export function canEditExercise(viewer: Viewer | null, exercise: Pick<ExerciseView, 'createdBy'>): boolean {
  const creatorId = exercise.createdBy?.id ?? null;
  return viewer !== null && creatorId !== null && (viewer.userId === creatorId || viewer.role === Role.ADMIN);
}

/**
 * The exercise, if the viewer may change it: NOT_FOUND when they cannot even see it (its
 * existence stays private), FORBIDDEN when they can see but not edit it.
 */
export async function requireEditableExercise<T extends ExerciseView>(
  ctx: Pick<Context, 'viewer' | 'loaders'>,
  exercise: T | null,
  field = 'id',
): Promise<T> {
  if (!exercise || !(await canReadExercise(ctx, exercise))) throw new NotFoundError(`${field}: no exercise you can see has this id.`);
  if (!exercise.createdBy) throw new ForbiddenError('Exercises shipped with Repwise are read-only: create your own variant instead.');
  if (!canEditExercise(ctx.viewer, exercise)) throw new ForbiddenError('Only the coach who created this exercise may change it.');
  return exercise;
}
