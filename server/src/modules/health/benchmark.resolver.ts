import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { checkPageSize, encodeDayCursor } from '../../graphql/connection.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { athleteOf } from '../identity/profile.resolver.js';
import { AthleteType } from '../identity/user.type.js';
import { BenchmarkFilterInput, DeleteBenchmarkInput, RecordBenchmarkInput, UpdateBenchmarkInput } from './benchmark.inputs.js';
import { BenchmarkService } from './benchmark.service.js';
import { BenchmarkConnection, BenchmarkEntryType } from './benchmark.type.js';
import { createBenchmarkPageLoader } from './health.loaders.js';
import { connectionOf, decodeDayAfter } from './keyset-page.js';

@ObjectType({ description: 'What recordBenchmark did.' })
class RecordBenchmarkPayload {
  @Field(() => BenchmarkEntryType, { description: 'The benchmark as saved.' })
  benchmark!: BenchmarkEntryType;

  @Field({ description: 'True when this call added the benchmark; false when it updated the one of that kind and day (a retry, or a corrected value).' })
  created!: boolean;
}

@ObjectType({ description: 'What updateBenchmark did.' })
class UpdateBenchmarkPayload {
  @Field(() => BenchmarkEntryType, { description: 'The benchmark as saved.' })
  benchmark!: BenchmarkEntryType;
}

@ObjectType({ description: 'What deleteBenchmark did.' })
class DeleteBenchmarkPayload {
  @Field(() => ID, { description: 'Global id of the deleted row.' })
  deletedId!: string;

  @Field(() => AthleteType, { description: 'Whose benchmark it was: refetch their lists from here.' })
  athlete!: AthleteType;
}

@Resolver(() => AthleteType)
export class AthleteBenchmarkResolver {
  @FieldResolver(() => BenchmarkConnection, { description: 'Benchmarks over time, the most recently established first (by day, then id).' })
  async benchmarks(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => BenchmarkFilterInput, { nullable: true, description: 'Only one type and/or exercise; by default all.' }) filter: BenchmarkFilterInput | null,
  ): Promise<BenchmarkConnection> {
    checkPageSize(first);
    const normalised = {
      metricType: filter?.metricType ?? null,
      exerciseId: filter?.exerciseId ? fromGlobalId(filter.exerciseId, 'Exercise', 'filter.exerciseId') : null,
    };
    const rows = await loaderAt(ctx, info, 'benchmarkPage', createBenchmarkPageLoader).load({ subjectId: athlete.dbId, first, after: decodeDayAfter(after), filter: normalised });
    return connectionOf(rows, first, (row) => encodeDayCursor(row.establishedOn, row.dbId), (row) => row);
  }

  @FieldResolver(() => [BenchmarkEntryType], {
    description: 'The current benchmark of each kind: the latest (by day, then id) per type and exercise, ordered by type, then exercise name.',
  })
  currentBenchmarks(@Root() athlete: AthleteType, @Ctx() ctx: Context): Promise<BenchmarkEntryType[]> {
    return ctx.loaders.currentBenchmarksBySubjectId.load(athlete.dbId);
  }

  @Mutation(() => RecordBenchmarkPayload, {
    description:
      'Record a benchmark for an athlete (the athlete, or a coach with them on the roster). ONE_RM and TRAINING_MAX need exerciseId. ' +
      'At most one per type, exercise and day: a retry or a second record that day updates it. Audited.',
  })
  async recordBenchmark(@Arg('input', () => RecordBenchmarkInput, { description: 'The athlete, what was measured, its value and day.' }) input: RecordBenchmarkInput, @Ctx() ctx: Context): Promise<RecordBenchmarkPayload> {
    return new BenchmarkService(ctx).record(input);
  }

  @Mutation(() => UpdateBenchmarkPayload, { description: 'Correct a benchmark (the athlete or their coach). Audited; a retry changes nothing.' })
  async updateBenchmark(@Arg('input', () => UpdateBenchmarkInput, { description: 'The benchmark and the fields to change.' }) input: UpdateBenchmarkInput, @Ctx() ctx: Context): Promise<UpdateBenchmarkPayload> {
    return { benchmark: await new BenchmarkService(ctx).update(input) };
  }

  @Mutation(() => DeleteBenchmarkPayload, { description: 'Delete a benchmark (the athlete or their coach). Audited; deleting it again answers NOT_FOUND.' })
  async deleteBenchmark(@Arg('input', () => DeleteBenchmarkInput, { description: 'The benchmark to delete.' }) input: DeleteBenchmarkInput, @Ctx() ctx: Context): Promise<DeleteBenchmarkPayload> {
    const { id, subjectId } = await new BenchmarkService(ctx).delete(input);
    return { deletedId: toGlobalId('Benchmark', id), athlete: await athleteOf(ctx, subjectId) };
  }
}
