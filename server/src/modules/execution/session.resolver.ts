import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { computeSessionProgress } from '../../engine/progress.js';
import { NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import type { SessionProgressEvent } from '../../graphql/pubsub.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';
import { AthleteType } from '../identity/user.type.js';
import { RoutineDayType } from '../planning/routine.type.js';
import { createSessionPersonalBestsLoader, createSetLogLoader } from './execution.loaders.js';
import { PersonalBestType } from './personal-best.type.js';
import { CompleteSessionInput, DeleteSessionInput, PlanSessionInput, SkipSessionInput, StartSessionInput, UpdateSessionInput } from './session.inputs.js';
import { createSessionPrescriptionLoader, nextTimeForSession } from './session-prescription.service.js';
import { ExerciseNextTimeType, SessionPrescriptionType } from './session-prescription.type.js';
import { SessionService } from './session.service.js';
import { ExerciseSetLogType, SessionProgressType, WorkoutSessionType } from './session.type.js';

@ObjectType({ description: 'What startSession did.' })
class StartSessionPayload {
  @Field(() => WorkoutSessionType, { description: 'The session now IN_PROGRESS.' })
  session!: WorkoutSessionType;

  @Field(() => SessionPrescriptionType, {
    nullable: true,
    description:
      "Today's targets for the session's routine day (as WorkoutSession.prescription): the first session of a dry run of that day in the session's cycle, " +
      "with the readiness of the session's date and each rule's stored progression. Null when the session follows no routine day.",
  })
  prescription!: SessionPrescriptionType | null;
}

@ObjectType({ description: 'What completeSession did.' })
class CompleteSessionPayload {
  @Field(() => WorkoutSessionType, { description: 'The session, now COMPLETED or PARTIAL.' })
  session!: WorkoutSessionType;

  @Field(() => SessionProgressType, { description: 'Its final progress.' })
  progress!: SessionProgressType;

  @Field(() => [ExerciseNextTimeType], {
    description:
      "Next time's targets for each exercise of the session's routine day with a progression rule: the rule applied to the sets logged in this session. " +
      'completeSession stores this step: the next prescription continues from it. Empty without a routine day.',
  })
  nextTime!: ExerciseNextTimeType[];
}

@ObjectType({ description: 'What planSession did.' })
class PlanSessionPayload {
  @Field(() => WorkoutSessionType, { description: 'The PLANNED session.' })
  session!: WorkoutSessionType;
}

@ObjectType({ description: 'What skipSession did.' })
class SkipSessionPayload {
  @Field(() => WorkoutSessionType, { description: 'The SKIPPED session.' })
  session!: WorkoutSessionType;
}

@ObjectType({ description: 'What updateSession did.' })
class UpdateSessionPayload {
  @Field(() => WorkoutSessionType, { description: 'The session with its new revision.' })
  session!: WorkoutSessionType;
}

@ObjectType({ description: 'What deleteSession did.' })
class DeleteSessionPayload {
  @Field(() => ID, { description: 'The id of the deleted WorkoutSession.' })
  deletedSessionId!: string;
}

@Resolver(() => WorkoutSessionType)
export class SessionResolver {
  @Mutation(() => StartSessionPayload, {
    description:
      "Start a session (PLANNED → IN_PROGRESS): the day's planned session for the routine day, a new one in the day's first free slot " +
      '(a second workout on a day is slot 2), or the PLANNED session named by sessionId. Retrying returns the same session. ' +
      'CONFLICT while another session is in progress or when the session is not PLANNED (the message names its status).',
  })
  async startSession(@Arg('input', () => StartSessionInput, { description: 'The routine day to train, or the PLANNED session to start.' }) input: StartSessionInput, @Ctx() ctx: Context): Promise<StartSessionPayload> {
    const session = await new SessionService(ctx).startSession(input);
    const prescription = session.routineDay ? await createSessionPrescriptionLoader(ctx.em).load(session.id) : null;
    return { session: WorkoutSessionType.from(session), prescription: prescription ? SessionPrescriptionType.from(prescription) : null };
  }

  @Mutation(() => CompleteSessionPayload, {
    description: 'Finish a session: COMPLETED when every planned set is logged, else PARTIAL. Retrying is a no-op.',
  })
  async completeSession(
    @Arg('input', () => CompleteSessionInput, { description: 'The session to finish.' }) input: CompleteSessionInput,
    @Ctx() ctx: Context,
  ): Promise<CompleteSessionPayload> {
    const { session, progress } = await new SessionService(ctx).completeSession(input);
    const nextTime = session.routineDay ? await nextTimeForSession(ctx.em, session.id) : [];
    return { session: WorkoutSessionType.from(session), progress: SessionProgressType.from(progress), nextTime: nextTime.map(ExerciseNextTimeType.from) };
  }

  @Mutation(() => PlanSessionPayload, {
    description: 'Plan a session on a day (PLANNED), in the given slot or the first free one. Retrying returns the same planned session; a taken slot is a CONFLICT.',
  })
  async planSession(@Arg('input', () => PlanSessionInput, { description: 'The day, and optionally the routine day and slot.' }) input: PlanSessionInput, @Ctx() ctx: Context): Promise<PlanSessionPayload> {
    return { session: WorkoutSessionType.from(await new SessionService(ctx).planSession(input)) };
  }

  @Mutation(() => SkipSessionPayload, {
    description: 'Skip a PLANNED session (SKIPPED). Revision-guarded: a stale revision is a CONFLICT; skipping a skipped session is a no-op.',
  })
  async skipSession(@Arg('input', () => SkipSessionInput, { description: 'The session and the revision you read.' }) input: SkipSessionInput, @Ctx() ctx: Context): Promise<SkipSessionPayload> {
    return { session: WorkoutSessionType.from(await new SessionService(ctx).skipSession(input)) };
  }

  @Mutation(() => UpdateSessionPayload, {
    description:
      "Edit a session's notes, location, fatigue or bodyweight, in any status. Revision-guarded: send the revision you read; " +
      'a stale one is a CONFLICT (of two concurrent edits exactly one wins). Success bumps the revision.',
  })
  async updateSession(@Arg('input', () => UpdateSessionInput, { description: 'The session, the revision you read and the fields to change.' }) input: UpdateSessionInput, @Ctx() ctx: Context): Promise<UpdateSessionPayload> {
    return { session: WorkoutSessionType.from(await new SessionService(ctx).updateSession(input)) };
  }

  @Mutation(() => DeleteSessionPayload, {
    description: 'Delete a PLANNED or SKIPPED session; any other status is a CONFLICT. Deleting it again is NOT_FOUND.',
  })
  async deleteSession(@Arg('input', () => DeleteSessionInput, { description: 'The session to delete.' }) input: DeleteSessionInput, @Ctx() ctx: Context): Promise<DeleteSessionPayload> {
    return { deletedSessionId: toGlobalId('WorkoutSession', await new SessionService(ctx).deleteSession(input)) };
  }

  @Subscription(() => SessionProgressType, {
    description:
      "A session's progress: the current state at once, then after every logged, corrected or deleted set and on completion. Its athlete and their coaches may watch.",
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
  sessionProgress(@Arg('sessionId', () => ID, { description: 'The WorkoutSession to watch: yours, or an athlete’s on your roster.' }) _sessionId: string, @Root() event: SessionProgressEvent): SessionProgressType {
    return SessionProgressType.from(event);
  }

  @FieldResolver(() => RoutineDayType, { nullable: true, description: 'The planned day this session follows.' })
  async routineDay(@Root() session: WorkoutSessionType, @Ctx() ctx: Context): Promise<RoutineDayType | null> {
    if (session.routineDayId === null) return null;
    const day = await ctx.loaders.routineDayById.load(session.routineDayId);
    return day ? RoutineDayType.from(day) : null;
  }

  @FieldResolver(() => SessionPrescriptionType, {
    nullable: true,
    description:
      "The targets for the session's routine day, as startSession returned them: computed like the first session of a routine dry run of that day in the session's cycle, " +
      "with the readiness of the session's date and the progression state it started from. Null for a session without a routine day.",
  })
  async prescription(@Root() session: WorkoutSessionType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SessionPrescriptionType | null> {
    if (session.routineDayId === null) return null;
    const view = await loaderAt(ctx, info, 'sessionPrescription', createSessionPrescriptionLoader).load(session.dbId);
    return view ? SessionPrescriptionType.from(view) : null;
  }

  @FieldResolver(() => AthleteType, { description: 'Whose session it is.' })
  async athlete(@Root() session: WorkoutSessionType, @Ctx() ctx: Context): Promise<AthleteType> {
    const subject = await ctx.loaders.subjectById.load(session.subjectId);
    if (!subject) throw new Error(`workout_sessions ${session.dbId} has no subject`);
    return AthleteType.from(subject);
  }

  @FieldResolver(() => [ExerciseSetLogType], { description: 'Logged sets in the order they were performed.' })
  async setLogs(@Root() session: WorkoutSessionType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ExerciseSetLogType[]> {
    return (await loaderAt(ctx, info, 'setLogs', createSetLogLoader).load(session.dbId)).map(ExerciseSetLogType.from);
  }

  @FieldResolver(() => [PersonalBestType], {
    description:
      'The personal bests reached in this session that still stand, by exercise name, then kind. A best since beaten shows on the later session only ' +
      '(every standing best: Athlete.personalRecords).',
  })
  async personalRecords(@Root() session: WorkoutSessionType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PersonalBestType[]> {
    return (await loaderAt(ctx, info, 'sessionPersonalBests', createSessionPersonalBestsLoader).load(session.dbId)).map(PersonalBestType.fromRow);
  }

  @FieldResolver(() => SessionProgressType, { description: 'Sets done against the plan, and tonnage.' })
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
