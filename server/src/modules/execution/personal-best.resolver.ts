import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import { createSessionByIdLoader, createSetLogByIdLoader } from './execution.loaders.js';
import { PersonalBestType } from './personal-best.type.js';
import { ExerciseSetLogType, PersonalRecordType, WorkoutSessionType } from './session.type.js';

@Resolver(() => PersonalBestType)
export class PersonalBestResolver {
  @FieldResolver(() => ExerciseSetLogType, { nullable: true, description: 'The set that holds the record; null for SESSION_VOLUME (a session holds it).' })
  async setLog(@Root() best: PersonalBestType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ExerciseSetLogType | null> {
    if (best.setLogDbId === null) return null;
    const log = await loaderAt(ctx, info, 'setLogById', createSetLogByIdLoader).load(best.setLogDbId);
    return log ? ExerciseSetLogType.from(log) : null;
  }

  @FieldResolver(() => WorkoutSessionType, { nullable: true, description: 'The session it happened in (null for a set logged without one).' })
  async session(@Root() best: PersonalBestType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkoutSessionType | null> {
    if (best.sessionDbId === null) return null;
    const session = await loaderAt(ctx, info, 'sessionById', createSessionByIdLoader).load(best.sessionDbId);
    return session ? WorkoutSessionType.from(session) : null;
  }
}

@Resolver(() => PersonalRecordType)
export class PersonalRecordResolver {
  @FieldResolver(() => ExerciseType, { description: 'The exercise the record is on.' })
  async exercise(@Root() record: PersonalRecordType, @Ctx() ctx: Context): Promise<ExerciseType> {
    const exercise = await ctx.loaders.exerciseById.load(record.exerciseId);
    if (!exercise) throw new Error(`record for missing exercise ${record.exerciseId}`);
    return ExerciseType.from(exercise);
  }
}
