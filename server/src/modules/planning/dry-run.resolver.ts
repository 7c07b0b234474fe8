import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';
import { createDryRunLoader } from './dry-run.service.js';
import { DryRunAssumption, RoutineDryRunType } from './dry-run.type.js';
import { RoutineType } from './routine.type.js';

const MAX_CYCLES = 52;

@Resolver(() => RoutineType)
export class RoutineDryRunResolver {
  @FieldResolver(() => RoutineDryRunType, {
    description:
      "Simulate the routine's next `cycles` passes for its athlete under an assumed outcome: every session's targets (rounded to the athlete's plates) " +
      'and the decisions behind them. Reads only. Whoever can read the routine may run it (the athlete, their coach).',
  })
  async dryRun(
    @Root() routine: RoutineType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('cycles', () => Int, { defaultValue: 4, description: 'Passes through the routine’s training days to simulate, 1–52.' }) cycles: number,
    @Arg('assumption', () => DryRunAssumption, { defaultValue: DryRunAssumption.ALL_TARGETS_HIT, description: 'What the athlete is assumed to do.' })
    assumption: DryRunAssumption,
    @Arg('missEvery', () => Int, { defaultValue: 3, description: 'For MISS_LAST_SET_EVERY_NTH_SESSION: every how many sessions the last set is missed, 1–520.' })
    missEvery: number,
  ): Promise<RoutineDryRunType> {
    requireViewer(ctx);
    if (!Number.isInteger(cycles) || cycles < 1 || cycles > MAX_CYCLES) throw new BadUserInputError(`cycles must be between 1 and ${MAX_CYCLES}.`, 'cycles');
    if (!Number.isInteger(missEvery) || missEvery < 1 || missEvery > 520) throw new BadUserInputError('missEvery must be between 1 and 520.', 'missEvery');
    if (!(await canReadSubject(ctx, routine.subjectId))) throw new NotFoundError('No routine of yours or of your athletes has this id.');
    const result = await loaderAt(ctx, info, 'routineDryRun', createDryRunLoader).load({ routineId: routine.dbId, cycles, assumption, missEvery });
    if (!result) throw new NotFoundError('No routine of yours or of your athletes has this id.');
    return RoutineDryRunType.from(result);
  }
}
