/** Helpers shared by the health and body API tests (kept here, not in test/factories.ts). */
import { expect } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { GqlResult, TestServer } from '../../test/harness.js';
import { Equipment, ForceVector, Mechanics, MovementPattern, MuscleGroup } from '../catalog/catalog.enums.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { User } from '../identity/user.entity.js';

export const athleteId = (subjectId: number) => toGlobalId('Athlete', subjectId);

/** The UTC day `offset` days from today. */
export function dayFromToday(offset: number, now = new Date()): string {
  return new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Runs an operation that must succeed; fails the test with the errors otherwise. */
export async function ok<T>(server: TestServer, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await server.gql<T>(query, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** Asserts the first error's code (and field), returning the result for further checks. */
export function expectError<T>(result: GqlResult<T>, code: string, field?: string): GqlResult<T> {
  expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject(field === undefined ? { code } : { code, field });
  return result;
}

/** Rows of `table` owned by a subject (or matching `where`), read straight from the database. */
export async function countRows(server: TestServer, table: string, where: string, params: unknown[]): Promise<number> {
  const [row] = await rawQuery<{ n: number }>(server.orm.em.fork() as never, `select count(*)::int as n from ${table} where ${where}`, params);
  return row!.n;
}

export { type Page, walkPages as walk } from '../../test/connections.js';

/** Global id of a shipped catalog exercise (the factories ensure the starter catalog). */
export async function catalogExerciseId(server: TestServer, slug: string): Promise<string> {
  const exercise = await server.orm.em.fork().findOneOrFail(Exercise, { slug });
  return toGlobalId('Exercise', exercise.id);
}

/** A coach's private exercise (not public): visible to the coach and their roster only. */
export async function createPrivateExercise(server: TestServer, coachUserId: number): Promise<string> {
  const em = server.orm.em.fork();
  const slug = `private-${Math.random().toString(36).slice(2, 10)}`;
  const exercise = em.create(Exercise, {
    name: `Private lift ${slug}`,
    slug,
    primaryMuscle: MuscleGroup.QUADS,
    movement: MovementPattern.SQUAT,
    mechanics: Mechanics.COMPOUND,
    force: ForceVector.PUSH,
    equipment: Equipment.BARBELL,
    isPublic: false,
    createdBy: em.getReference(User, coachUserId),
  });
  await em.flush();
  return toGlobalId('Exercise', exercise.id);
}

/** Runs SQL that must fail and returns the error (MikroORM's driver exception). */
export async function violation(server: TestServer, sql: string, params: unknown[]): Promise<unknown> {
  try {
    await rawQuery(server.orm.em.fork() as never, sql, params);
  } catch (error) {
    return error;
  }
  throw new Error(`expected a constraint violation from: ${sql}`);
}

/** Named constraints of `tables`, without primary keys and PostgreSQL 18's implicit NOT NULL constraints (contype 'n'). */
export async function constraintsOf(server: TestServer, tables: string[]): Promise<string[]> {
  const rows = await rawQuery<{ conname: string }>(
    server.orm.em.fork() as never,
    `select conname from pg_constraint where contype not in ('p', 'n') and conrelid in (select oid from pg_class where relname in (?) and relnamespace = 'public'::regnamespace) order by conname`,
    [tables],
  );
  return rows.map((row) => row.conname);
}
