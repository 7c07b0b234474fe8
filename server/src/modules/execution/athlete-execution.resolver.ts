import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { PageInfo, checkPageSize } from '../../graphql/connection.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { AthleteType } from '../identity/user.type.js';
import { decodeTimeCursor, encodeTimeCursor } from './execution.cursors.js';
import { createPersonalBestPageLoader, createSetLogPageLoader } from './execution.loaders.js';
import { PersonalBestConnection, PersonalBestType } from './personal-best.type.js';
import { PersonalBestFilter, SetLogFilter } from './session.inputs.js';
import { ExerciseSetLogConnection, ExerciseSetLogType } from './session.type.js';
import { setLogFromRow } from './set-log.rows.js';

/** Builds a connection from `first + 1` rows: the extra row only says there is a next page. */
function connectionOf<R, N>(rows: readonly R[], first: number, cursorOf: (row: R) => string, nodeOf: (row: R) => N) {
  const edges = rows.slice(0, first).map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return { edges, pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }) };
}

/** An athlete's training history as lists a client pages through (the Athlete type lives in identity; these fields are execution's). */
@Resolver(() => AthleteType)
export class AthleteExecutionResolver {
  @FieldResolver(() => ExerciseSetLogConnection, { description: "The athlete's logged sets, newest first (by performedAt, then id), optionally narrowed." })
  async setLogs(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => SetLogFilter, { nullable: true, description: 'Only one exercise and/or a time window; by default all.' }) filter: SetLogFilter | null,
  ): Promise<ExerciseSetLogConnection> {
    checkPageSize(first);
    if (filter?.from && filter.to && filter.from >= filter.to) throw new BadUserInputError('filter.to must be later than filter.from.', 'filter.to');
    const rows = await loaderAt(ctx, info, 'athleteSetLogs', createSetLogPageLoader).load({
      subjectId: athlete.dbId,
      first,
      after: after ? decodeTimeCursor(after) : null,
      filter: {
        exerciseId: filter?.exerciseId ? fromGlobalId(filter.exerciseId, 'Exercise', 'filter.exerciseId') : null,
        from: filter?.from?.toISOString() ?? null,
        to: filter?.to?.toISOString() ?? null,
      },
    });
    return connectionOf(
      rows.map(setLogFromRow),
      first,
      (log) => encodeTimeCursor({ micros: log.performedMicros, id: log.id }),
      ExerciseSetLogType.from,
    );
  }

  @FieldResolver(() => PersonalBestConnection, {
    description: "The athlete's standing personal bests (one per exercise and kind), most recently reached first (by achievedAt, then id).",
  })
  async personalRecords(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => PersonalBestFilter, { nullable: true, description: 'Only one exercise and/or one kind; by default all.' }) filter: PersonalBestFilter | null,
  ): Promise<PersonalBestConnection> {
    checkPageSize(first);
    const rows = await loaderAt(ctx, info, 'athletePersonalBests', createPersonalBestPageLoader).load({
      subjectId: athlete.dbId,
      first,
      after: after ? decodeTimeCursor(after) : null,
      filter: {
        exerciseId: filter?.exerciseId ? fromGlobalId(filter.exerciseId, 'Exercise', 'filter.exerciseId') : null,
        kind: filter?.kind ?? null,
      },
    });
    const bests = rows.map(PersonalBestType.fromRow);
    return connectionOf(bests, first, (best) => encodeTimeCursor({ micros: best.achievedMicros, id: best.dbId }), (best) => best);
  }
}
