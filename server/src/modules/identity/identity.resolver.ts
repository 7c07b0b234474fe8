import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { BadUserInputError } from '../../graphql/errors.js';
import type { Context } from '../../graphql/context.js';
import { PageInfo, checkPageSize, decodeDayCursor, encodeDayCursor, pageOf } from '../../graphql/connection.js';
import { chooseNextRoutineDay } from '../../engine/rotation.js';
import { SessionFilter } from '../execution/session.inputs.js';
import { WorkoutSessionConnection, WorkoutSessionType } from '../execution/session.type.js';
import { RoutineDayType, RoutineType } from '../planning/routine.type.js';
import { logIn } from './auth.service.js';
import { AthleteType, CoachType, UserType } from './user.type.js';
import { Role } from './user.entity.js';

@InputType({ description: 'The credentials of an account.' })
class LogInInput {
  @Field({ description: 'The login e-mail (case does not matter), up to 254 characters.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'The password, 1–1024 characters.' })
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(1024)
  password!: string;
}

@ObjectType({ description: 'A bearer token for the account that logged in.' })
class LogInPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` (HTTP) or `{ authorization }` (graphql-ws connectionParams).' })
  token!: string;

  @Field(() => UserType, { description: 'The account that logged in.' })
  user!: UserType;
}

@ObjectType({ description: 'One Athlete in a page, with its cursor.' })
class AthleteEdge {
  @Field({ description: 'Pass as `after` to continue after this athlete.' })
  cursor!: string;

  @Field(() => AthleteType, { description: 'The athlete.' })
  node!: AthleteType;
}

@ObjectType({ description: "A page of Athletes: a coach's roster, in the order athletes joined." })
class AthleteConnection {
  @Field(() => [AthleteEdge], { description: 'This page, in list order.' })
  edges!: AthleteEdge[];

  @Field(() => PageInfo, { description: 'Whether more athletes follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Athletes on the whole roster, on all pages.' })
  totalCount!: number;
}

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'The logged-in account; null without a valid token.' })
  async viewer(@Ctx() ctx: Context): Promise<UserType | null> {
    if (!ctx.viewer) return null;
    const user = await ctx.loaders.userById.load(ctx.viewer.userId);
    return user ? UserType.from(user) : null;
  }

  @Mutation(() => LogInPayload, { description: 'Exchange e-mail and password for a bearer token (valid 30 days).' })
  async logIn(@Arg('input', () => LogInInput, { description: 'The e-mail and password.' }) input: LogInInput, @Ctx() ctx: Context): Promise<LogInPayload> {
    const { token, user } = await logIn(ctx.em, input.email, input.password, ctx.client);
    return Object.assign(new LogInPayload(), { token, user: UserType.from(user) });
  }

  @FieldResolver(() => AthleteType, { nullable: true, description: 'The training log of this account, if it has one.' })
  async athlete(@Root() user: UserType, @Ctx() ctx: Context): Promise<AthleteType | null> {
    const subject = await ctx.loaders.subjectByUserId.load(user.dbId);
    return subject ? AthleteType.from(subject) : null;
  }

  @FieldResolver(() => CoachType, { nullable: true, description: 'The coaching view; null unless the account is a coach.' })
  coach(@Root() user: UserType): CoachType | null {
    return user.role === Role.COACH ? Object.assign(new CoachType(), { userId: user.dbId }) : null;
  }
}

@Resolver(() => CoachType)
export class CoachResolver {
  @FieldResolver(() => AthleteConnection, { description: "The coach's roster, in the order athletes joined." })
  async athletes(
    @Root() coach: CoachType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<AthleteConnection> {
    const roster = await ctx.loaders.rosterByCoachId.load(coach.userId);
    const page = pageOf(roster, (row) => row.linkId, first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: AthleteType.from(edge.node.subject) })),
    };
  }
}

@Resolver(() => AthleteType)
export class AthleteResolver {
  @FieldResolver(() => RoutineType, { nullable: true, description: 'The routine the athlete follows now.' })
  async activeRoutine(@Root() athlete: AthleteType, @Ctx() ctx: Context): Promise<RoutineType | null> {
    const routine = await ctx.loaders.activeRoutineBySubjectId.load(athlete.dbId);
    return routine ? RoutineType.from(routine) : null;
  }

  @FieldResolver(() => RoutineDayType, {
    nullable: true,
    description: "Today's plan: the next training day of the active routine after the last finished session.",
  })
  async nextRoutineDay(@Root() athlete: AthleteType, @Ctx() ctx: Context): Promise<RoutineDayType | null> {
    const routine = await ctx.loaders.activeRoutineBySubjectId.load(athlete.dbId);
    if (!routine) return null;
    const [days, last] = await Promise.all([
      ctx.loaders.daysByRoutineId.load(routine.id),
      ctx.loaders.lastFinishedDayIndexByRoutineId.load(routine.id),
    ]);
    const next = chooseNextRoutineDay(days, last?.day_index ?? null);
    return next ? RoutineDayType.from(next) : null;
  }

  @FieldResolver(() => WorkoutSessionType, { nullable: true, description: 'The session in progress, if any.' })
  async currentSession(@Root() athlete: AthleteType, @Ctx() ctx: Context): Promise<WorkoutSessionType | null> {
    const session = await ctx.loaders.currentSessionBySubjectId.load(athlete.dbId);
    return session ? WorkoutSessionType.from(session) : null;
  }

  @FieldResolver(() => WorkoutSessionConnection, { description: "The athlete's sessions, newest first (by day, then id)." })
  async sessions(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => SessionFilter, { nullable: true, description: 'Only sessions in these statuses and days; keep the same filter while paging.' })
    filter: SessionFilter | null,
  ): Promise<WorkoutSessionConnection> {
    checkPageSize(first);
    if (filter?.from && filter.to && filter.from > filter.to) throw new BadUserInputError('filter.from must be on or before filter.to.', 'filter.from');
    const rows = await ctx.loaders.sessionPage.load({
      subjectId: athlete.dbId,
      first,
      after: after ? decodeDayCursor(after) : null,
      filter: filter ? { statuses: filter.status ?? null, from: filter.from ?? null, to: filter.to ?? null } : undefined,
    });
    const edges = rows.slice(0, first).map((session) => ({ cursor: encodeDayCursor(session.workoutDate, session.id), node: WorkoutSessionType.from(session) }));
    return {
      edges,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }),
    };
  }
}
