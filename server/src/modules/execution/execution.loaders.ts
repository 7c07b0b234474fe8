import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { type PersonalBestRow, personalBestColumns } from './personal-best.type.js';
import { type SetLogRow, leanSetLogFromRow, leanSetLogRowFromTuple, leanSetLogTuple, setLogColumns, setLogFromRow } from './set-log.rows.js';
import { type WorkoutSessionSource, sessionFromRow } from './session.type.js';
import { fromMicroseconds } from './sql-time.js';
import { SessionStatus, WorkoutSession } from './workout-session.entity.js';
import { rawQuery } from '../../db/raw-query.js';
import { attachExercises } from '../catalog/exercise.type.js';

/** One page of an athlete's sessions, newest first: `first` rows after the (day, id) cursor. */
export interface SessionPageKey {
  subjectId: number;
  first: number;
  after: { day: string; id: number } | null;
  /** Optional narrowing: statuses, and an inclusive day range. */
  filter?: { statuses: SessionStatus[] | null; from: string | null; to: string | null };
}

/** What makes pages of different athletes share one statement: everything but the athlete. */
const sessionPageShape = (key: SessionPageKey) =>
  `${key.first}:${key.after?.day ?? ''}:${key.after?.id ?? ''}:${key.filter?.statuses?.join(',') ?? ''}:${key.filter?.from ?? ''}:${key.filter?.to ?? ''}`;

/**
 * Pages of sessions for many athletes in one statement per distinct (first, after): a LATERAL
 * join walks each athlete's (subject_id, workout_date) index for just `first + 1` rows, so the
 * cost follows the page size, not the length of the history.
 */
