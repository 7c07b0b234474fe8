import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { createCatalogLoaders } from '../catalog/catalog.loaders.js';
import type { MuscleGroup } from '../catalog/catalog.enums.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import { canReadSubject } from '../identity/access.policy.js';
import { AthleteType } from '../identity/user.type.js';
import { PersonalBestType } from '../execution/personal-best.type.js';
import { createAnalyticsInputsLoader, createWindowRecordsLoader } from './analytics.loaders.js';
import { DEFAULT_TREND_LIMIT, DEFAULT_WEEKS, analyticsWindow, attentionOf, e1rmTrends, readinessOn, weeklyAdherence, weeklyVolume } from './analytics.service.js';
import {
  AthleteAnalytics,
  type AttentionReasonCode,
  AttentionType,
  ExerciseTrend,
  ReadinessType,
  WeekAdherence,
  WeekVolume,
} from './analytics.type.js';

/** Athlete.analytics: the field lives on identity's Athlete type, the logic here. */
@Resolver(() => AthleteType)
export class AthleteAnalyticsResolver {
  @FieldResolver(() => AthleteAnalytics, {
    description:
      "Adherence, weekly volume per muscle, e1RM trends, personal bests reached and today's readiness over the last `weeks` ISO weeks up to `asOf`. " +
      'Read-only; the athlete and their coach may read it.',
  })
  async analytics(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('weeks', () => Int, { defaultValue: DEFAULT_WEEKS, description: "ISO weeks to cover, 1–52, ending with asOf's week." }) weeks: number,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: 'The last day counted (readiness is for this day); default today (UTC).' })
    asOf: string | null,
  ): Promise<AthleteAnalytics> {
    const window = analyticsWindow(athlete.dbId, weeks, asOf);
    // The Athlete is only reachable by those who may read it; checked again as this field reads health data.
    if (!(await canReadSubject(ctx, athlete.dbId))) throw new NotFoundError('No such athlete, or not one you may read.');
    const inputs = await loaderAt(ctx, info, 'analyticsInputs', createAnalyticsInputsLoader).load(window);
    return Object.assign(new AthleteAnalytics(), { subjectId: athlete.dbId, window, inputs, weeks: window.weeks, from: window.from, asOf: window.to });
  }
}

@Resolver(() => AthleteAnalytics)
export class AthleteAnalyticsFieldsResolver {
  @FieldResolver(() => [WeekAdherence], { description: 'Planned vs done sessions and sets, one entry per week of the window, oldest first.' })
  adherence(@Root() analytics: AthleteAnalytics): WeekAdherence[] {
    return weeklyAdherence(analytics.inputs, analytics.window);
  }

  @FieldResolver(() => [WeekVolume], { description: 'Hard sets and tonnage per muscle, one entry per week of the window, oldest first.' })
  weeklyVolume(@Root() analytics: AthleteAnalytics): WeekVolume[] {
    return weeklyVolume(analytics.inputs, analytics.window).map((week) => ({
      ...week,
      muscles: week.muscles.map((volume) => ({ ...volume, muscle: volume.muscle as MuscleGroup })),
    }));
  }

  @FieldResolver(() => [PersonalBestType], {
    description:
      'Personal bests reached within the window (by UTC day) that still stand, newest first: what a coach celebrates. ' +
      'A best since beaten by a later one in the window shows as the later one only (all standing bests: Athlete.personalRecords).',
  })
  async records(
    @Root() analytics: AthleteAnalytics,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, 1–100.' }) first: number,
  ): Promise<PersonalBestType[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new BadUserInputError('first must be a whole number from 1 to 100.', 'first');
    const rows = await loaderAt(ctx, info, 'analyticsRecords', createWindowRecordsLoader).load({ subjectId: analytics.subjectId, from: analytics.window.from, to: analytics.window.to, first });
    return rows.map(PersonalBestType.fromRow);
  }

  @FieldResolver(() => [ExerciseTrend], {
    description: "e1RM trends (the athlete's e1RM formula, default Epley) of the exercises trained in the most sessions in the window, most sessions first.",
  })
  async e1rmTrend(
    @Root() analytics: AthleteAnalytics,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('limit', () => Int, { defaultValue: DEFAULT_TREND_LIMIT, description: 'How many exercises, 1–20.' }) limit: number,
  ): Promise<ExerciseTrend[]> {
    const trends = e1rmTrends(analytics.inputs, analytics.window, limit);
    const loader = loaderAt(ctx, info, 'analyticsExercises', (em) => createCatalogLoaders(em).exerciseViewById);
    const exercises = await loader.loadMany(trends.map((trend) => trend.exerciseId));
    return trends.map((trend, i) => {
      const exercise = exercises[i];
      if (!exercise || exercise instanceof Error) throw exercise ?? new Error(`exercise ${trend.exerciseId} of a set log is missing`);
      return Object.assign(new ExerciseTrend(), {
        exerciseId: trend.exerciseId,
        exercise: ExerciseType.from(exercise),
        sessions: trend.sessions,
        latestE1rmKg: trend.latestE1rmKg,
        slopeKgPerWeek: trend.slopeKgPerWeek,
        changePct: trend.changePct,
        points: trend.points.map((point) => ({ date: point.performedOn, e1rmKg: point.e1rmKg })),
      });
    });
  }

  @FieldResolver(() => AttentionType, {
    description: "Whether the athlete needs their coach's attention as of the as-of day, and why: computed from the window's sessions and sets (no extra read).",
  })
  attention(@Root() analytics: AthleteAnalytics): AttentionType {
    const attention = attentionOf(analytics.inputs, analytics.window);
    return Object.assign(new AttentionType(), {
      ...attention,
      reasons: attention.reasons.map((reason) => ({ code: reason.code as AttentionReasonCode, message: reason.message })),
    });
  }

  @FieldResolver(() => ReadinessType, { description: 'Readiness on the as-of day and the load adjustment it implies.' })
  readiness(@Root() analytics: AthleteAnalytics): ReadinessType {
    return ReadinessType.from(readinessOn(analytics.inputs, analytics.window));
  }
}
