import { Equipment as E, ForceVector as F, Mechanics as M, MovementPattern as P, MuscleGroup as G, SkillLevel as L } from '../../modules/catalog/catalog.enums.js';

export interface CatalogExercise {
  name: string;
  slug: string;
  primaryMuscle: G;
  movement: P;
  mechanics: M;
  force: F;
  equipment: E;
  unilateral?: boolean;
  difficulty: L;
}

const x = (
  name: string,
  primaryMuscle: G,
  movement: P,
  mechanics: M,
  force: F,
  equipment: E,
  difficulty: L,
  unilateral = false,
): CatalogExercise => ({
  name,
  slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
  primaryMuscle,
  movement,
  mechanics,
  force,
  equipment,
  difficulty,
  unilateral,
});

/** The starter catalog: real, common exercises (the full 150+ catalog is issue #3). */
export const STARTER_CATALOG: readonly CatalogExercise[] = [
  x('Barbell Back Squat', G.QUADS, P.SQUAT, M.COMPOUND, F.PUSH, E.BARBELL, L.INTERMEDIATE),
  x('Barbell Front Squat', G.QUADS, P.SQUAT, M.COMPOUND, F.PUSH, E.BARBELL, L.ADVANCED),
  x('Goblet Squat', G.QUADS, P.SQUAT, M.COMPOUND, F.PUSH, E.DUMBBELL, L.BEGINNER),
  x('Leg Press', G.QUADS, P.SQUAT, M.COMPOUND, F.PUSH, E.MACHINE, L.BEGINNER),
  x('Bulgarian Split Squat', G.QUADS, P.LUNGE, M.COMPOUND, F.PUSH, E.DUMBBELL, L.INTERMEDIATE, true),
  x('Walking Lunge', G.QUADS, P.LUNGE, M.COMPOUND, F.PUSH, E.DUMBBELL, L.BEGINNER, true),
  x('Leg Extension', G.QUADS, P.OTHER, M.ISOLATION, F.PUSH, E.MACHINE, L.BEGINNER),
  x('Conventional Deadlift', G.HAMSTRINGS, P.HINGE, M.COMPOUND, F.PULL, E.BARBELL, L.INTERMEDIATE),
  x('Romanian Deadlift', G.HAMSTRINGS, P.HINGE, M.COMPOUND, F.PULL, E.BARBELL, L.INTERMEDIATE),
  x('Trap Bar Deadlift', G.GLUTES, P.HINGE, M.COMPOUND, F.PULL, E.TRAP_BAR, L.BEGINNER),
  x('Seated Leg Curl', G.HAMSTRINGS, P.OTHER, M.ISOLATION, F.PULL, E.MACHINE, L.BEGINNER),
  x('Barbell Hip Thrust', G.GLUTES, P.HINGE, M.COMPOUND, F.PUSH, E.BARBELL, L.BEGINNER),
  x('Standing Calf Raise', G.CALVES, P.CALF_RAISE, M.ISOLATION, F.PUSH, E.MACHINE, L.BEGINNER),
  x('Seated Calf Raise', G.CALVES, P.CALF_RAISE, M.ISOLATION, F.PUSH, E.MACHINE, L.BEGINNER),
  x('Barbell Bench Press', G.CHEST, P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, E.BARBELL, L.INTERMEDIATE),
  x('Incline Dumbbell Press', G.CHEST, P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, E.DUMBBELL, L.BEGINNER),
  x('Dumbbell Bench Press', G.CHEST, P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, E.DUMBBELL, L.BEGINNER),
  x('Push-Up', G.CHEST, P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, E.BODYWEIGHT, L.BEGINNER),
  x('Cable Fly', G.CHEST, P.HORIZONTAL_PUSH, M.ISOLATION, F.PUSH, E.CABLE, L.BEGINNER),
  x('Dip', G.TRICEPS, P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, E.BODYWEIGHT, L.INTERMEDIATE),
  x('Overhead Press', G.SHOULDERS, P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, E.BARBELL, L.INTERMEDIATE),
  x('Seated Dumbbell Shoulder Press', G.SHOULDERS, P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, E.DUMBBELL, L.BEGINNER),
  x('Dumbbell Lateral Raise', G.SHOULDERS, P.OTHER, M.ISOLATION, F.PUSH, E.DUMBBELL, L.BEGINNER),
  x('Face Pull', G.SHOULDERS, P.HORIZONTAL_PULL, M.ISOLATION, F.PULL, E.CABLE, L.BEGINNER),
  x('Pull-Up', G.BACK, P.VERTICAL_PULL, M.COMPOUND, F.PULL, E.BODYWEIGHT, L.INTERMEDIATE),
  x('Lat Pulldown', G.BACK, P.VERTICAL_PULL, M.COMPOUND, F.PULL, E.CABLE, L.BEGINNER),
  x('Barbell Row', G.BACK, P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, E.BARBELL, L.INTERMEDIATE),
  x('One-Arm Dumbbell Row', G.BACK, P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, E.DUMBBELL, L.BEGINNER, true),
  x('Seated Cable Row', G.BACK, P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, E.CABLE, L.BEGINNER),
  x('Barbell Curl', G.BICEPS, P.OTHER, M.ISOLATION, F.PULL, E.BARBELL, L.BEGINNER),
  x('Hammer Curl', G.BICEPS, P.OTHER, M.ISOLATION, F.PULL, E.DUMBBELL, L.BEGINNER),
  x('Triceps Pushdown', G.TRICEPS, P.OTHER, M.ISOLATION, F.PUSH, E.CABLE, L.BEGINNER),
  x('Skull Crusher', G.TRICEPS, P.OTHER, M.ISOLATION, F.PUSH, E.EZ_BAR, L.INTERMEDIATE),
  x('Plank', G.ABS, P.CORE_BRACE, M.ISOLATION, F.STATIC, E.BODYWEIGHT, L.BEGINNER),
  x('Hanging Leg Raise', G.ABS, P.OTHER, M.ISOLATION, F.PULL, E.BODYWEIGHT, L.INTERMEDIATE),
  x('Pallof Press', G.OBLIQUES, P.ANTI_ROTATION, M.ISOLATION, F.STATIC, E.CABLE, L.BEGINNER),
  x("Farmer's Carry", G.FOREARMS, P.CARRY, M.COMPOUND, F.STATIC, E.DUMBBELL, L.BEGINNER),
  x('Kettlebell Swing', G.GLUTES, P.HINGE, M.COMPOUND, F.PULL, E.KETTLEBELL, L.INTERMEDIATE),
];
