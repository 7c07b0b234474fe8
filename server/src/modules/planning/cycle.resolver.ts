import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AdvanceCycleInput, ArchiveCycleInput, StartCycleInput, UpdateCycleInput } from './cycle.inputs.js';
import { CycleService } from './cycle.service.js';
import { CycleType } from './cycle.type.js';
import { PrescriptionReasonType } from './prescription-reason.type.js';
import { RoutineType } from './routine.type.js';

@ObjectType({ description: 'The cycle started (or found again, for a retry) and the cycle it ended.' })
class StartCyclePayload {
  @Field(() => CycleType, { description: 'The cycle now running.' })
  cycle!: CycleType;

  @Field(() => [CycleType], { description: 'The running cycle this start ended; empty when none was running or for a retry.' })
  endedCycles!: CycleType[];

  @Field({ description: 'False when this call repeated a start already made: nothing new was stored.' })
  created!: boolean;
}

@ObjectType({ description: 'What advanceCycle did: the cycle now running and why it is or is not a deload.' })
class AdvanceCyclePayload {
  @Field(() => CycleType, { description: 'The cycle now running (found again for a retry).' })
  cycle!: CycleType;

  @Field({ description: "Whether it is a deload: some progression rule's deloadEveryNCycles divides its cycleNumber." })
  isDeload!: boolean;

  @Field(() => [PrescriptionReasonType], { description: 'One DELOAD per rule deloading at this cycle (naming the exercise), or a single NO_DELOAD.' })
  reasons!: PrescriptionReasonType[];
}

@ObjectType({ description: 'The cycle after the edit.' })
class UpdateCyclePayload {
  @Field(() => CycleType, { description: 'The cycle as stored after the edit.' })
  cycle!: CycleType;
}

@ObjectType({ description: 'The archived cycle.' })
class ArchiveCyclePayload {
  @Field(() => CycleType, { description: 'The archived cycle.' })
  cycle!: CycleType;
}

@Resolver(() => CycleType)
export class CycleResolver {
  @Mutation(() => StartCyclePayload, {
    description:
      'Start the next cycle of a routine you may edit: cycleNumber = highest so far + 1. The running cycle ends the day before ' +
      'startedOn. Repeating a start (same day and values while it runs) returns that cycle, even when the calls race.',
  })
  async startCycle(@Arg('input', () => StartCycleInput, { description: 'The routine and how the cycle starts.' }) input: StartCycleInput, @Ctx() ctx: Context): Promise<StartCyclePayload> {
    const { cycle, ended, created } = await new CycleService(ctx).start(input);
    return { cycle: CycleType.from(cycle), endedCycles: ended.map(CycleType.from), created };
  }

  @Mutation(() => AdvanceCyclePayload, {
    description:
      "Start the routine's next cycle today (numbered like startCycle, ending the running one), marked a deload when any of the routine's progression rules " +
      'deloads at the new number. The athlete or their coach; retrying on the same day returns the same cycle, even when the calls race.',
  })
  async advanceCycle(@Arg('input', () => AdvanceCycleInput, { description: 'The routine to advance.' }) input: AdvanceCycleInput, @Ctx() ctx: Context): Promise<AdvanceCyclePayload> {
    const { cycle, isDeload, reasons } = await new CycleService(ctx).advance(input);
    return { cycle: CycleType.from(cycle), isDeload, reasons: reasons.map(PrescriptionReasonType.from) };
  }

  @Mutation(() => UpdateCyclePayload, { description: 'Edit a cycle: its end, deload flag or notes. endedOn must not be before startedOn.' })
  async updateCycle(@Arg('input', () => UpdateCycleInput, { description: 'The cycle and the fields to change.' }) input: UpdateCycleInput, @Ctx() ctx: Context): Promise<UpdateCyclePayload> {
    return { cycle: CycleType.from(await new CycleService(ctx).update(input)) };
  }

  @Mutation(() => ArchiveCyclePayload, { description: 'Archive a cycle; its sessions keep pointing at it. Archiving twice is a no-op.' })
  async archiveCycle(@Arg('input', () => ArchiveCycleInput, { description: 'The cycle to archive.' }) input: ArchiveCycleInput, @Ctx() ctx: Context): Promise<ArchiveCyclePayload> {
    return { cycle: CycleType.from(await new CycleService(ctx).archive(input)) };
  }

  @FieldResolver(() => RoutineType, { description: 'The routine this cycle runs through.' })
  async routine(@Root() cycle: CycleType, @Ctx() ctx: Context): Promise<RoutineType> {
    const routine = await ctx.loaders.routineById.load(cycle.routineId);
    if (!routine) throw new Error(`cycle ${cycle.dbId} has no routine`);
    return RoutineType.from(routine);
  }
}
