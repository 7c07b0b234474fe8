/** Catalog vocabularies from seed 004 (stored as text with CHECK constraints). */
export enum MuscleGroup {
  CHEST = 'CHEST',
  BACK = 'BACK',
  SHOULDERS = 'SHOULDERS',
  QUADS = 'QUADS',
  HAMSTRINGS = 'HAMSTRINGS',
  GLUTES = 'GLUTES',
  CALVES = 'CALVES',
  BICEPS = 'BICEPS',
  TRICEPS = 'TRICEPS',
  FOREARMS = 'FOREARMS',
  ABS = 'ABS',
  OBLIQUES = 'OBLIQUES',
  FULL_BODY = 'FULL_BODY',
  OTHER = 'OTHER',
}

export enum Equipment {
  BARBELL = 'BARBELL',
  DUMBBELL = 'DUMBBELL',
  MACHINE = 'MACHINE',
  CABLE = 'CABLE',
  BODYWEIGHT = 'BODYWEIGHT',
  KETTLEBELL = 'KETTLEBELL',
  BAND = 'BAND',
  SMITH = 'SMITH',
  TRAP_BAR = 'TRAP_BAR',
  EZ_BAR = 'EZ_BAR',
  PLATE = 'PLATE',
  OTHER = 'OTHER',
}

export enum Mechanics {
  COMPOUND = 'COMPOUND',
  ISOLATION = 'ISOLATION',
}

export enum ForceVector {
  PUSH = 'PUSH',
  PULL = 'PULL',
  STATIC = 'STATIC',
}

export enum SkillLevel {
  BEGINNER = 'BEGINNER',
  INTERMEDIATE = 'INTERMEDIATE',
  ADVANCED = 'ADVANCED',
  EXPERT = 'EXPERT',
  ELITE = 'ELITE',
}

export enum MovementPattern {
  HINGE = 'HINGE',
  SQUAT = 'SQUAT',
  LUNGE = 'LUNGE',
  HORIZONTAL_PUSH = 'HORIZONTAL_PUSH',
  HORIZONTAL_PULL = 'HORIZONTAL_PULL',
  VERTICAL_PUSH = 'VERTICAL_PUSH',
  VERTICAL_PULL = 'VERTICAL_PULL',
  CARRY = 'CARRY',
  ROTATION = 'ROTATION',
  ANTI_ROTATION = 'ANTI_ROTATION',
  HIP_ABDUCTION = 'HIP_ABDUCTION',
  HIP_ADDUCTION = 'HIP_ADDUCTION',
  CALF_RAISE = 'CALF_RAISE',
  CORE_BRACE = 'CORE_BRACE',
  OTHER = 'OTHER',
}

/** What a set of this exercise is measured in (seed 003 `MetricType`). */
export enum MetricType {
  REPS = 'REPS',
  TIME = 'TIME',
  TIME_UNDER_TENSION = 'TIME_UNDER_TENSION',
  DISTANCE = 'DISTANCE',
}

/** Central-nervous-system demand of an exercise (seed 003 `CNSLoad`). */
export enum CnsLoad {
  VERY_LOW = 'VERY_LOW',
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
  VERY_HIGH = 'VERY_HIGH',
}

/** How one exercise relates to another (seed 003 `RelationshipType`). */
export enum ExerciseRelationshipType {
  PROGRESSION = 'PROGRESSION',
  REGRESSION = 'REGRESSION',
  VARIATION = 'VARIATION',
  ANTAGONIST = 'ANTAGONIST',
  PREP = 'PREP',
}

/** Seed 003 MovementRuleType (DB values). */
export enum MovementRuleType {
  HARD_NO = 'HARD_NO',
  HARD_YES = 'HARD_YES',
  PREFERRED = 'PREFERRED',
}

/** Seed 003 RuleCadence: how often a HARD_YES / PREFERRED rule wants the movement. */
export enum RuleCadence {
  PER_MICROCYCLE = 'PER_MICROCYCLE',
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
}
