import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { checkPageSize, encodeDayCursor } from '../../graphql/connection.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { connectionOf, dayRange, decodeDayAfter } from '../health/keyset-page.js';
import { BodyMetricFilter, DeleteBodyMetricsInput, RecordBodyMetricsInput, UpdateAthleteProfileInput } from './profile.inputs.js';
import { createBodyMetricPageLoader } from './profile.loaders.js';
import { ProfileService } from './profile.service.js';
import { AthleteProfileType, BodyMetricConnection, BodyMetricType } from './profile.type.js';
import { AthleteType } from './user.type.js';

@ObjectType({ description: 'What updateAthleteProfile did.' })
class UpdateAthleteProfilePayload {
  @Field(() => AthleteType, { description: 'The athlete whose profile changed.' })
  athlete!: AthleteType;

  @Field(() => AthleteProfileType, { description: 'The profile as saved.' })
  profile!: AthleteProfileType;
}

@ObjectType({ description: 'What recordBodyMetrics did.' })
class RecordBodyMetricsPayload {
  @Field(() => BodyMetricType, { description: 'The day’s measurements as saved.' })
  bodyMetric!: BodyMetricType;

  @Field({ description: 'True when this call created the day’s row; false when it updated the existing one (a retry, or a later reading).' })
  created!: boolean;
}

@ObjectType({ description: 'What deleteBodyMetrics did.' })
class DeleteBodyMetricsPayload {
  @Field(() => ID, { description: 'Id of the deleted BodyMetric.' })
  deletedId!: string;

  @Field(() => AthleteType, { description: 'Whose measurements they were: refetch their list from here.' })
  athlete!: AthleteType;
}

/** Loads the athlete a write touched, for its payload. */
export async function athleteOf(ctx: Context, subjectId: number): Promise<AthleteType> {
  const subject = await ctx.loaders.subjectById.load(subjectId);
  if (!subject) throw new Error(`subject ${subjectId} vanished`);
  return AthleteType.from(subject);
}

@Resolver(() => AthleteType)
export class AthleteProfileResolver {
  @FieldResolver(() => AthleteProfileType, { nullable: true, description: 'Personal details; null until the athlete fills them in.' })
  async profile(@Root() athlete: AthleteType, @Ctx() ctx: Context): Promise<AthleteProfileType | null> {
    const row = await ctx.loaders.profileBySubjectId.load(athlete.dbId);
    return row ? AthleteProfileType.fromRow(row) : null;
  }

  @FieldResolver(() => BodyMetricConnection, { description: 'Body measurements, newest day first (by day, then id).' })
  async bodyMetrics(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => BodyMetricFilter, { nullable: true, description: 'Only days in this range; by default all.' }) filter: BodyMetricFilter | null,
  ): Promise<BodyMetricConnection> {
    checkPageSize(first);
    const key = { subjectId: athlete.dbId, first, after: decodeDayAfter(after), filter: dayRange(filter) };
    const rows = await loaderAt(ctx, info, 'bodyMetricPage', createBodyMetricPageLoader).load(key);
    return connectionOf(rows, first, (row) => encodeDayCursor(row.measuredOn, row.dbId), (row) => row);
  }

  @Mutation(() => UpdateAthleteProfilePayload, {
    description: "Create or change an athlete's profile. Only the athlete themself: a coach may read it but gets FORBIDDEN here.",
  })
  async updateAthleteProfile(@Arg('input', () => UpdateAthleteProfileInput, { description: 'The athlete and the profile fields to change.' }) input: UpdateAthleteProfileInput, @Ctx() ctx: Context): Promise<UpdateAthleteProfilePayload> {
    const row = await new ProfileService(ctx).updateProfile(input);
    return { athlete: await athleteOf(ctx, row.subject_id), profile: AthleteProfileType.fromRow(row) };
  }

  @Mutation(() => RecordBodyMetricsPayload, {
    description:
      "Record a day's body measurements (the athlete only). At most one row per day: a retry or a second reading the same day " +
      'updates that row (sent fields overwrite, omitted ones stay), never adds another.',
  })
  async recordBodyMetrics(@Arg('input', () => RecordBodyMetricsInput, { description: 'The athlete, the day and its measurements.' }) input: RecordBodyMetricsInput, @Ctx() ctx: Context): Promise<RecordBodyMetricsPayload> {
    const { row, created } = await new ProfileService(ctx).recordBodyMetrics(input);
    return { bodyMetric: BodyMetricType.fromRow(row), created };
  }

  @Mutation(() => DeleteBodyMetricsPayload, { description: "Delete a day's body measurements (the athlete only). Deleting them again answers NOT_FOUND." })
  async deleteBodyMetrics(@Arg('input', () => DeleteBodyMetricsInput, { description: 'The day’s measurements to delete.' }) input: DeleteBodyMetricsInput, @Ctx() ctx: Context): Promise<DeleteBodyMetricsPayload> {
    const { id, subjectId } = await new ProfileService(ctx).deleteBodyMetrics(input);
    return { deletedId: toGlobalId('BodyMetric', id), athlete: await athleteOf(ctx, subjectId) };
  }
}
