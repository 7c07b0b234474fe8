import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { AcceptCoachInviteInput, CreateCoachInviteInput, LeaveCoachInput, RemoveAthleteInput, RevokeCoachInviteInput } from './coaching.inputs.js';
import { CoachingService } from './coaching.service.js';
import { CoachInviteType, CoachLinkType } from './coaching.type.js';
import { CoachType, UserType } from './user.type.js';

@ObjectType({ description: 'A new invitation and its code.' })
class CreateCoachInvitePayload {
  @Field(() => CoachInviteType, { description: 'The invitation (the same one on a retry).' })
  invite!: CoachInviteType;

  @Field({ description: 'The one-time code to give the athlete. Shown only here: it is stored hashed. A retry shows a fresh code and the earlier one stops working.' })
  code!: string;
}

@ObjectType({ description: 'What revokeCoachInvite did.' })
class RevokeCoachInvitePayload {
  @Field(() => CoachInviteType, { description: 'The invitation, now REVOKED.' })
  invite!: CoachInviteType;
}

@ObjectType({ description: 'What acceptCoachInvite did.' })
class AcceptCoachInvitePayload {
  @Field(() => CoachLinkType, { description: 'The coach whose roster you are on.' })
  coach!: CoachLinkType;

  @Field({ description: 'false when you already were on the roster (a retry, or a second invite from the same coach).' })
  joined!: boolean;
}

@ObjectType({ description: 'What removeAthlete did.' })
class RemoveAthletePayload {
  @Field(() => ID, { description: 'The Athlete no longer on your roster.' })
  removedAthleteId!: string;
}

@ObjectType({ description: 'What leaveCoach did.' })
class LeaveCoachPayload {
  @Field(() => ID, { description: 'The CoachLink that ended.' })
  leftCoachLinkId!: string;
}

/** Invites and roster links, from both sides. */
@Resolver()
export class CoachingResolver {
  @Mutation(() => CreateCoachInvitePayload, {
    description: `Coaches: invite an athlete to your roster with a one-time code, valid 7 days (at most 50 pending). Idempotent on clientId while the invite is pending.`,
  })
  async createCoachInvite(@Arg('input', () => CreateCoachInviteInput, { description: 'The clientId and an optional label.' }) input: CreateCoachInviteInput, @Ctx() ctx: Context): Promise<CreateCoachInvitePayload> {
    const { invite, code } = await new CoachingService(ctx).createInvite(input);
    return { invite: CoachInviteType.fromRow(invite), code };
  }

  @Mutation(() => RevokeCoachInvitePayload, { description: 'Coaches: withdraw a pending invite, so its code stops working. Revoking it again answers the same.' })
  async revokeCoachInvite(@Arg('input', () => RevokeCoachInviteInput, { description: 'The invite to withdraw.' }) input: RevokeCoachInviteInput, @Ctx() ctx: Context): Promise<RevokeCoachInvitePayload> {
    return { invite: CoachInviteType.fromRow(await new CoachingService(ctx).revokeInvite(input.id)) };
  }

  @Mutation(() => AcceptCoachInvitePayload, {
    description: "Athletes: join a coach's roster with their code; the coach then reads your training and writes your plans. Retrying answers the same link.",
  })
  async acceptCoachInvite(@Arg('input', () => AcceptCoachInviteInput, { description: 'The code.' }) input: AcceptCoachInviteInput, @Ctx() ctx: Context): Promise<AcceptCoachInvitePayload> {
    const { link, joined } = await new CoachingService(ctx).acceptInvite(input.code);
    return { coach: CoachLinkType.fromRow(link), joined };
  }

  @Mutation(() => RemoveAthletePayload, {
    description: 'Coaches: take an athlete off your roster; you lose access to their data at once. Removing them again is NOT_FOUND with `extensions.alreadyRemoved: true`.',
  })
  async removeAthlete(@Arg('input', () => RemoveAthleteInput, { description: 'The athlete to remove.' }) input: RemoveAthleteInput, @Ctx() ctx: Context): Promise<RemoveAthletePayload> {
    return { removedAthleteId: toGlobalId('Athlete', await new CoachingService(ctx).removeAthlete(input.athleteId)) };
  }

  @Mutation(() => LeaveCoachPayload, {
    description: "Athletes: leave a coach's roster; they lose access to your data at once. Leaving again is NOT_FOUND with `extensions.alreadyLeft: true`.",
  })
  async leaveCoach(@Arg('input', () => LeaveCoachInput, { description: 'The coach link to end.' }) input: LeaveCoachInput, @Ctx() ctx: Context): Promise<LeaveCoachPayload> {
    return { leftCoachLinkId: toGlobalId('CoachLink', await new CoachingService(ctx).leaveCoach(input.id)) };
  }
}

@Resolver(() => CoachType)
export class CoachInvitesResolver {
  @FieldResolver(() => [CoachInviteType], { description: 'Your invites whose codes still work, newest first (at most 50).' })
  async pendingInvites(@Root() coach: CoachType, @Ctx() ctx: Context): Promise<CoachInviteType[]> {
    return (await new CoachingService(ctx).pendingInvites(coach.userId)).map(CoachInviteType.fromRow);
  }
}

@Resolver(() => UserType)
export class UserCoachesResolver {
  @FieldResolver(() => [CoachLinkType], { description: "The coaches whose rosters you are on, in joining order (only your own account's)." })
  async coaches(@Root() user: UserType, @Ctx() ctx: Context): Promise<CoachLinkType[]> {
    return (await new CoachingService(ctx).coachesOf(user.dbId)).map(CoachLinkType.fromRow);
  }
}
