import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, Info, ObjectType, Resolver, Root } from 'type-graphql';
import { rawQuery } from '../../db/raw-query.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';
import { ExerciseSetLogType } from './session.type.js';
import { type SetLogRow, setLogColumns, setLogFromRow } from './set-log.rows.js';

/**
 * "Last time" for the live logger: what an athlete did with an exercise in their most recent
 * finished session (COMPLETED or PARTIAL) that has it. A session in progress never counts, so
 * today's own sets do not show up as "last time".
 */

interface LastTimeKey {
  subjectId: number;
  exerciseId: number;
}

interface LastTimeView {
  sessionId: number;
  workoutDate: string;
  sets: ExerciseSetLogType[];
}

@ObjectType('ExerciseLastTime', { description: "What the athlete did with an exercise in their most recent finished session (COMPLETED or PARTIAL) that has it." })
export class ExerciseLastTimeType {
  @Field(() => ID, { description: 'The WorkoutSession it was done in.' })
  sessionId!: string;

  @Field(() => GraphQLLocalDate, { description: "That session's calendar day." })
  workoutDate!: string;

  @Field(() => [ExerciseSetLogType], { description: 'Its sets of this exercise in that session, by setIndex (warm-ups, drop and failure sets included and marked).' })
  sets!: ExerciseSetLogType[];
}

const keyOf = (key: LastTimeKey) => `${key.subjectId}:${key.exerciseId}`;

/**
 * One statement for every (athlete, exercise) asked at one place of a query: a LATERAL join finds
 * each pair's latest finished session through ix_esl_by_session, then its sets are joined in.
 */
export function createLastTimeLoader(em: EntityManager) {
  return new DataLoader<LastTimeKey, LastTimeView | null, string>(
    async (keys) => {
      const rows = await rawQuery<SetLogRow & { workout_date: string; key_subject: number; key_exercise: number }>(
        em,
        `select last.workout_date::text as workout_date, k.subject_id as key_subject, k.exercise_id as key_exercise, ${setLogColumns('l', 'e')}
           from unnest(array[?]::int[], array[?]::int[]) as k(subject_id, exercise_id)
          cross join lateral (
            select s.id, s.workout_date
              from exercise_set_logs x join workout_sessions s on s.id = x.session_id
             where x.subject_id = k.subject_id and x.exercise_id = k.exercise_id and s.status in ('COMPLETED', 'PARTIAL')
             order by s.workout_date desc, s.id desc
             limit 1
          ) last
          join exercise_set_logs l on l.session_id = last.id and l.exercise_id = k.exercise_id
          join exercises e on e.id = l.exercise_id
          order by k.subject_id, k.exercise_id, l.set_index`,
        [keys.map((key) => key.subjectId), keys.map((key) => key.exerciseId)],
      );
      const views = new Map<string, LastTimeView>();
      for (const row of rows) {
        const key = `${row.key_subject}:${row.key_exercise}`;
        let view = views.get(key);
        if (!view) views.set(key, (view = { sessionId: row.session_id!, workoutDate: row.workout_date, sets: [] }));
        view.sets.push(ExerciseSetLogType.from(setLogFromRow(row)));
      }
      return keys.map((key) => views.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}

@Resolver(() => ExerciseType)
export class ExerciseLastTimeResolver {
  @FieldResolver(() => ExerciseLastTimeType, {
    nullable: true,
    description:
      "What an athlete you can read (yourself when athleteId is omitted, or one on your roster; anyone else is NOT_FOUND) did with this exercise last time: the sets of their most recent finished session that has it. Null when they never finished a session with it.",
  })
  async lastTime(
    @Root() exercise: ExerciseType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('athleteId', () => ID, { nullable: true, description: 'The athlete whose history to read; omit for your own.' }) athleteId?: string | null,
  ): Promise<ExerciseLastTimeType | null> {
    const viewer = requireViewer(ctx);
    const subjectId = athleteId ? fromGlobalId(athleteId, 'Athlete', 'athleteId') : viewer.subjectId;
    if (subjectId == null) throw new NotFoundError('athleteId: you keep no training log of your own; name the athlete whose history to read.');
    if (!(await canReadSubject(ctx, subjectId))) throw new NotFoundError('athleteId: no athlete of yours has this id.');
    const view = await loaderAt(ctx, info, 'exerciseLastTime', createLastTimeLoader).load({ subjectId, exerciseId: exercise.dbId });
    if (!view) return null;
    return Object.assign(new ExerciseLastTimeType(), { sessionId: toGlobalId('WorkoutSession', view.sessionId), workoutDate: view.workoutDate, sets: view.sets });
  }
}
