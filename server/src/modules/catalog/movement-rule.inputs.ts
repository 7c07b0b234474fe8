import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MovementPattern, MovementRuleType, RuleCadence } from './catalog.enums.js';

@InputType({ description: 'One rule: about exactly one exercise, or one whole movement pattern.' })
export class MovementRuleInput {
  @Field(() => ID, { nullable: true, description: 'The exercise the rule is about (leave out when `movement` is given).' })
  @IsOptional()
  exerciseId?: string | null;

  @Field(() => MovementPattern, { nullable: true, description: 'The movement pattern the rule is about, every exercise of it (leave out when `exerciseId` is given).' })
  @IsOptional()
  movement?: MovementPattern | null;

  @Field(() => MovementRuleType, { description: 'HARD_NO never include; HARD_YES at least once per cadence; PREFERRED favoured when choosing.' })
  ruleType!: MovementRuleType;

  @Field(() => RuleCadence, { nullable: true, description: 'How often a HARD_YES or PREFERRED rule wants it; PER_MICROCYCLE when left out.' })
  @IsOptional()
  cadence?: RuleCadence | null;

  @Field(() => String, { nullable: true, description: 'Why, e.g. "shoulder impingement": up to 1,000 characters.' })
  @IsOptional()
  @MaxLength(1000, { message: 'notes must be at most 1,000 characters' })
  notes?: string | null;
}

@InputType({ description: "The athlete's complete list of movement rules (it replaces the stored one)." })
export class SetMovementRulesInput {
  @Field(() => ID, { description: 'Yourself, or an athlete on your roster.' })
  athleteId!: string;

  @Field(() => [MovementRuleInput], { description: 'Every rule the athlete has, at most 200; an empty list clears them.' })
  @ArrayMaxSize(200, { message: 'rules may list at most 200 rules' })
  @ValidateNested({ each: true })
  rules!: MovementRuleInput[];
}
