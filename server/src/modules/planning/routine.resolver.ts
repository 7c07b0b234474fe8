import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ArchiveRoutineInput, CreateRoutineInput, DuplicateRoutineInput, SetActiveRoutineInput, UpdateRoutineInput } from './routine.inputs.js';
import { RoutineService } from './routine.service.js';
import { RoutineTreeChangesType, RoutineType } from './routine.type.js';

@ObjectType({ description: 'The routine as written, with every day, exercise and planned set.' })
class CreateRoutinePayload {
  @Field(() => RoutineType, { description: 'The new routine.' })
  routine!: RoutineType;

  @Field(() => [RoutineType], { description: 'Routines that stopped being active because this one became active.' })
  deactivatedRoutines!: RoutineType[];
}

@ObjectType({ description: 'The routine after the edit (revision + 1).' })
class UpdateRoutinePayload {
  @Field(() => RoutineType, { description: 'The routine as stored after the edit.' })
  routine!: RoutineType;

  @Field(() => RoutineTreeChangesType, { nullable: true, description: 'What replacing the tree kept, added and removed; null when `days` was not sent.' })
  treeChanges!: RoutineTreeChangesType | null;
}

@ObjectType({ description: 'The archived routine.' })
class ArchiveRoutinePayload {
  @Field(() => RoutineType, { description: 'The archived routine.' })
  routine!: RoutineType;
}

@ObjectType({ description: 'The copy.' })
class DuplicateRoutinePayload {
  @Field(() => RoutineType, { description: 'The new routine (inactive), with the whole tree copied.' })
  routine!: RoutineType;
}

@ObjectType({ description: 'The now active routine and the ones it replaced.' })
class SetActiveRoutinePayload {
  @Field(() => RoutineType, { description: 'The routine now active.' })
  routine!: RoutineType;

  @Field(() => [RoutineType], { description: 'Routines that stopped being active.' })
  deactivatedRoutines!: RoutineType[];
}

@Resolver()
export class RoutineMutationResolver {
  @Mutation(() => CreateRoutinePayload, {
    description:
      'Create a routine with its whole tree in one call and one transaction: dayIndex, position and setIndex are assigned 1, 2, 3 … ' +
      'from array order. For yourself or an athlete you coach (else NOT_FOUND). A second create with the same name for the same ' +
      'athlete — e.g. a retry — is a CONFLICT on `name` and stores nothing.',
  })
  async createRoutine(@Arg('input', () => CreateRoutineInput, { description: 'The routine and its whole tree.' }) input: CreateRoutineInput, @Ctx() ctx: Context): Promise<CreateRoutinePayload> {
    const { routine, deactivated } = await new RoutineService(ctx).create(input);
    return { routine: RoutineType.from(routine), deactivatedRoutines: deactivated.map(RoutineType.from) };
  }

  @Mutation(() => UpdateRoutinePayload, {
    description:
      'Edit a routine you read at `revision`. If it changed since (another edit won), CONFLICT on `revision`: reload and edit again. ' +
      'Sending `days` replaces the whole tree in the same transaction (see UpdateRoutineInput.days for which ids survive). Archived routines are read-only.',
  })
  async updateRoutine(@Arg('input', () => UpdateRoutineInput, { description: 'The edit and the revision it is based on.' }) input: UpdateRoutineInput, @Ctx() ctx: Context): Promise<UpdateRoutinePayload> {
    const { routine, changes } = await new RoutineService(ctx).update(input);
    return { routine: RoutineType.from(routine), treeChanges: changes ? Object.assign(new RoutineTreeChangesType(), changes) : null };
  }

  @Mutation(() => ArchiveRoutinePayload, {
    description: 'Archive a routine (revision-guarded): kept with its history, deactivated, read-only, hidden from lists by default.',
  })
  async archiveRoutine(@Arg('input', () => ArchiveRoutineInput, { description: 'The routine and the revision you read.' }) input: ArchiveRoutineInput, @Ctx() ctx: Context): Promise<ArchiveRoutinePayload> {
    const { routine } = await new RoutineService(ctx).archive(input);
    return { routine: RoutineType.from(routine) };
  }

  @Mutation(() => DuplicateRoutinePayload, {
    description:
      'Copy a routine you may edit (archived ones too) into a new inactive routine of the same athlete: days, exercises, planned sets ' +
      'and progression rules; not its cycles or history. Retry-safe: the same clientId returns the copy it made. CONFLICT on `name` ' +
      'when the name is taken, on `clientId` when the clientId made a copy of another routine; NOT_FOUND for a routine you cannot edit.',
  })
  async duplicateRoutine(@Arg('input', () => DuplicateRoutineInput, { description: 'The routine to copy and the copy\'s clientId.' }) input: DuplicateRoutineInput, @Ctx() ctx: Context): Promise<DuplicateRoutinePayload> {
    const { routine } = await new RoutineService(ctx).duplicate(input);
    return { routine: RoutineType.from(routine) };
  }

  @Mutation(() => SetActiveRoutinePayload, {
    description: "Make a routine the athlete's active one; their other routines are deactivated in the same transaction.",
  })
  async setActiveRoutine(@Arg('input', () => SetActiveRoutineInput, { description: 'The routine to activate.' }) input: SetActiveRoutineInput, @Ctx() ctx: Context): Promise<SetActiveRoutinePayload> {
    const { routine, deactivated } = await new RoutineService(ctx).setActive(input);
    return { routine: RoutineType.from(routine), deactivatedRoutines: deactivated.map(RoutineType.from) };
  }
}
