import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createSessionByIdLoader } from './execution.loaders.js';
import { PersonalBestType } from './personal-best.type.js';
import { CorrectSetLogInput, DeleteSetLogInput, LogSetInput } from './session.inputs.js';
import { ExerciseSetLogType, PersonalRecordType, RecordKind, SessionProgressType, WorkoutSessionType, setLogView } from './session.type.js';
import { SetLogService, type SetLogChange } from './set-log.service.js';

@ObjectType({ description: 'What logSet did, and what the engine made of it.' })
class LogSetPayload {
  @Field(() => ExerciseSetLogType, { description: 'The stored set (the same one on a retry).' })
  setLog!: ExerciseSetLogType;

  @Field(() => SessionProgressType, { description: "The session's progress with this set." })
  progress!: SessionProgressType;

  @Field(() => [PersonalRecordType], { description: 'Records this set set; empty when none (or for a warm-up).' })
  records!: PersonalRecordType[];
}

@ObjectType({ description: 'What correctSetLog did.' })
class CorrectSetLogPayload {
  @Field(() => ExerciseSetLogType, { description: 'The corrected set.' })
  setLog!: ExerciseSetLogType;

  @Field(() => SessionProgressType, { nullable: true, description: "The set's session's progress after the correction; null for a set without a session." })
  progress!: SessionProgressType | null;

  @Field(() => [PersonalBestType], { description: "The exercise's personal bests, recomputed from all its sets." })
  records!: PersonalBestType[];
}

@ObjectType({ description: 'What deleteSetLog did.' })
class DeleteSetLogPayload {
  @Field(() => ID, { description: 'The id of the deleted ExerciseSetLog.' })
  deletedSetLogId!: string;

  @Field(() => SessionProgressType, { nullable: true, description: "The set's session's progress after the deletion; null for a set without a session." })
  progress!: SessionProgressType | null;

  @Field(() => [PersonalBestType], { description: "The exercise's personal bests, recomputed from its remaining sets (empty when none remain)." })
  records!: PersonalBestType[];
}

const changePayload = (change: SetLogChange) => ({
  progress: change.progress ? SessionProgressType.from(change.progress) : null,
  records: change.bests.map(PersonalBestType.fromRow),
});

@Resolver(() => ExerciseSetLogType)
export class SetLogResolver {
  @Mutation(() => LogSetPayload, {
    description:
      'Log a performed set in a session IN_PROGRESS; it needs reps, durationSeconds or distanceMeters. Idempotent on clientId: ' +
      'a retry returns the same set (and the records it set); another set under a used clientId is a CONFLICT.',
  })
  async logSet(@Arg('input', () => LogSetInput, { description: 'The set performed; reuse its clientId when retrying.' }) input: LogSetInput, @Ctx() ctx: Context): Promise<LogSetPayload> {
    const { log, progress, records } = await new SetLogService(ctx).logSet(input);
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

  @Mutation(() => CorrectSetLogPayload, {
    description:
      'Correct a logged set, in any session status; only the fields sent change. Only its athlete may (a coach gets FORBIDDEN). ' +
      "The exercise's personal records are recomputed and the session's watchers get its new progress. Resending the same correction changes nothing.",
  })
  async correctSetLog(@Arg('input', () => CorrectSetLogInput, { description: 'The set and the fields to change.' }) input: CorrectSetLogInput, @Ctx() ctx: Context): Promise<CorrectSetLogPayload> {
    const { log, ...change } = await new SetLogService(ctx).correctSetLog(input);
    return { setLog: ExerciseSetLogType.from(setLogView(log)), ...changePayload(change) };
  }

  @Mutation(() => DeleteSetLogPayload, {
    description:
      "Delete a logged set for good; the exercise's personal records are recomputed and the session's watchers get its new progress. " +
      'Deleting it again is NOT_FOUND with `extensions.alreadyDeleted: true` (your earlier delete went through), so a retry can be treated as done.',
  })
  async deleteSetLog(@Arg('input', () => DeleteSetLogInput, { description: 'The set to delete.' }) input: DeleteSetLogInput, @Ctx() ctx: Context): Promise<DeleteSetLogPayload> {
    const { deletedId, ...change } = await new SetLogService(ctx).deleteSetLog(input);
    return { deletedSetLogId: toGlobalId('ExerciseSetLog', deletedId), ...changePayload(change) };
  }

  @FieldResolver(() => WorkoutSessionType, { nullable: true, description: 'The session the set was logged in; null for history imported without one.' })
  async session(@Root() log: ExerciseSetLogType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkoutSessionType | null> {
    if (log.sessionDbId === null) return null;
    const session = await loaderAt(ctx, info, 'sessionById', createSessionByIdLoader).load(log.sessionDbId);
    return session ? WorkoutSessionType.from(session) : null;
  }
}
