import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { MovementPattern, MovementRuleType, RuleCadence } from './catalog.enums.js';
import { ExerciseType } from './exercise.type.js';

registerEnumType(MovementRuleType, {
  name: 'MovementRuleType',
  description: "What an athlete's movement rule demands (seed 003).",
  valuesConfig: {
    HARD_NO: { description: 'Never include it: substitution rejects it.' },
    HARD_YES: { description: 'It must appear at least once per cadence: substitution ranks it higher.' },
    PREFERRED: { description: 'Favour it when choosing: substitution ranks it higher, less than HARD_YES.' },
  },
});

registerEnumType(RuleCadence, {
  name: 'RuleCadence',
  description: 'How often a HARD_YES or PREFERRED rule wants its movement.',
  valuesConfig: {
    PER_MICROCYCLE: { description: 'Once in every cycle of the routine.' },
    WEEKLY: { description: 'Once a week.' },
    BIWEEKLY: { description: 'Once every two weeks.' },
  },
});

/** A stored rule as read by hand (subject_movement_rules). */
export interface MovementRuleRow {
  id: number;
  subject_id: number;
  exercise_id: number | null;
  movement: MovementPattern | null;
  rule_type: MovementRuleType;
  cadence: RuleCadence;
  notes: string | null;
  /** PostgreSQL's text for a timestamptz: raw queries return it unparsed. */
  created_at: string;
}

@ObjectType('MovementRule', { description: "One of an athlete's standing rules about an exercise or a movement pattern." })
export class MovementRuleObject {
  /** The exercise's database id, resolved by a loader (null for a pattern rule). */
  exerciseDbId!: number | null;

  @Field(() => ExerciseType, { nullable: true, description: 'The exercise the rule is about; null when it is about a movement pattern.' })
  exercise?: ExerciseType | null;

  @Field(() => MovementPattern, { nullable: true, description: 'The movement pattern the rule is about; null when it is about one exercise.' })
  movement!: MovementPattern | null;

  @Field(() => MovementRuleType, { description: 'What the rule demands.' })
  ruleType!: MovementRuleType;

  @Field(() => RuleCadence, { description: 'How often a HARD_YES or PREFERRED rule wants it.' })
  cadence!: RuleCadence;

  @Field(() => String, { nullable: true, description: 'Why, in the words of whoever set it.' })
  notes!: string | null;

  @Field(() => Date, { description: 'When the rule was stored.' })
  createdAt!: Date;

  static from(row: MovementRuleRow): MovementRuleObject {
    return Object.assign(new MovementRuleObject(), {
      exerciseDbId: row.exercise_id,
      movement: row.movement,
      ruleType: row.rule_type,
      cadence: row.cadence,
      notes: row.notes,
      // Read by hand, the column arrives as PostgreSQL's text (`2026-11-23 18:01:56.248+00`), which DateTimeISO refuses.
      createdAt: new Date(row.created_at),
    });
  }
}
