import { IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new invitation to your roster. Resending the same clientId while it is pending returns it again with a fresh code.' })
export class CreateCoachInviteInput {
  @Field(() => ID, { description: 'A UUID the client generates per invite, so a retry never makes a second one.' })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'Your note of whom it is for, 1–100 characters; only you see it.' })
  @IsOptional()
  @MinLength(1, { message: 'label must not be empty' })
  @MaxLength(100, { message: 'label must be at most 100 characters long' })
  label?: string | null;
}

@InputType({ description: 'A pending invitation to withdraw.' })
export class RevokeCoachInviteInput {
  @Field(() => ID, { description: 'The CoachInvite to revoke.' })
  id!: string;
}

@InputType({ description: "A coach's invitation code, to join their roster." })
export class AcceptCoachInviteInput {
  @Field({ description: 'The code the coach gave you, e.g. `7K3M-9QXD-2HVB-F8TN`; case, spaces and dashes do not matter.' })
  @MinLength(1, { message: 'code must not be empty' })
  @MaxLength(64, { message: 'code must be at most 64 characters long' })
  code!: string;
}

@InputType({ description: 'An athlete to take off your roster.' })
export class RemoveAthleteInput {
  @Field(() => ID, { description: 'The Athlete (from your roster) to remove.' })
  athleteId!: string;
}

@InputType({ description: "A coach whose roster you leave." })
export class LeaveCoachInput {
  @Field(() => ID, { description: 'The CoachLink (from viewer.coaches) to end.' })
  id!: string;
}
