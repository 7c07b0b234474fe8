import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { checkPageSize, encodeDayCursor } from '../../graphql/connection.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createExecutionLoaders } from '../execution/execution.loaders.js';
import { WorkoutSessionType } from '../execution/session.type.js';
import { athleteOf } from '../identity/profile.resolver.js';
import { AthleteType } from '../identity/user.type.js';
import { createRecoveryPageLoader, createSorenessPageLoader } from './health.loaders.js';
import { connectionOf, dayRange, decodeDayAfter } from './keyset-page.js';
import {
  DeleteRecoverySignalInput,
  DeleteSorenessLogInput,
  RecordRecoverySignalInput,
  RecordSorenessInput,
  RecoverySignalFilter,
  SorenessLogFilter,
} from './recovery.inputs.js';
import { RecoveryService } from './recovery.service.js';
import { RecoverySignalConnection, RecoverySignalType, SorenessLogConnection, SorenessLogType } from './recovery.type.js';

@ObjectType({ description: 'What recordRecoverySignal did.' })
class RecordRecoverySignalPayload {
  @Field(() => RecoverySignalType, { description: 'The reading as saved.' })
  recoverySignal!: RecoverySignalType;

  @Field({ description: 'True when this call created the reading; false when it updated the one of that day and source.' })
  created!: boolean;
}

@ObjectType({ description: 'What recordSoreness did.' })
class RecordSorenessPayload {
  @Field(() => [SorenessLogType], { description: 'The day’s entries for the body parts sent, in the order sent.' })
  sorenessLogs!: SorenessLogType[];
}

@ObjectType({ description: 'What deleteRecoverySignal did.' })
class DeleteRecoverySignalPayload {
  @Field(() => ID, { description: 'Global id of the deleted row.' })
  deletedId!: string;

  @Field(() => AthleteType, { description: 'Whose row it was: refetch their lists from here.' })
  athlete!: AthleteType;
}

@ObjectType({ description: 'What deleteSorenessLog did.' })
class DeleteSorenessLogPayload {
  @Field(() => ID, { description: 'Global id of the deleted row.' })
  deletedId!: string;

  @Field(() => AthleteType, { description: 'Whose row it was: refetch their lists from here.' })
  athlete!: AthleteType;
}

/**
 * The session a row points at, through a loader per place in the query (loaderAt): the readings'
 * and the soreness entries' sessions would otherwise share one loader and be fetched in one or
 * two statements depending on which page query returned first.
 */
async function sessionOf(ctx: Context, info: GraphQLResolveInfo, sessionId: number | null): Promise<WorkoutSessionType | null> {
  if (sessionId === null) return null;
  const session = await loaderAt(ctx, info, 'sessionById', (em) => createExecutionLoaders(em).sessionById).load(sessionId);
  return session ? WorkoutSessionType.from(session) : null;
}

@Resolver(() => AthleteType)
export class AthleteRecoveryResolver {
  @FieldResolver(() => RecoverySignalConnection, { description: 'Recovery readings, newest day first (by day, then id).' })
  async recoverySignals(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => RecoverySignalFilter, { nullable: true, description: 'Only days in this range and/or one source; by default all.' }) filter: RecoverySignalFilter | null,
  ): Promise<RecoverySignalConnection> {
    checkPageSize(first);
    const normalised = { ...dayRange(filter), source: filter?.source ?? null };
    const rows = await loaderAt(ctx, info, 'recoveryPage', createRecoveryPageLoader).load({ subjectId: athlete.dbId, first, after: decodeDayAfter(after), filter: normalised });
    return connectionOf(rows, first, (row) => encodeDayCursor(row.measuredOn, row.dbId), (row) => row);
  }

  @FieldResolver(() => SorenessLogConnection, { description: 'Soreness entries, newest day first (by day, then id).' })
  async sorenessLogs(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => SorenessLogFilter, { nullable: true, description: 'Only days in this range and/or one body part; by default all.' }) filter: SorenessLogFilter | null,
  ): Promise<SorenessLogConnection> {
    checkPageSize(first);
    const normalised = { ...dayRange(filter), bodyPart: filter?.bodyPart ?? null };
    const rows = await loaderAt(ctx, info, 'sorenessPage', createSorenessPageLoader).load({ subjectId: athlete.dbId, first, after: decodeDayAfter(after), filter: normalised });
    return connectionOf(rows, first, (row) => encodeDayCursor(row.loggedOn, row.dbId), (row) => row);
  }

  @Mutation(() => RecordRecoverySignalPayload, {
    description: "Record a day's recovery reading (the athlete only). One per day and source: a retry or a later sync updates it, never adds another.",
  })
  async recordRecoverySignal(@Arg('input', () => RecordRecoverySignalInput, { description: 'The athlete, the day, the source and the reading.' }) input: RecordRecoverySignalInput, @Ctx() ctx: Context): Promise<RecordRecoverySignalPayload> {
    const { row, created } = await new RecoveryService(ctx).recordSignal(input);
    return { recoverySignal: RecoverySignalType.fromRow(row), created };
  }

  @Mutation(() => RecordSorenessPayload, {
    description: 'Record soreness per body part for a day (the athlete only). One entry per day and body part: sending it again updates it.',
  })
  async recordSoreness(@Arg('input', () => RecordSorenessInput, { description: 'The athlete, the day and how sore each body part is.' }) input: RecordSorenessInput, @Ctx() ctx: Context): Promise<RecordSorenessPayload> {
    return { sorenessLogs: (await new RecoveryService(ctx).recordSoreness(input)).map(SorenessLogType.fromRow) };
  }

  @Mutation(() => DeleteRecoverySignalPayload, { description: 'Delete a recovery reading (the athlete only). Deleting it again answers NOT_FOUND.' })
  async deleteRecoverySignal(@Arg('input', () => DeleteRecoverySignalInput, { description: 'The reading to delete.' }) input: DeleteRecoverySignalInput, @Ctx() ctx: Context): Promise<DeleteRecoverySignalPayload> {
    const { id, subjectId } = await new RecoveryService(ctx).deleteSignal(input);
    return { deletedId: toGlobalId('RecoverySignal', id), athlete: await athleteOf(ctx, subjectId) };
  }

  @Mutation(() => DeleteSorenessLogPayload, { description: 'Delete a soreness entry (the athlete only). Deleting it again answers NOT_FOUND.' })
  async deleteSorenessLog(@Arg('input', () => DeleteSorenessLogInput, { description: 'The soreness entry to delete.' }) input: DeleteSorenessLogInput, @Ctx() ctx: Context): Promise<DeleteSorenessLogPayload> {
    const { id, subjectId } = await new RecoveryService(ctx).deleteSoreness(input);
    return { deletedId: toGlobalId('SorenessLog', id), athlete: await athleteOf(ctx, subjectId) };
  }
}

@Resolver(() => RecoverySignalType)
export class RecoverySignalResolver {
  @FieldResolver(() => WorkoutSessionType, { nullable: true, description: 'The session this reading relates to, if any.' })
  session(@Root() signal: RecoverySignalType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkoutSessionType | null> {
    return sessionOf(ctx, info, signal.sessionId);
  }
}

@Resolver(() => SorenessLogType)
export class SorenessLogResolver {
  @FieldResolver(() => WorkoutSessionType, { nullable: true, description: 'The session the athlete blames, if any.' })
  inferredCauseSession(@Root() log: SorenessLogType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkoutSessionType | null> {
    return sessionOf(ctx, info, log.inferredCauseSessionId);
  }
}
