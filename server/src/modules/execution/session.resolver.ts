import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { computeSessionProgress } from '../../engine/progress.js';
import { NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { SessionProgressEvent } from '../../graphql/pubsub.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';
import { AthleteType } from '../identity/user.type.js';
import { RoutineDayType } from '../planning/routine.type.js';
import { createSetLogLoader } from './execution.loaders.js';
import { CompleteSessionInput, LogSetInput, StartSessionInput } from './session.inputs.js';
import { SessionService } from './session.service.js';
import { ExerciseSetLogType, PersonalRecordType, RecordKind, SessionProgressType, WorkoutSessionType, setLogView } from './session.type.js';

@ObjectType()
class StartSessionPayload {
  @Field(() => WorkoutSessionType)
  session!: WorkoutSessionType;
}

@ObjectType()
class LogSetPayload {
  @Field(() => ExerciseSetLogType)
  setLog!: ExerciseSetLogType;

  @Field(() => SessionProgressType)
  progress!: SessionProgressType;

  @Field(() => [PersonalRecordType], { description: 'Records this set set; empty when none (or for a warm-up).' })
  records!: PersonalRecordType[];
}

@ObjectType()
class CompleteSessionPayload {
  @Field(() => WorkoutSessionType)
  session!: WorkoutSessionType;

  @Field(() => SessionProgressType)
  progress!: SessionProgressType;
}

@Resolver(() => WorkoutSessionType)
export class SessionResolver {
  @Mutation(() => StartSessionPayload, {
    description: 'Start the session for a routine day (IN_PROGRESS). Retrying returns the same session.',
  })
  async startSession(@Arg('input', () => StartSessionInput) input: StartSessionInput, @Ctx() ctx: Context): Promise<StartSessionPayload> {
    const session = await new SessionService(ctx).startSession(input);
    return { session: WorkoutSessionType.from(session) };
  }

  @Mutation(() => LogSetPayload, {
    description: 'Log a performed set. Idempotent on clientId: a retry returns the same set; another set under a used clientId is a CONFLICT.',
  })
  async logSet(@Arg('input', () => LogSetInput) input: LogSetInput, @Ctx() ctx: Context): Promise<LogSetPayload> {
    const { log, progress, records } = await new SessionService(ctx).logSet(input);
    return {
      setLog: ExerciseSetLogType.from(setLogView(log)),
      progress: SessionProgressType.from(progress),
      records: records.map((record) =>
        Object.assign(new PersonalRecordType(), {
          exerciseId: record.exerciseId,
          kind: RecordKind[record.kind],
          valueKg: record.valueKg,
          previousKg: record.previousKg,
        }),
      ),
    };
  }

  @Mutation(() => CompleteSessionPayload, {
    description: 'Finish a session: COMPLETED when every planned set is logged, else PARTIAL. Retrying is a no-op.',
  })
  async completeSession(
    @Arg('input', () => CompleteSessionInput) input: CompleteSessionInput,
    @Ctx() ctx: Context,
  ): Promise<CompleteSessionPayload> {
    const { session, progress } = await new SessionService(ctx).completeSession(input);
    return { session: WorkoutSessionType.from(session), progress: SessionProgressType.from(progress) };
  }

  @Subscription(() => SessionProgressType, {
    description: "A session's progress: the current state at once, then after every logged set and on completion. Its athlete and their coaches may watch.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      requireViewer(ctx);
      const sessionId = fromGlobalId(args.sessionId as string, 'WorkoutSession', 'sessionId');
      const session = await ctx.loaders.sessionById.load(sessionId);
      if (!session || !(await canReadSubject(ctx, session.subject.id))) {
        throw new NotFoundError('sessionId: no session you can watch has this id.');
      }
      return withFirst(ctx.pubSub.subscribe('SESSION_PROGRESS', sessionId), () => new SessionService(ctx).progressOf(sessionId));
    },
  })
  sessionProgress(@Arg('sessionId', () => ID) _sessionId: string, @Root() event: SessionProgressEvent): SessionProgressType {
    return SessionProgressType.from(event);
  }

  @FieldResolver(() => RoutineDayType, { nullable: true, description: 'The planned day this session follows.' })
  async routineDay(@Root() session: WorkoutSessionType, @Ctx() ctx: Context): Promise<RoutineDayType | null> {
    if (session.routineDayId === null) return null;
    const day = await ctx.loaders.routineDayById.load(session.routineDayId);
    return day ? RoutineDayType.from(day) : null;
  }

  @FieldResolver(() => AthleteType)
  async athlete(@Root() session: WorkoutSessionType, @Ctx() ctx: Context): Promise<AthleteType> {
    const subject = await ctx.loaders.subjectById.load(session.subjectId);
    if (!subject) throw new Error(`workout_sessions ${session.dbId} has no subject`);
    return AthleteType.from(subject);
  }

  @FieldResolver(() => [ExerciseSetLogType], { description: 'Logged sets in the order they were performed.' })
  async setLogs(@Root() session: WorkoutSessionType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ExerciseSetLogType[]> {
    return (await loaderAt(ctx, info, 'setLogs', createSetLogLoader).load(session.dbId)).map(ExerciseSetLogType.from);
  }

  @FieldResolver(() => SessionProgressType)
  async progress(@Root() session: WorkoutSessionType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SessionProgressType> {
    const [logs, planned] = await Promise.all([
      loaderAt(ctx, info, 'setLogs', createSetLogLoader).load(session.dbId),
      session.routineDayId === null ? null : ctx.loaders.plannedSetCountByDayId.load(session.routineDayId),
    ]);
    const progress = computeSessionProgress(
      planned?.planned ?? 0,
      logs,
    );
    return SessionProgressType.from({ sessionId: session.dbId, subjectId: session.subjectId, status: session.status, ...progress });
  }
}

@Resolver(() => PersonalRecordType)
export class PersonalRecordResolver {
  @FieldResolver(() => ExerciseType)
  async exercise(@Root() record: PersonalRecordType, @Ctx() ctx: Context): Promise<ExerciseType> {
    const exercise = await ctx.loaders.exerciseById.load(record.exerciseId);
    if (!exercise) throw new Error(`record for missing exercise ${record.exerciseId}`);
    return ExerciseType.from(exercise);
  }
}

/**
 * Yields `first()`, then everything `rest` yields. `rest` starts listening before `first()` is
 * read, so no event falls between the snapshot and the stream; closing the result closes `rest`.
 */
async function* withFirst<T>(rest: AsyncIterable<T>, first: () => Promise<T>): AsyncGenerator<T> {
  const events = rest[Symbol.asyncIterator]();
  const pending = events.next();
  try {
    yield await first();
    for (let result = await pending; !result.done; result = await events.next()) yield result.value;
  } finally {
    await events.return?.();
  }
}
