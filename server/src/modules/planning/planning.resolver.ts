import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { PageInfo, checkPageSize, decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { AthleteType } from '../identity/user.type.js';
import { CyclesFilter } from './cycle.inputs.js';
import { CycleConnection, CycleType } from './cycle.type.js';
import {
  type PageKey,
  createAthleteCyclePageLoader,
  createRoutineCyclePageLoader,
  createRoutinePageLoader,
} from './planning.loaders.js';
import { RoutinesFilter } from './routine.inputs.js';
import {
  ProgressionRuleType,
  RoutineAuthorType,
  RoutineConnection,
  RoutineDayExerciseType,
  RoutineDayType,
  RoutineExerciseSetType,
  RoutineType,
} from './routine.type.js';

const DEFAULT_PAGE = 20;

/** A connection from a page loaded with one row more than asked (that row only says a next page exists). */
function connectionOf<E, N>(rows: { row: Record<string, unknown>; entity: E }[], first: number, orderColumn: string, toNode: (entity: E) => N) {
  const edges = rows.slice(0, first).map(({ row, entity }) => ({ cursor: encodeCursor(Number(row[orderColumn])), node: toNode(entity) }));
  return { edges, pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }) };
}

function pageKey(parentId: number, first: number, after: string | null | undefined, filter: PageKey['filter']): PageKey {
  checkPageSize(first);
  return { parentId, first, after: after ? decodeCursor(after) : null, filter };
}

const archivedFilter = (includeArchived: boolean | undefined) => (includeArchived ? '' : 'and t.archived_at is null');

/** The athlete's plans, listed from the planning module (the Athlete type itself lives in identity). */
@Resolver(() => AthleteType)
export class AthletePlansResolver {
  @FieldResolver(() => RoutineConnection, {
    description: "The athlete's routines, newest first (by creation); archived ones only when `filter.includeArchived`.",
  })
  async routines(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => RoutinesFilter, { nullable: true, description: 'Which routines; by default the ones not archived.' }) filter: RoutinesFilter | null,
  ): Promise<RoutineConnection> {
    const sql = `${archivedFilter(filter?.includeArchived)} ${filter?.activeOnly ? 'and t.is_active' : ''}`;
    const rows = await loaderAt(ctx, info, 'routinePage', createRoutinePageLoader).load(pageKey(athlete.dbId, first, after, { sql, params: [] }));
    return connectionOf(rows, first, 'id', RoutineType.from);
  }

  @FieldResolver(() => CycleConnection, {
    description: "The athlete's cycles across routines, newest first (by start through the API); archived ones only when `filter.includeArchived`.",
  })
  async cycles(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => CyclesFilter, { nullable: true, description: 'Which cycles; by default all not archived.' }) filter: CyclesFilter | null,
  ): Promise<CycleConnection> {
    const routineId = filter?.routineId ? fromGlobalId(filter.routineId, 'Routine', 'filter.routineId') : null;
    const sql = `${archivedFilter(filter?.includeArchived)} ${routineId === null ? '' : 'and t.routine_id = ?'}`;
    const key = pageKey(athlete.dbId, first, after, { sql, params: routineId === null ? [] : [routineId] });
    const rows = await loaderAt(ctx, info, 'athleteCyclePage', createAthleteCyclePageLoader).load(key);
    return connectionOf(rows, first, 'id', CycleType.from);
  }
}

@Resolver(() => RoutineType)
export class RoutineResolver {
  @FieldResolver(() => [RoutineDayType], { description: 'Days in rotation order.' })
  async days(@Root() routine: RoutineType, @Ctx() ctx: Context): Promise<RoutineDayType[]> {
    return (await ctx.loaders.daysByRoutineId.load(routine.dbId)).map(RoutineDayType.from);
  }

  @FieldResolver(() => CycleConnection, { description: 'Passes through this routine, newest first (by cycle number).' })
  async cycles(
    @Root() routine: RoutineType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('includeArchived', { defaultValue: false, description: 'Include archived cycles.' }) includeArchived: boolean,
  ): Promise<CycleConnection> {
    const key = pageKey(routine.dbId, first, after, { sql: archivedFilter(includeArchived), params: [] });
    const rows = await loaderAt(ctx, info, 'routineCyclePage', createRoutineCyclePageLoader).load(key);
    return connectionOf(rows, first, 'cycle_number', CycleType.from);
  }

  @FieldResolver(() => AthleteType, { description: 'The athlete who owns the routine.' })
  async athlete(@Root() routine: RoutineType, @Ctx() ctx: Context): Promise<AthleteType> {
    const subject = await ctx.loaders.subjectById.load(routine.subjectId);
    if (!subject) throw new Error(`routine ${routine.dbId} has no subject`);
    return AthleteType.from(subject);
  }

  @FieldResolver(() => RoutineAuthorType, { nullable: true, description: 'Who wrote it; null when unknown or the account was erased.' })
  async createdBy(@Root() routine: RoutineType, @Ctx() ctx: Context): Promise<RoutineAuthorType | null> {
    if (routine.createdById === null) return null;
    const user = await ctx.loaders.userById.load(routine.createdById);
    if (!user) return null;
    return Object.assign(new RoutineAuthorType(), {
      id: toGlobalId('User', user.id),
      displayName: user.fullName ?? user.username,
      role: user.role,
      isViewer: ctx.viewer?.userId === user.id,
    });
  }
}

@Resolver(() => RoutineDayType)
export class RoutineDayResolver {
  @FieldResolver(() => [RoutineDayExerciseType], { description: 'Exercises in order.' })
  async exercises(@Root() day: RoutineDayType, @Ctx() ctx: Context): Promise<RoutineDayExerciseType[]> {
    return (await ctx.loaders.exercisesByDayId.load(day.dbId)).map(RoutineDayExerciseType.from);
  }
}

@Resolver(() => RoutineDayExerciseType)
export class RoutineDayExerciseResolver {
  @FieldResolver(() => [RoutineExerciseSetType], { description: 'Planned sets in order.' })
  async sets(@Root() slot: RoutineDayExerciseType, @Ctx() ctx: Context): Promise<RoutineExerciseSetType[]> {
    return (await ctx.loaders.setsByDayExerciseId.load(slot.dbId)).map(RoutineExerciseSetType.from);
  }

  @FieldResolver(() => ProgressionRuleType, { nullable: true, description: 'How this exercise progresses; null when it has no rule.' })
  async progressionRule(@Root() slot: RoutineDayExerciseType, @Ctx() ctx: Context): Promise<ProgressionRuleType | null> {
    const rule = await ctx.loaders.progressionRuleByDayExerciseId.load(slot.dbId);
    return rule ? ProgressionRuleType.from(rule) : null;
  }
}