function createSessionPageLoader(em: EntityManager) {
  return new DataLoader<SessionPageKey, WorkoutSessionSource[], string>(
    async (keys) => {
      const groups = new Map<string, SessionPageKey[]>();
      for (const key of keys) {
        const group = sessionPageShape(key);
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, WorkoutSessionSource[]>();
      for (const group of groups.values()) {
        const { first, after, filter } = group[0]!;
        const conditions: string[] = [];
        const params: unknown[] = [];
        const where = (condition: string, ...values: unknown[]) => {
          conditions.push(`and ${condition}`);
          params.push(...values);
        };
        if (filter?.statuses) where('s.status in (?)', filter.statuses);
        if (filter?.from) where('s.workout_date >= ?::date', filter.from);
        if (filter?.to) where('s.workout_date <= ?::date', filter.to);
        if (after) where('(s.workout_date, s.id) < (?::date, ?)', after.day, after.id);
        const rows = await rawQuery<Record<string, unknown> & { subject_id: number }>(
          em,
          `select ws.* from unnest(array[?]::int[]) as subject(id)
             cross join lateral (
               select * from workout_sessions s
                where s.subject_id = subject.id ${conditions.join(' ')}
                order by s.workout_date desc, s.id desc
                limit ?
             ) ws`,
          [group.map((key) => key.subjectId), ...params, first + 1],
        );
        const shape = sessionPageShape(group[0]!);
        for (const row of rows) {
          const key = `${row.subject_id}|${shape}`;
          const page = pages.get(key);
          if (page) page.push(sessionFromRow(row));
          else pages.set(key, [sessionFromRow(row)]);
        }
      }
      return keys.map((key) => pages.get(sessionPageCacheKey(key)) ?? []);
    },
    { cacheKeyFn: sessionPageCacheKey },
  );
}

const sessionPageCacheKey = (key: SessionPageKey) => `${key.subjectId}|${sessionPageShape(key)}`;

/**
 * Set logs of sessions, each with its exercise joined, as plain rows (no entity hydration: this
 * is the widest level of a history query). Used through loaderAt: one loader per place in a query.
 */
export function createSetLogLoader(em: EntityManager) {
  return groupLoader(
    async (sessionIds: readonly number[]) => {
      // The widest level of a history query: positional JSON arrays, the exercise read once per id.
      const [result] = await rawQuery<{ rows: unknown[][] | null }>(
        em,
        `select json_agg(json_build_array(${leanSetLogTuple('l')}) order by l.session_id, l.performed_at, l.id) as rows
           from exercise_set_logs l where l.session_id in (?)`,
        [[...sessionIds]],
      );
      const rows = (result?.rows ?? []).map(leanSetLogRowFromTuple);
      return (await attachExercises(em, rows)).map(leanSetLogFromRow);
    },
    (log) => log.sessionId!,
  );
}

/** Set logs by id (a personal best's set, `node(id)`), with their exercise. */
export function createSetLogByIdLoader(em: EntityManager) {
  return oneLoader(
    (ids: readonly number[]) =>
      rawQuery<SetLogRow>(em, `select ${setLogColumns('l', 'e')} from exercise_set_logs l join exercises e on e.id = l.exercise_id where l.id in (?)`, [[...ids]]).then(
        (rows) => rows.map(setLogFromRow),
      ),
    (log) => log.id,
  );
}

/** Sessions by id, for a place in the tree (a set log's or a personal best's session). */
export function createSessionByIdLoader(em: EntityManager) {
  return oneLoader(
    (ids: readonly number[]) => em.find(WorkoutSession, { id: { $in: [...ids] } }),
    (session) => session.id,
  );
}

/** Personal bests by id (`node(id)`), with their exercise. */
export function createPersonalBestByIdLoader(em: EntityManager) {
  return oneLoader(
    (ids: readonly number[]) =>
      rawQuery<PersonalBestRow>(em, `select ${personalBestColumns('pr', 'e')} from personal_records pr join exercises e on e.id = pr.exercise_id where pr.id in (?)`, [
        [...ids],
      ]),
    (row) => row.id,
  );
}

/**
 * The standing personal bests reached in each of many sessions, with their exercise, in one
 * statement (personal_records keeps the session of set records too): by exercise name, then kind.
 */
export function createSessionPersonalBestsLoader(em: EntityManager) {
  return groupLoader(
    (sessionIds: readonly number[]) =>
      rawQuery<PersonalBestRow>(
        em,
        `select ${personalBestColumns('pr', 'e')} from personal_records pr join exercises e on e.id = pr.exercise_id
          where pr.session_id in (?) order by e.name, pr.record_type, pr.id`,
        [[...sessionIds]],
      ),
    (row) => row.session_id!,
  );
}

/** A keyset position in a list ordered by (time desc, id desc): the time in microseconds since the epoch. */
export interface TimeCursor {
  micros: string;
  id: number;
}

/** One page of one athlete's list: `first` rows after the cursor, narrowed by `filter`. */
export interface SubjectPageKey<F> {
  subjectId: number;
  first: number;
  after: TimeCursor | null;
  filter: F;
}

/**
 * Pages of a per-athlete list for many athletes, one statement per distinct page shape (first,
 * after, filter): `fetch` runs a LATERAL join that walks each athlete's index for `first + 1` rows,
 * so the cost follows the page size, not the length of the history, and the statement count
 * follows the query's depth, not the number of athletes.
 */
function subjectPageLoader<F, R extends { subject_id: number }>(
  fetch: (subjectIds: number[], page: Omit<SubjectPageKey<F>, 'subjectId'>) => Promise<R[]>,
) {
  const shapeOf = (key: SubjectPageKey<F>) => JSON.stringify([key.first, key.after, key.filter]);
  return new DataLoader<SubjectPageKey<F>, R[], string>(
    async (keys) => {
      const groups = new Map<string, SubjectPageKey<F>[]>();
      for (const key of keys) groups.set(shapeOf(key), [...(groups.get(shapeOf(key)) ?? []), key]);
      const pages = new Map<string, R[]>();
      for (const [shape, group] of groups) {
        const { first, after, filter } = group[0]!;
        for (const row of await fetch([...new Set(group.map((key) => key.subjectId))], { first, after, filter })) {
          const key = `${row.subject_id}|${shape}`;
          pages.set(key, [...(pages.get(key) ?? []), row]);
        }
      }
      return keys.map((key) => pages.get(`${key.subjectId}|${shapeOf(key)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.subjectId}|${shapeOf(key)}` },
  );
}

export interface SetLogPageFilter {
  exerciseId: number | null;
  /** ISO instants: performed at or after `from`, before `to`. */
  from: string | null;
  to: string | null;
}

/** Pages of athletes' set logs, newest first (performed_at desc, id desc), with their exercise. */
export function createSetLogPageLoader(em: EntityManager) {
  return subjectPageLoader<SetLogPageFilter, SetLogRow>((subjectIds, { first, after, filter }) => {
    const conditions: string[] = [];
    const params: unknown[] = [subjectIds];
    const where = (condition: string, ...values: unknown[]) => {
      conditions.push(condition);
      params.push(...values);
    };
    if (filter.exerciseId !== null) where('l.exercise_id = ?', filter.exerciseId);
    if (filter.from !== null) where('l.performed_at >= ?::timestamptz', filter.from);
    if (filter.to !== null) where('l.performed_at < ?::timestamptz', filter.to);
    if (after) where(`(l.performed_at, l.id) < (${fromMicroseconds()}, ?)`, after.micros, after.id);
    return rawQuery<SetLogRow>(
      em,
      `select page.* from unnest(array[?]::int[]) as subject(id)
         cross join lateral (
           select ${setLogColumns('l', 'e')}
             from exercise_set_logs l join exercises e on e.id = l.exercise_id
            where l.subject_id = subject.id ${conditions.map((condition) => `and ${condition}`).join(' ')}
            order by l.performed_at desc, l.id desc
            limit ?
         ) page`,
      [...params, first + 1],
    );
  });
}

export interface PersonalBestPageFilter {
  exerciseId: number | null;
  kind: string | null;
}

/** Pages of athletes' personal bests, most recently reached first (achieved_at desc, id desc), with their exercise. */
export function createPersonalBestPageLoader(em: EntityManager) {
  return subjectPageLoader<PersonalBestPageFilter, PersonalBestRow>((subjectIds, { first, after, filter }) => {
    const conditions: string[] = [];
    const params: unknown[] = [subjectIds];
    const where = (condition: string, ...values: unknown[]) => {
      conditions.push(condition);
      params.push(...values);
    };
    if (filter.exerciseId !== null) where('pr.exercise_id = ?', filter.exerciseId);
    if (filter.kind !== null) where('pr.record_type = ?', filter.kind);
    if (after) where(`(pr.achieved_at, pr.id) < (${fromMicroseconds()}, ?)`, after.micros, after.id);
    return rawQuery<PersonalBestRow>(
      em,
      `select page.* from unnest(array[?]::int[]) as subject(id)
         cross join lateral (
           select ${personalBestColumns('pr', 'e')}
             from personal_records pr join exercises e on e.id = pr.exercise_id
            where pr.subject_id = subject.id ${conditions.map((condition) => `and ${condition}`).join(' ')}
            order by pr.achieved_at desc, pr.id desc
            limit ?
         ) page`,
      [...params, first + 1],
    );
  });
}

export function createExecutionLoaders(em: EntityManager) {
  return {
    sessionPage: createSessionPageLoader(em),
    setLogById: createSetLogByIdLoader(em),
    personalBestById: createPersonalBestByIdLoader(em),
    sessionById: oneLoader(
      (ids: readonly number[]) => em.find(WorkoutSession, { id: { $in: [...ids] } }),
      (session) => session.id,
    ),
    /** The session each subject has in progress, if any (the latest, should there be several). */
    currentSessionBySubjectId: oneLoader(
      (subjectIds: readonly number[]) =>
        em.find(
          WorkoutSession,
          { subject: { $in: [...subjectIds] }, status: SessionStatus.IN_PROGRESS },
          { orderBy: { workoutDate: 'desc', id: 'desc' } },
        ),
      (session) => session.subject.id,
    ),
    /** Day index of the last finished session of each routine: where the rotation continues. */
    lastFinishedDayIndexByRoutineId: oneLoader(
      (routineIds: readonly number[]) =>
        rawQuery<{ routine_id: number; day_index: number }>(em,
          `select distinct on (rd.routine_id) rd.routine_id, rd.day_index
             from workout_sessions ws join routine_days rd on rd.id = ws.routine_day_id
            where rd.routine_id in (?) and ws.status in ('COMPLETED', 'PARTIAL')
            order by rd.routine_id, ws.workout_date desc, ws.id desc`,
          [[...routineIds]],
        ),
      (row) => row.routine_id,
    ),
    /** Number of planned sets per routine day. */
    plannedSetCountByDayId: oneLoader(
      (dayIds: readonly number[]) =>
        rawQuery<{ routine_day_id: number; planned: number }>(em,
          `select rde.routine_day_id, count(*)::int as planned
             from routine_exercise_sets res join routine_day_exercises rde on rde.id = res.routine_day_exercise_id
            where rde.routine_day_id in (?)
            group by rde.routine_day_id`,
          [[...dayIds]],
        ),
      (row) => row.routine_day_id,
    ),
  };
}
