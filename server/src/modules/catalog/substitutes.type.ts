import { Field, Float, ObjectType } from 'type-graphql';
import { ExerciseType } from './exercise.type.js';
import type { ReasonView, SubstitutesView } from './substitutes.service.js';

@ObjectType('ExerciseSubstitute', { description: 'An exercise that can stand in for another, with why it was chosen.' })
export class ExerciseSubstituteType {
  @Field(() => ExerciseType, { description: 'The substitute.' })
  exercise!: ExerciseType;

  @Field(() => Float, {
    description: 'Points, higher is closer: same substitution group +50, movement pattern +25, primary muscle +15, secondary-muscle overlap up to +10, mechanics +5.',
  })
  score!: number;

  @Field(() => [String], { description: 'Why it was chosen, in words, one per matching criterion (and a note when a full gym was assumed).' })
  reasons!: string[];

  @Field(() => [String], {
    description: 'The codes of `reasons`, in the same order: SAME_SUBSTITUTION_GROUP, SAME_MOVEMENT, SAME_PRIMARY_MUSCLE, SECONDARY_OVERLAP, SAME_MECHANICS, FULL_GYM_ASSUMED.',
  })
  reasonCodes!: string[];
}

@ObjectType('RejectedSubstitute', { description: 'A related exercise that was turned down, with why.' })
export class RejectedSubstituteType {
  @Field(() => ExerciseType, { description: 'The exercise turned down.' })
  exercise!: ExerciseType;

  @Field(() => [String], { description: 'Why it was turned down first (e.g. the equipment the athlete lacks), then what would have matched.' })
  reasons!: string[];

  @Field(() => [String], { description: 'The codes of `reasons`, in the same order (MISSING_EQUIPMENT, HARD_NO, then the matching criteria).' })
  reasonCodes!: string[];
}

@ObjectType('ExerciseSubstitutes', {
  description:
    "Ranked substitutes for an exercise, for one athlete: from the exercises that athlete can see, filtered by the athlete's equipment. " +
    'An athlete with no equipment recorded is taken to train in a full gym (`assumedFullGym`). The exercise itself is never listed.',
})
export class ExerciseSubstitutesType {
  @Field({ description: 'True when the athlete has no equipment recorded, so every piece of equipment was taken as available.' })
  assumedFullGym!: boolean;

  @Field(() => [ExerciseSubstituteType], { description: 'The best `first` substitutes, highest score first (ties by name).' })
  substitutes!: ExerciseSubstituteType[];

  @Field(() => [RejectedSubstituteType], {
    description: 'Related exercises (same group, pattern or primary muscle) turned down, by name; unrelated exercises are not listed.',
  })
  rejected!: RejectedSubstituteType[];

  static from(view: SubstitutesView): ExerciseSubstitutesType {
    const texts = (reasons: ReasonView[]) => ({ reasons: reasons.map((reason) => reason.message), reasonCodes: reasons.map((reason) => reason.code) });
    return Object.assign(new ExerciseSubstitutesType(), {
      assumedFullGym: view.assumedFullGym,
      substitutes: view.substitutes.map((candidate) =>
        Object.assign(new ExerciseSubstituteType(), { exercise: ExerciseType.from(candidate.exercise), score: candidate.score, ...texts(candidate.reasons) }),
      ),
      rejected: view.rejected.map((candidate) => Object.assign(new RejectedSubstituteType(), { exercise: ExerciseType.from(candidate.exercise), ...texts(candidate.reasons) })),
    });
  }
}
