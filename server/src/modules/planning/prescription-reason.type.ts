import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('PrescriptionReason', { description: 'One decision of the training engine, with the numbers behind it.' })
export class PrescriptionReasonType {
  @Field(() => Int, { nullable: true, description: 'The set it is about (setIndex); null when it is about the whole exercise.' })
  setIndex!: number | null;

  @Field({
    description:
      'Stable code to branch on, e.g. PROGRESSION_START (where a rule starts from the plan), PROGRESSION_CONTINUES (from the state the last completed session stored), LOAD_FROM_PROGRESSION, LOAD_FROM_PLAN, ROUNDED, DELOAD, LINEAR_INCREMENT, DOUBLE_REPS_UP, DOUBLE_LOAD_UP.',
  })
  code!: string;

  @Field({ description: 'The decision in words.' })
  message!: string;

  static from(reason: { setIndex?: number | null; code: string; message: string }): PrescriptionReasonType {
    return Object.assign(new PrescriptionReasonType(), { setIndex: reason.setIndex ?? null, code: reason.code, message: reason.message });
  }
}
