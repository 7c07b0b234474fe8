/**
 * The shipped exercise catalog: real exercises with their classification (seed 004), load and
 * measurement (seed 003), the equipment they need (seed 002), the names people search them by,
 * and how they relate to each other. `catalog.seeder.ts` makes the database match this file at
 * every start. Slugs are derived from names and are the stable key: never rename an entry whose
 * slug is referenced (the generator's splits, tests), and never remove one (history points at it).
 */
import {
  CnsLoad as C,
  Equipment as E,
  ExerciseRelationshipType as R,
  ForceVector as F,
  Mechanics as M,
  MetricType as T,
  MovementPattern as P,
  MuscleGroup as G,
  SkillLevel as L,
} from '../../modules/catalog/catalog.enums.js';

export interface CatalogEquipment {
  code: string;
  name: string;
  description: string | null;
}

export interface CatalogExercise {
  name: string;
  slug: string;
  primaryMuscle: G;
  /** Trained too, counted at half by volume analytics; never the primary muscle. */
  secondaryMuscles: readonly G[];
  movement: P;
  mechanics: M;
  force: F;
  /** The coarse kind (fast filters); `equipmentItems` lists everything it needs. */
  equipment: E;
  /** Codes of CATALOG_EQUIPMENT; empty when nothing but the body (and a floor) is needed. */
  equipmentItems: readonly string[];
  unilateral: boolean;
  difficulty: L;
  metricType: T;
  cnsLoad: C;
  /** Exercises sharing a group are interchangeable for substitution (seed 003). */
  substitutionGroup: string | null;
  aliases: readonly string[];
  tags: readonly string[];
}

export interface CatalogRelationship {
  source: string;
  type: R;
  target: string;
  notes: string | null;
}

/** The curated tag vocabulary (seed 003's disciplines that are not movement patterns). */
export const CATALOG_TAGS = [
  'bodybuilding',
  'calisthenics',
  'conditioning',
  'core',
  'endurance',
  'isometric',
  'olympic',
  'plyometric',
  'powerlifting',
  'prehab',
  'strongman',
  'unilateral',
] as const;

export const CATALOG_EQUIPMENT: readonly CatalogEquipment[] = [
  { code: 'BARBELL', name: 'Barbell', description: 'Olympic barbell: 20 kg, 2.2 m (15 kg, 2.01 m for the women’s bar).' },
  { code: 'EZ_BAR', name: 'EZ curl bar', description: 'Short bar with angled grips that spare the wrists in curls and extensions.' },
  { code: 'TRAP_BAR', name: 'Trap bar', description: 'Hexagonal bar you stand inside; also called a hex bar.' },
  { code: 'SAFETY_SQUAT_BAR', name: 'Safety squat bar', description: 'Cambered, padded squat bar with forward handles.' },
  { code: 'WEIGHT_PLATES', name: 'Weight plates', description: 'Iron or bumper plates to load bars, machines and belts.' },
  { code: 'DUMBBELL', name: 'Dumbbells', description: 'A pair of fixed or adjustable dumbbells.' },
  { code: 'KETTLEBELL', name: 'Kettlebell', description: null },
  { code: 'FLAT_BENCH', name: 'Flat bench', description: null },
  { code: 'ADJUSTABLE_BENCH', name: 'Adjustable bench', description: 'Bench that inclines (and usually declines).' },
  { code: 'SQUAT_RACK', name: 'Squat rack', description: 'Power rack or squat stands with safety arms.' },
  { code: 'SMITH_MACHINE', name: 'Smith machine', description: 'Barbell fixed in vertical rails.' },
  { code: 'PULL_UP_BAR', name: 'Pull-up bar', description: null },
  { code: 'DIP_STATION', name: 'Dip station', description: 'Parallel bars for dips, L-sits and leg raises.' },
  { code: 'GYMNASTIC_RINGS', name: 'Gymnastic rings', description: null },
  { code: 'CABLE_STATION', name: 'Cable station', description: 'Adjustable pulley (single stack or crossover) with handles and a rope.' },
  { code: 'LAT_PULLDOWN_MACHINE', name: 'Lat pulldown machine', description: null },
  { code: 'LEG_PRESS_MACHINE', name: 'Leg press machine', description: '45° sled leg press.' },
  { code: 'HACK_SQUAT_MACHINE', name: 'Hack squat machine', description: null },
  { code: 'LEG_EXTENSION_MACHINE', name: 'Leg extension machine', description: null },
  { code: 'LEG_CURL_MACHINE', name: 'Leg curl machine', description: 'Seated or lying hamstring curl machine.' },
  { code: 'STANDING_CALF_MACHINE', name: 'Standing calf raise machine', description: null },
  { code: 'SEATED_CALF_MACHINE', name: 'Seated calf raise machine', description: null },
  { code: 'CHEST_PRESS_MACHINE', name: 'Chest press machine', description: null },
  { code: 'SHOULDER_PRESS_MACHINE', name: 'Shoulder press machine', description: null },
  { code: 'PEC_DECK', name: 'Pec deck', description: 'Fly machine; most also do reverse (rear delt) flyes.' },
  { code: 'HIP_ABDUCTION_MACHINE', name: 'Hip abduction machine', description: null },
  { code: 'HIP_ADDUCTION_MACHINE', name: 'Hip adduction machine', description: null },
  { code: 'PREACHER_BENCH', name: 'Preacher curl bench', description: null },
  { code: 'BACK_EXTENSION_BENCH', name: 'Back extension bench', description: '45° hyperextension bench.' },
  { code: 'GHD', name: 'Glute-ham developer', description: 'Pad and foot plate for glute-ham raises and GHD sit-ups.' },
  { code: 'LANDMINE', name: 'Landmine', description: 'A pivot that holds one end of a barbell.' },
  { code: 'RESISTANCE_BAND', name: 'Resistance band', description: 'Loop or mini band.' },
  { code: 'AB_WHEEL', name: 'Ab wheel', description: null },
  { code: 'PLYO_BOX', name: 'Plyo box', description: 'Sturdy box, 30–75 cm, for jumps, step-ups and box squats.' },
  { code: 'MEDICINE_BALL', name: 'Medicine ball', description: 'Soft wall ball or dead-bounce slam ball.' },
  { code: 'DIP_BELT', name: 'Dip belt', description: 'Belt and chain to hang plates for weighted dips and pull-ups.' },
  { code: 'JUMP_ROPE', name: 'Jump rope', description: null },
  { code: 'BATTLE_ROPES', name: 'Battle ropes', description: null },
  { code: 'SLED', name: 'Sled', description: 'Push (prowler) or drag sled.' },
  { code: 'ROWING_ERGOMETER', name: 'Rowing ergometer', description: 'Indoor rower, e.g. Concept2 RowErg.' },
  { code: 'SKI_ERGOMETER', name: 'Ski ergometer', description: 'Standing double-pole trainer, e.g. Concept2 SkiErg.' },
  { code: 'STATIONARY_BIKE', name: 'Stationary bike', description: 'Upright or spin bike.' },
  { code: 'AIR_BIKE', name: 'Air bike', description: 'Fan bike with moving arms (Assault, Echo).' },
  { code: 'TREADMILL', name: 'Treadmill', description: null },
];

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Extras {
  /** Aliases. */
  a?: readonly string[];
  /** Tags (besides `unilateral`, added from `u`). */
  t?: readonly string[];
  /** Unilateral. */
  u?: boolean;
  /** Metric type; REPS when absent. */
  m?: T;
  /** CNS load; LOW for isolation and MODERATE for compound lifts when absent. */
  c?: C;
  /** Substitution group. */
  g?: string;
}

/**
 * One entry: `muscles` is the primary muscle then the secondary ones; `kit` the equipment kind
 * then the equipment item codes it needs.
 */
const x = (
  name: string,
  muscles: readonly [G, ...G[]],
  movement: P,
  mechanics: M,
  force: F,
  kit: readonly [E, ...string[]],
  difficulty: L,
  extras: Extras = {},
): CatalogExercise => {
  const [primaryMuscle, ...secondaryMuscles] = muscles;
  const [equipment, ...equipmentItems] = kit;
  const unilateral = extras.u ?? false;
  return {
    name,
    slug: slugify(name),
    primaryMuscle,
    secondaryMuscles,
    movement,
    mechanics,
    force,
    equipment,
    equipmentItems,
    unilateral,
    difficulty,
    metricType: extras.m ?? T.REPS,
    cnsLoad: extras.c ?? (mechanics === M.ISOLATION ? C.LOW : C.MODERATE),
    substitutionGroup: extras.g ?? null,
    aliases: extras.a ?? [],
    tags: [...(extras.t ?? []), ...(unilateral ? ['unilateral'] : [])],
  };
};

const BB = [E.BARBELL, 'BARBELL', 'WEIGHT_PLATES'] as const;
const BB_RACK = [E.BARBELL, 'BARBELL', 'WEIGHT_PLATES', 'SQUAT_RACK'] as const;
const BB_BENCH = [E.BARBELL, 'BARBELL', 'WEIGHT_PLATES', 'FLAT_BENCH', 'SQUAT_RACK'] as const;
const DB = [E.DUMBBELL, 'DUMBBELL'] as const;
const CABLE = [E.CABLE, 'CABLE_STATION'] as const;
const BW = [E.BODYWEIGHT] as const;

export const CATALOG: readonly CatalogExercise[] = [
  // Squats
  x('Barbell Back Squat', [G.QUADS, G.GLUTES, G.HAMSTRINGS, G.ABS], P.SQUAT, M.COMPOUND, F.PUSH, BB_RACK, L.INTERMEDIATE, { a: ['Back Squat', 'Squat', 'BB Squat', 'High-Bar Squat'], t: ['powerlifting'], c: C.HIGH, g: 'squat' }),
  x('Barbell Front Squat', [G.QUADS, G.GLUTES, G.ABS], P.SQUAT, M.COMPOUND, F.PUSH, BB_RACK, L.ADVANCED, { a: ['Front Squat'], t: ['olympic'], c: C.HIGH, g: 'squat' }),
  x('Goblet Squat', [G.QUADS, G.GLUTES, G.ABS], P.SQUAT, M.COMPOUND, F.PUSH, DB, L.BEGINNER, { a: ['DB Goblet Squat', 'Kettlebell Goblet Squat'], c: C.LOW, g: 'squat' }),
  x('Leg Press', [G.QUADS, G.GLUTES], P.SQUAT, M.COMPOUND, F.PUSH, [E.MACHINE, 'LEG_PRESS_MACHINE', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['45° Leg Press', 'Sled Leg Press'], t: ['bodybuilding'], c: C.LOW, g: 'squat' }),
  x('Bodyweight Squat', [G.QUADS, G.GLUTES], P.SQUAT, M.COMPOUND, F.PUSH, BW, L.BEGINNER, { a: ['Air Squat', 'BW Squat'], t: ['calisthenics'], c: C.VERY_LOW, g: 'squat' }),
  x('Box Squat', [G.QUADS, G.GLUTES, G.HAMSTRINGS], P.SQUAT, M.COMPOUND, F.PUSH, [...BB_RACK, 'PLYO_BOX'], L.INTERMEDIATE, { a: ['Barbell Box Squat'], t: ['powerlifting'], c: C.HIGH, g: 'squat' }),
  x('Pause Squat', [G.QUADS, G.GLUTES, G.ABS], P.SQUAT, M.COMPOUND, F.PUSH, BB_RACK, L.ADVANCED, { a: ['Paused Back Squat', 'Paused Squat'], t: ['powerlifting'], c: C.HIGH, g: 'squat' }),
  x('Safety Bar Squat', [G.QUADS, G.GLUTES, G.BACK], P.SQUAT, M.COMPOUND, F.PUSH, [E.BARBELL, 'SAFETY_SQUAT_BAR', 'WEIGHT_PLATES', 'SQUAT_RACK'], L.INTERMEDIATE, { a: ['SSB Squat', 'Safety Squat Bar Squat'], t: ['powerlifting'], c: C.HIGH, g: 'squat' }),
  x('Zercher Squat', [G.QUADS, G.GLUTES, G.ABS, G.BICEPS], P.SQUAT, M.COMPOUND, F.PUSH, BB_RACK, L.ADVANCED, { a: ['Zercher'], t: ['strongman'], c: C.HIGH, g: 'squat' }),
  x('Overhead Squat', [G.QUADS, G.SHOULDERS, G.ABS, G.GLUTES], P.SQUAT, M.COMPOUND, F.PUSH, BB_RACK, L.EXPERT, { a: ['OHS'], t: ['olympic'], c: C.HIGH }),
  x('Hack Squat', [G.QUADS, G.GLUTES], P.SQUAT, M.COMPOUND, F.PUSH, [E.MACHINE, 'HACK_SQUAT_MACHINE', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Machine Hack Squat'], t: ['bodybuilding'], g: 'squat' }),
  x('Smith Machine Squat', [G.QUADS, G.GLUTES], P.SQUAT, M.COMPOUND, F.PUSH, [E.SMITH, 'SMITH_MACHINE', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Smith Squat'], t: ['bodybuilding'], g: 'squat' }),
  x('Sissy Squat', [G.QUADS], P.SQUAT, M.ISOLATION, F.PUSH, BW, L.INTERMEDIATE, { t: ['bodybuilding', 'calisthenics'], g: 'quad_isolation' }),
  x('Wall Sit', [G.QUADS, G.GLUTES], P.SQUAT, M.ISOLATION, F.STATIC, BW, L.BEGINNER, { a: ['Wall Squat Hold'], t: ['isometric'], m: T.TIME, c: C.VERY_LOW, g: 'quad_isolation' }),
  x('Pistol Squat', [G.QUADS, G.GLUTES, G.ABS], P.SQUAT, M.COMPOUND, F.PUSH, BW, L.ADVANCED, { a: ['Single-Leg Squat', 'Pistol'], t: ['calisthenics'], u: true, g: 'lunge' }),
  x('Jump Squat', [G.QUADS, G.GLUTES, G.CALVES], P.SQUAT, M.COMPOUND, F.PUSH, BW, L.BEGINNER, { a: ['Squat Jump'], t: ['plyometric'], g: 'jump' }),
  x('Box Jump', [G.QUADS, G.GLUTES, G.CALVES], P.SQUAT, M.COMPOUND, F.PUSH, [E.OTHER, 'PLYO_BOX'], L.BEGINNER, { t: ['plyometric', 'conditioning'], g: 'jump' }),
  x('Broad Jump', [G.GLUTES, G.QUADS, G.HAMSTRINGS], P.HINGE, M.COMPOUND, F.PUSH, BW, L.INTERMEDIATE, { a: ['Standing Long Jump'], t: ['plyometric'], g: 'jump' }),

  // Lunges and single-leg work
  x('Bulgarian Split Squat', [G.QUADS, G.GLUTES, G.HAMSTRINGS], P.LUNGE, M.COMPOUND, F.PUSH, [E.DUMBBELL, 'DUMBBELL', 'FLAT_BENCH'], L.INTERMEDIATE, { a: ['BSS', 'Rear-Foot-Elevated Split Squat', 'RFESS'], u: true, g: 'lunge' }),
  x('Walking Lunge', [G.QUADS, G.GLUTES, G.HAMSTRINGS], P.LUNGE, M.COMPOUND, F.PUSH, DB, L.BEGINNER, { a: ['Dumbbell Walking Lunge', 'DB Walking Lunge'], u: true, g: 'lunge' }),
  x('Reverse Lunge', [G.QUADS, G.GLUTES, G.HAMSTRINGS], P.LUNGE, M.COMPOUND, F.PUSH, DB, L.BEGINNER, { a: ['Dumbbell Reverse Lunge', 'Backward Lunge'], u: true, g: 'lunge' }),
  x('Forward Lunge', [G.QUADS, G.GLUTES], P.LUNGE, M.COMPOUND, F.PUSH, DB, L.BEGINNER, { a: ['Dumbbell Lunge', 'Front Lunge'], u: true, g: 'lunge' }),
  x('Split Squat', [G.QUADS, G.GLUTES], P.LUNGE, M.COMPOUND, F.PUSH, DB, L.BEGINNER, { a: ['Static Lunge', 'Dumbbell Split Squat'], u: true, g: 'lunge' }),
  x('Step-Up', [G.QUADS, G.GLUTES], P.LUNGE, M.COMPOUND, F.PUSH, [E.DUMBBELL, 'DUMBBELL', 'PLYO_BOX'], L.BEGINNER, { a: ['Box Step-Up', 'Dumbbell Step-Up'], u: true, g: 'lunge' }),
  x('Lateral Lunge', [G.QUADS, G.GLUTES, G.OTHER], P.LUNGE, M.COMPOUND, F.PUSH, DB, L.BEGINNER, { a: ['Side Lunge'], u: true, g: 'lateral_lunge' }),
  x('Cossack Squat', [G.QUADS, G.GLUTES, G.OTHER], P.LUNGE, M.COMPOUND, F.PUSH, BW, L.INTERMEDIATE, { a: ['Cossack'], t: ['calisthenics'], u: true, c: C.LOW, g: 'lateral_lunge' }),
  x('Curtsy Lunge', [G.GLUTES, G.QUADS], P.LUNGE, M.COMPOUND, F.PUSH, DB, L.BEGINNER, { u: true, g: 'lunge' }),
  x('Leg Extension', [G.QUADS], P.OTHER, M.ISOLATION, F.PUSH, [E.MACHINE, 'LEG_EXTENSION_MACHINE'], L.BEGINNER, { a: ['Quad Extension', 'Knee Extension'], t: ['bodybuilding'], g: 'quad_isolation' }),

  // Hinges
  x('Conventional Deadlift', [G.HAMSTRINGS, G.GLUTES, G.BACK, G.FOREARMS], P.HINGE, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['Deadlift', 'DL', 'Barbell Deadlift'], t: ['powerlifting'], c: C.VERY_HIGH, g: 'deadlift' }),
  x('Romanian Deadlift', [G.HAMSTRINGS, G.GLUTES, G.BACK], P.HINGE, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['RDL', 'Romanian DL', 'Barbell RDL'], c: C.HIGH, g: 'romanian_deadlift' }),
  x('Trap Bar Deadlift', [G.GLUTES, G.QUADS, G.HAMSTRINGS, G.BACK], P.HINGE, M.COMPOUND, F.PULL, [E.TRAP_BAR, 'TRAP_BAR', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Hex Bar Deadlift', 'TBDL'], c: C.HIGH, g: 'deadlift' }),
  x('Sumo Deadlift', [G.GLUTES, G.HAMSTRINGS, G.QUADS, G.BACK, G.OTHER], P.HINGE, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['Sumo', 'Sumo DL'], t: ['powerlifting'], c: C.VERY_HIGH, g: 'deadlift' }),
  x('Deficit Deadlift', [G.HAMSTRINGS, G.GLUTES, G.BACK, G.QUADS], P.HINGE, M.COMPOUND, F.PULL, BB, L.ADVANCED, { a: ['Deficit Pull'], t: ['powerlifting'], c: C.VERY_HIGH, g: 'deadlift' }),
  x('Rack Pull', [G.BACK, G.GLUTES, G.HAMSTRINGS, G.FOREARMS], P.HINGE, M.COMPOUND, F.PULL, BB_RACK, L.INTERMEDIATE, { a: ['Rack Deadlift', 'Block Pull'], t: ['powerlifting', 'strongman'], c: C.HIGH, g: 'deadlift' }),
  x('Snatch-Grip Deadlift', [G.BACK, G.HAMSTRINGS, G.GLUTES, G.FOREARMS], P.HINGE, M.COMPOUND, F.PULL, BB, L.ADVANCED, { a: ['Snatch Grip DL'], t: ['olympic'], c: C.VERY_HIGH, g: 'deadlift' }),
  x('Stiff-Leg Deadlift', [G.HAMSTRINGS, G.GLUTES, G.BACK], P.HINGE, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['SLDL', 'Stiff-Legged Deadlift'], c: C.HIGH, g: 'romanian_deadlift' }),
  x('Dumbbell Romanian Deadlift', [G.HAMSTRINGS, G.GLUTES], P.HINGE, M.COMPOUND, F.PULL, DB, L.BEGINNER, { a: ['DB RDL', 'Dumbbell RDL'], g: 'romanian_deadlift' }),
  x('Single-Leg Romanian Deadlift', [G.HAMSTRINGS, G.GLUTES, G.ABS], P.HINGE, M.COMPOUND, F.PULL, DB, L.INTERMEDIATE, { a: ['SL RDL', 'Single-Leg RDL', 'One-Leg RDL'], u: true, c: C.LOW, g: 'romanian_deadlift' }),
  x('Good Morning', [G.HAMSTRINGS, G.BACK, G.GLUTES], P.HINGE, M.COMPOUND, F.PULL, BB_RACK, L.INTERMEDIATE, { a: ['Barbell Good Morning'], t: ['powerlifting'], g: 'romanian_deadlift' }),
  x('Barbell Hip Thrust', [G.GLUTES, G.HAMSTRINGS], P.HINGE, M.COMPOUND, F.PUSH, [E.BARBELL, 'BARBELL', 'WEIGHT_PLATES', 'FLAT_BENCH'], L.BEGINNER, { a: ['Hip Thrust', 'BB Hip Thrust'], t: ['bodybuilding'], g: 'hip_thrust' }),
  x('Glute Bridge', [G.GLUTES, G.HAMSTRINGS], P.HINGE, M.ISOLATION, F.PUSH, BW, L.BEGINNER, { a: ['Bridge', 'Floor Bridge'], t: ['prehab'], c: C.VERY_LOW, g: 'hip_thrust' }),
  x('Single-Leg Hip Thrust', [G.GLUTES, G.HAMSTRINGS], P.HINGE, M.ISOLATION, F.PUSH, [E.BODYWEIGHT, 'FLAT_BENCH'], L.INTERMEDIATE, { a: ['SL Hip Thrust'], u: true, g: 'hip_thrust' }),
  x('Cable Pull-Through', [G.GLUTES, G.HAMSTRINGS], P.HINGE, M.COMPOUND, F.PULL, CABLE, L.BEGINNER, { a: ['Pull-Through', 'Rope Pull-Through'], c: C.LOW, g: 'hip_thrust' }),
  x('Kettlebell Swing', [G.GLUTES, G.HAMSTRINGS, G.BACK, G.SHOULDERS], P.HINGE, M.COMPOUND, F.PULL, [E.KETTLEBELL, 'KETTLEBELL'], L.INTERMEDIATE, { a: ['KB Swing', 'Russian Swing', 'Two-Hand Swing'], t: ['conditioning'] }),
  x('Back Extension', [G.BACK, G.GLUTES, G.HAMSTRINGS], P.HINGE, M.ISOLATION, F.PULL, [E.BODYWEIGHT, 'BACK_EXTENSION_BENCH'], L.BEGINNER, { a: ['Hyperextension', '45° Back Extension', 'Back Raise'], t: ['prehab'] }),
  x('Glute-Ham Raise', [G.HAMSTRINGS, G.GLUTES, G.CALVES], P.OTHER, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'GHD'], L.ADVANCED, { a: ['GHR', 'Glute Ham Raise'], g: 'hamstring_curl' }),
  x('Nordic Hamstring Curl', [G.HAMSTRINGS], P.OTHER, M.ISOLATION, F.PULL, BW, L.ADVANCED, { a: ['Nordic Curl', 'Nordics', 'Nordic Hamstring Lower'], t: ['prehab', 'calisthenics'], c: C.MODERATE, g: 'hamstring_curl' }),
  x('Seated Leg Curl', [G.HAMSTRINGS], P.OTHER, M.ISOLATION, F.PULL, [E.MACHINE, 'LEG_CURL_MACHINE'], L.BEGINNER, { a: ['Seated Hamstring Curl'], t: ['bodybuilding'], g: 'hamstring_curl' }),
  x('Lying Leg Curl', [G.HAMSTRINGS, G.CALVES], P.OTHER, M.ISOLATION, F.PULL, [E.MACHINE, 'LEG_CURL_MACHINE'], L.BEGINNER, { a: ['Prone Leg Curl', 'Lying Hamstring Curl'], t: ['bodybuilding'], g: 'hamstring_curl' }),

  // Calves, shins and hips
  x('Standing Calf Raise', [G.CALVES], P.CALF_RAISE, M.ISOLATION, F.PUSH, [E.MACHINE, 'STANDING_CALF_MACHINE'], L.BEGINNER, { a: ['Machine Calf Raise', 'Standing Calf Machine'], t: ['bodybuilding'], g: 'calf_raise' }),
  x('Seated Calf Raise', [G.CALVES], P.CALF_RAISE, M.ISOLATION, F.PUSH, [E.MACHINE, 'SEATED_CALF_MACHINE', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Soleus Raise'], t: ['bodybuilding'], g: 'calf_raise' }),
  x('Single-Leg Calf Raise', [G.CALVES], P.CALF_RAISE, M.ISOLATION, F.PUSH, BW, L.BEGINNER, { a: ['One-Leg Calf Raise'], u: true, c: C.VERY_LOW, g: 'calf_raise' }),
  x('Leg Press Calf Raise', [G.CALVES], P.CALF_RAISE, M.ISOLATION, F.PUSH, [E.MACHINE, 'LEG_PRESS_MACHINE', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Calf Press', 'Leg Press Calf Press'], g: 'calf_raise' }),
  x('Tibialis Raise', [G.OTHER], P.OTHER, M.ISOLATION, F.PULL, BW, L.BEGINNER, { a: ['Tib Raise', 'Toe Raise'], t: ['prehab'], c: C.VERY_LOW }),
  x('Hip Abduction Machine', [G.GLUTES], P.HIP_ABDUCTION, M.ISOLATION, F.PUSH, [E.MACHINE, 'HIP_ABDUCTION_MACHINE'], L.BEGINNER, { a: ['Seated Hip Abduction', 'Abductor Machine'], t: ['bodybuilding'], g: 'hip_abduction' }),
  x('Hip Adduction Machine', [G.OTHER], P.HIP_ADDUCTION, M.ISOLATION, F.PUSH, [E.MACHINE, 'HIP_ADDUCTION_MACHINE'], L.BEGINNER, { a: ['Seated Hip Adduction', 'Adductor Machine'], t: ['bodybuilding'], g: 'hip_adduction' }),
  x('Banded Lateral Walk', [G.GLUTES], P.HIP_ABDUCTION, M.ISOLATION, F.PUSH, [E.BAND, 'RESISTANCE_BAND'], L.BEGINNER, { a: ['Monster Walk', 'Band Walk', 'Lateral Band Walk'], t: ['prehab'], c: C.VERY_LOW, g: 'hip_abduction' }),
  x('Clamshell', [G.GLUTES], P.HIP_ABDUCTION, M.ISOLATION, F.PUSH, [E.BAND, 'RESISTANCE_BAND'], L.BEGINNER, { a: ['Banded Clamshell', 'Clam'], t: ['prehab'], u: true, c: C.VERY_LOW, g: 'hip_abduction' }),
  x('Copenhagen Plank', [G.OTHER, G.OBLIQUES], P.HIP_ADDUCTION, M.ISOLATION, F.STATIC, [E.BODYWEIGHT, 'FLAT_BENCH'], L.INTERMEDIATE, { a: ['Copenhagen Adduction', 'Copenhagen Side Plank'], t: ['prehab', 'isometric'], u: true, m: T.TIME, g: 'hip_adduction' }),

  // Chest and horizontal pushing
  x('Barbell Bench Press', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BB_BENCH, L.INTERMEDIATE, { a: ['Bench', 'Bench Press', 'Flat Bench', 'BP'], t: ['powerlifting'], c: C.HIGH, g: 'horizontal_press' }),
  x('Paused Bench Press', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BB_BENCH, L.INTERMEDIATE, { a: ['Pause Bench', 'Competition Bench'], t: ['powerlifting'], c: C.HIGH, g: 'horizontal_press' }),
  x('Close-Grip Bench Press', [G.TRICEPS, G.CHEST, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BB_BENCH, L.INTERMEDIATE, { a: ['CGBP', 'Close Grip Bench'], t: ['powerlifting'], g: 'triceps_press' }),
  x('Incline Barbell Bench Press', [G.CHEST, G.SHOULDERS, G.TRICEPS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, [E.BARBELL, 'BARBELL', 'WEIGHT_PLATES', 'ADJUSTABLE_BENCH', 'SQUAT_RACK'], L.INTERMEDIATE, { a: ['Incline Bench', 'Incline Bench Press'], g: 'incline_press' }),
  x('Decline Bench Press', [G.CHEST, G.TRICEPS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, [E.BARBELL, 'BARBELL', 'WEIGHT_PLATES', 'ADJUSTABLE_BENCH', 'SQUAT_RACK'], L.INTERMEDIATE, { a: ['Decline Bench'], g: 'horizontal_press' }),
  x('Floor Press', [G.CHEST, G.TRICEPS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BB_RACK, L.INTERMEDIATE, { a: ['Barbell Floor Press'], t: ['powerlifting'], g: 'horizontal_press' }),
  x('Dumbbell Bench Press', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, [E.DUMBBELL, 'DUMBBELL', 'FLAT_BENCH'], L.BEGINNER, { a: ['DB Bench', 'DB Bench Press', 'Flat Dumbbell Press'], g: 'horizontal_press' }),
  x('Incline Dumbbell Press', [G.CHEST, G.SHOULDERS, G.TRICEPS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, [E.DUMBBELL, 'DUMBBELL', 'ADJUSTABLE_BENCH'], L.BEGINNER, { a: ['Incline DB Press', 'Incline Dumbbell Bench Press'], g: 'incline_press' }),
  x('Machine Chest Press', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, [E.MACHINE, 'CHEST_PRESS_MACHINE'], L.BEGINNER, { a: ['Chest Press', 'Seated Chest Press'], t: ['bodybuilding'], c: C.LOW, g: 'horizontal_press' }),
  x('Smith Machine Bench Press', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, [E.SMITH, 'SMITH_MACHINE', 'WEIGHT_PLATES', 'FLAT_BENCH'], L.BEGINNER, { a: ['Smith Bench'], t: ['bodybuilding'], g: 'horizontal_press' }),
  x('Push-Up', [G.CHEST, G.TRICEPS, G.SHOULDERS, G.ABS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BW, L.BEGINNER, { a: ['Pushup', 'Press-Up'], t: ['calisthenics'], c: C.LOW, g: 'push_up' }),
  x('Knee Push-Up', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BW, L.BEGINNER, { a: ['Kneeling Push-Up'], t: ['calisthenics'], c: C.VERY_LOW, g: 'push_up' }),
  x('Incline Push-Up', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, [E.BODYWEIGHT, 'FLAT_BENCH'], L.BEGINNER, { a: ['Elevated Push-Up', 'Hands-Elevated Push-Up'], t: ['calisthenics'], c: C.VERY_LOW, g: 'push_up' }),
  x('Diamond Push-Up', [G.TRICEPS, G.CHEST, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BW, L.INTERMEDIATE, { a: ['Close-Grip Push-Up', 'Triangle Push-Up'], t: ['calisthenics'], c: C.LOW, g: 'push_up' }),
  x('Archer Push-Up', [G.CHEST, G.TRICEPS, G.SHOULDERS], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BW, L.ADVANCED, { t: ['calisthenics'], g: 'push_up' }),
  x('Cable Fly', [G.CHEST, G.SHOULDERS], P.HORIZONTAL_PUSH, M.ISOLATION, F.PUSH, CABLE, L.BEGINNER, { a: ['Cable Crossover', 'Cable Flye'], t: ['bodybuilding'], g: 'chest_fly' }),
  x('Dumbbell Fly', [G.CHEST, G.SHOULDERS], P.HORIZONTAL_PUSH, M.ISOLATION, F.PUSH, [E.DUMBBELL, 'DUMBBELL', 'FLAT_BENCH'], L.BEGINNER, { a: ['DB Fly', 'Dumbbell Flye', 'Chest Fly'], t: ['bodybuilding'], g: 'chest_fly' }),
  x('Pec Deck', [G.CHEST], P.HORIZONTAL_PUSH, M.ISOLATION, F.PUSH, [E.MACHINE, 'PEC_DECK'], L.BEGINNER, { a: ['Machine Fly', 'Pec Fly', 'Butterfly'], t: ['bodybuilding'], g: 'chest_fly' }),
  x('Dip', [G.TRICEPS, G.CHEST, G.SHOULDERS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.BODYWEIGHT, 'DIP_STATION'], L.INTERMEDIATE, { a: ['Dips', 'Parallel Bar Dip', 'Chest Dip'], t: ['calisthenics'], g: 'dip' }),
  x('Weighted Dip', [G.TRICEPS, G.CHEST, G.SHOULDERS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.BODYWEIGHT, 'DIP_STATION', 'DIP_BELT', 'WEIGHT_PLATES'], L.ADVANCED, { a: ['Weighted Dips'], t: ['calisthenics'], c: C.HIGH, g: 'dip' }),
  x('Ring Dip', [G.TRICEPS, G.CHEST, G.SHOULDERS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.BODYWEIGHT, 'GYMNASTIC_RINGS'], L.ADVANCED, { a: ['Ring Dips'], t: ['calisthenics'], g: 'dip' }),
  x('Bench Dip', [G.TRICEPS, G.SHOULDERS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.BODYWEIGHT, 'FLAT_BENCH'], L.BEGINNER, { a: ['Triceps Bench Dip', 'Chair Dip'], t: ['calisthenics'], c: C.LOW, g: 'dip' }),

  // Shoulders and vertical pushing
  x('Overhead Press', [G.SHOULDERS, G.TRICEPS, G.ABS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, BB_RACK, L.INTERMEDIATE, { a: ['OHP', 'Military Press', 'Standing Press', 'Strict Press'], t: ['powerlifting'], c: C.HIGH, g: 'vertical_press' }),
  x('Seated Dumbbell Shoulder Press', [G.SHOULDERS, G.TRICEPS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.DUMBBELL, 'DUMBBELL', 'ADJUSTABLE_BENCH'], L.BEGINNER, { a: ['DB Shoulder Press', 'Seated DB Press', 'Dumbbell Overhead Press'], g: 'vertical_press' }),
  x('Arnold Press', [G.SHOULDERS, G.TRICEPS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.DUMBBELL, 'DUMBBELL', 'ADJUSTABLE_BENCH'], L.INTERMEDIATE, { a: ['Arnold Dumbbell Press'], t: ['bodybuilding'], g: 'vertical_press' }),
  x('Machine Shoulder Press', [G.SHOULDERS, G.TRICEPS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.MACHINE, 'SHOULDER_PRESS_MACHINE'], L.BEGINNER, { a: ['Shoulder Press Machine', 'Seated Machine Press'], t: ['bodybuilding'], c: C.LOW, g: 'vertical_press' }),
  x('Push Press', [G.SHOULDERS, G.TRICEPS, G.QUADS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, BB_RACK, L.INTERMEDIATE, { a: ['PP', 'Barbell Push Press'], t: ['olympic'], c: C.HIGH, g: 'jerk' }),
  x('Z Press', [G.SHOULDERS, G.TRICEPS, G.ABS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, BB_RACK, L.ADVANCED, { a: ['Seated Floor Press Overhead'], t: ['strongman'], g: 'vertical_press' }),
  x('Landmine Press', [G.SHOULDERS, G.CHEST, G.TRICEPS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, [E.BARBELL, 'BARBELL', 'LANDMINE', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Single-Arm Landmine Press'], u: true, g: 'vertical_press' }),
  x('Pike Push-Up', [G.SHOULDERS, G.TRICEPS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, BW, L.INTERMEDIATE, { a: ['Pike Press'], t: ['calisthenics'], c: C.LOW, g: 'vertical_press' }),
  x('Handstand Push-Up', [G.SHOULDERS, G.TRICEPS, G.ABS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, BW, L.EXPERT, { a: ['HSPU', 'Wall Handstand Push-Up'], t: ['calisthenics'], c: C.HIGH, g: 'vertical_press' }),
  x('Dumbbell Lateral Raise', [G.SHOULDERS], P.OTHER, M.ISOLATION, F.PUSH, DB, L.BEGINNER, { a: ['Lateral Raise', 'Side Raise', 'Side Lateral Raise', 'Lat Raise'], t: ['bodybuilding'], g: 'lateral_raise' }),
  x('Cable Lateral Raise', [G.SHOULDERS], P.OTHER, M.ISOLATION, F.PUSH, CABLE, L.BEGINNER, { a: ['Single-Arm Cable Lateral Raise'], t: ['bodybuilding'], u: true, g: 'lateral_raise' }),
  x('Barbell Upright Row', [G.SHOULDERS, G.BACK, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['Upright Row'], t: ['bodybuilding'], g: 'lateral_raise' }),
  x('Dumbbell Front Raise', [G.SHOULDERS, G.CHEST], P.OTHER, M.ISOLATION, F.PUSH, DB, L.BEGINNER, { a: ['Front Raise', 'Front Delt Raise'], t: ['bodybuilding'] }),
  x('Face Pull', [G.SHOULDERS, G.BACK], P.HORIZONTAL_PULL, M.ISOLATION, F.PULL, CABLE, L.BEGINNER, { a: ['Rope Face Pull', 'Cable Face Pull'], t: ['prehab'], c: C.VERY_LOW, g: 'rear_delt' }),
  x('Rear Delt Fly', [G.SHOULDERS, G.BACK], P.HORIZONTAL_PULL, M.ISOLATION, F.PULL, DB, L.BEGINNER, { a: ['Reverse Fly', 'Bent-Over Reverse Fly', 'Rear Delt Raise'], t: ['bodybuilding'], g: 'rear_delt' }),
  x('Reverse Pec Deck', [G.SHOULDERS, G.BACK], P.HORIZONTAL_PULL, M.ISOLATION, F.PULL, [E.MACHINE, 'PEC_DECK'], L.BEGINNER, { a: ['Rear Delt Machine', 'Reverse Machine Fly'], t: ['bodybuilding'], g: 'rear_delt' }),
  x('Band Pull-Apart', [G.SHOULDERS, G.BACK], P.HORIZONTAL_PULL, M.ISOLATION, F.PULL, [E.BAND, 'RESISTANCE_BAND'], L.BEGINNER, { a: ['Pull-Apart', 'Banded Pull-Apart'], t: ['prehab'], c: C.VERY_LOW, g: 'rear_delt' }),
  x('Barbell Shrug', [G.BACK, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, BB_RACK, L.BEGINNER, { a: ['Shrug', 'BB Shrug', 'Trap Shrug'], t: ['bodybuilding'], g: 'shrug' }),
  x('Dumbbell Shrug', [G.BACK, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, DB, L.BEGINNER, { a: ['DB Shrug'], t: ['bodybuilding'], g: 'shrug' }),

  // Back: vertical pulls
  x('Pull-Up', [G.BACK, G.BICEPS, G.FOREARMS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.INTERMEDIATE, { a: ['Pullup', 'Pull Up', 'Overhand Pull-Up'], t: ['calisthenics'], g: 'vertical_pull' }),
  x('Chin-Up', [G.BACK, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.INTERMEDIATE, { a: ['Chinup', 'Underhand Pull-Up', 'Supinated Pull-Up'], t: ['calisthenics'], g: 'vertical_pull' }),
  x('Weighted Pull-Up', [G.BACK, G.BICEPS, G.FOREARMS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR', 'DIP_BELT', 'WEIGHT_PLATES'], L.ADVANCED, { a: ['Weighted Pullup'], t: ['calisthenics'], c: C.HIGH, g: 'vertical_pull' }),
  x('Band-Assisted Pull-Up', [G.BACK, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.BAND, 'PULL_UP_BAR', 'RESISTANCE_BAND'], L.BEGINNER, { a: ['Assisted Pull-Up', 'Banded Pull-Up'], t: ['calisthenics'], c: C.LOW, g: 'vertical_pull' }),
  x('Negative Pull-Up', [G.BACK, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.BEGINNER, { a: ['Eccentric Pull-Up', 'Pull-Up Negative'], t: ['calisthenics'], c: C.LOW, g: 'vertical_pull' }),
  x('Muscle-Up', [G.BACK, G.CHEST, G.TRICEPS, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.EXPERT, { a: ['Bar Muscle-Up', 'Muscle Up'], t: ['calisthenics'], c: C.HIGH }),
  x('Lat Pulldown', [G.BACK, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.CABLE, 'LAT_PULLDOWN_MACHINE'], L.BEGINNER, { a: ['Pulldown', 'Lat Pull-Down', 'Wide-Grip Pulldown'], c: C.LOW, g: 'vertical_pull' }),
  x('Close-Grip Lat Pulldown', [G.BACK, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.CABLE, 'LAT_PULLDOWN_MACHINE'], L.BEGINNER, { a: ['V-Bar Pulldown', 'Neutral-Grip Pulldown'], c: C.LOW, g: 'vertical_pull' }),
  x('Single-Arm Lat Pulldown', [G.BACK, G.BICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, CABLE, L.BEGINNER, { a: ['One-Arm Pulldown'], u: true, c: C.LOW, g: 'vertical_pull' }),
  x('Straight-Arm Pulldown', [G.BACK], P.VERTICAL_PULL, M.ISOLATION, F.PULL, CABLE, L.BEGINNER, { a: ['Straight-Arm Lat Pushdown', 'Lat Prayer'], t: ['bodybuilding'], g: 'lat_isolation' }),
  x('Dumbbell Pullover', [G.BACK, G.CHEST, G.TRICEPS], P.OTHER, M.ISOLATION, F.PULL, [E.DUMBBELL, 'DUMBBELL', 'FLAT_BENCH'], L.INTERMEDIATE, { a: ['Pullover', 'DB Pullover'], t: ['bodybuilding'], g: 'lat_isolation' }),
  x('Dead Hang', [G.FOREARMS, G.BACK, G.SHOULDERS], P.VERTICAL_PULL, M.ISOLATION, F.STATIC, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.BEGINNER, { a: ['Bar Hang', 'Passive Hang'], t: ['calisthenics', 'prehab', 'isometric'], m: T.TIME, c: C.VERY_LOW }),

  // Back: rows
  x('Barbell Row', [G.BACK, G.BICEPS, G.SHOULDERS, G.HAMSTRINGS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['Bent-Over Row', 'BB Row', 'Bent-Over Barbell Row'], c: C.HIGH, g: 'horizontal_row' }),
  x('Pendlay Row', [G.BACK, G.BICEPS, G.SHOULDERS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, BB, L.ADVANCED, { a: ['Dead-Stop Row'], t: ['powerlifting'], c: C.HIGH, g: 'horizontal_row' }),
  x('T-Bar Row', [G.BACK, G.BICEPS, G.SHOULDERS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, [E.BARBELL, 'BARBELL', 'LANDMINE', 'WEIGHT_PLATES'], L.INTERMEDIATE, { a: ['Landmine Row', 'T Bar Row'], g: 'horizontal_row' }),
  x('Seated Cable Row', [G.BACK, G.BICEPS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, CABLE, L.BEGINNER, { a: ['Cable Row', 'Low Row', 'Seated Row'], c: C.LOW, g: 'horizontal_row' }),
  x('Chest-Supported Dumbbell Row', [G.BACK, G.BICEPS, G.SHOULDERS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, [E.DUMBBELL, 'DUMBBELL', 'ADJUSTABLE_BENCH'], L.BEGINNER, { a: ['Incline Dumbbell Row', 'Chest-Supported Row'], c: C.LOW, g: 'horizontal_row' }),
  x('Inverted Row', [G.BACK, G.BICEPS, G.ABS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'BARBELL', 'SQUAT_RACK'], L.BEGINNER, { a: ['Australian Pull-Up', 'Bodyweight Row'], t: ['calisthenics'], c: C.LOW, g: 'horizontal_row' }),
  x('Ring Row', [G.BACK, G.BICEPS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'GYMNASTIC_RINGS'], L.BEGINNER, { a: ['TRX Row', 'Suspension Row'], t: ['calisthenics'], c: C.LOW, g: 'horizontal_row' }),
  x('One-Arm Dumbbell Row', [G.BACK, G.BICEPS, G.SHOULDERS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, [E.DUMBBELL, 'DUMBBELL', 'FLAT_BENCH'], L.BEGINNER, { a: ['DB Row', 'Single-Arm Dumbbell Row', 'One-Arm Row'], u: true, g: 'single_arm_row' }),
  x('Kroc Row', [G.BACK, G.BICEPS, G.FOREARMS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, DB, L.INTERMEDIATE, { a: ['Heavy Dumbbell Row'], t: ['strongman'], u: true, g: 'single_arm_row' }),
  x('Meadows Row', [G.BACK, G.BICEPS, G.SHOULDERS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, [E.BARBELL, 'BARBELL', 'LANDMINE', 'WEIGHT_PLATES'], L.ADVANCED, { a: ['Landmine Meadows Row'], t: ['bodybuilding'], u: true, g: 'single_arm_row' }),

  // Arms
  x('Barbell Curl', [G.BICEPS, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, BB, L.BEGINNER, { a: ['BB Curl', 'Standing Barbell Curl', 'Biceps Curl'], t: ['bodybuilding'], g: 'biceps_curl' }),
  x('EZ-Bar Curl', [G.BICEPS, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, [E.EZ_BAR, 'EZ_BAR', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['EZ Curl', 'EZ Bar Biceps Curl'], t: ['bodybuilding'], g: 'biceps_curl' }),
  x('Dumbbell Curl', [G.BICEPS, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, DB, L.BEGINNER, { a: ['DB Curl', 'Dumbbell Biceps Curl', 'Alternating Dumbbell Curl'], t: ['bodybuilding'], g: 'biceps_curl' }),
  x('Hammer Curl', [G.BICEPS, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, DB, L.BEGINNER, { a: ['Neutral-Grip Curl', 'DB Hammer Curl'], t: ['bodybuilding'], g: 'biceps_curl' }),
  x('Incline Dumbbell Curl', [G.BICEPS], P.OTHER, M.ISOLATION, F.PULL, [E.DUMBBELL, 'DUMBBELL', 'ADJUSTABLE_BENCH'], L.BEGINNER, { a: ['Incline Curl'], t: ['bodybuilding'], g: 'biceps_curl' }),
  x('Preacher Curl', [G.BICEPS], P.OTHER, M.ISOLATION, F.PULL, [E.EZ_BAR, 'EZ_BAR', 'WEIGHT_PLATES', 'PREACHER_BENCH'], L.BEGINNER, { a: ['Scott Curl', 'EZ-Bar Preacher Curl'], t: ['bodybuilding'], g: 'biceps_curl' }),
  x('Cable Curl', [G.BICEPS, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, CABLE, L.BEGINNER, { a: ['Cable Biceps Curl'], t: ['bodybuilding'], g: 'biceps_curl' }),
  x('Concentration Curl', [G.BICEPS], P.OTHER, M.ISOLATION, F.PULL, DB, L.BEGINNER, { a: ['Seated Concentration Curl'], t: ['bodybuilding'], u: true, g: 'biceps_curl' }),
  x('Reverse Curl', [G.FOREARMS, G.BICEPS], P.OTHER, M.ISOLATION, F.PULL, [E.EZ_BAR, 'EZ_BAR', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Reverse-Grip Curl', 'Pronated Curl'], g: 'forearm_isolation' }),
  x('Wrist Curl', [G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, BB, L.BEGINNER, { a: ['Barbell Wrist Curl', 'Forearm Curl'], c: C.VERY_LOW, g: 'forearm_isolation' }),
  x('Reverse Wrist Curl', [G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, BB, L.BEGINNER, { a: ['Wrist Extension'], t: ['prehab'], c: C.VERY_LOW, g: 'forearm_isolation' }),
  x('Triceps Pushdown', [G.TRICEPS], P.OTHER, M.ISOLATION, F.PUSH, CABLE, L.BEGINNER, { a: ['Tricep Pushdown', 'Cable Pushdown', 'Rope Pushdown', 'Triceps Pressdown'], t: ['bodybuilding'], g: 'triceps_extension' }),
  x('Skull Crusher', [G.TRICEPS], P.OTHER, M.ISOLATION, F.PUSH, [E.EZ_BAR, 'EZ_BAR', 'WEIGHT_PLATES', 'FLAT_BENCH'], L.INTERMEDIATE, { a: ['Lying Triceps Extension', 'EZ-Bar Skull Crusher', 'Skullcrusher'], t: ['bodybuilding'], g: 'triceps_extension' }),
  x('Overhead Triceps Extension', [G.TRICEPS], P.OTHER, M.ISOLATION, F.PUSH, DB, L.BEGINNER, { a: ['Dumbbell Overhead Extension', 'French Press', 'Overhead Extension'], t: ['bodybuilding'], g: 'triceps_extension' }),
  x('Cable Overhead Triceps Extension', [G.TRICEPS], P.OTHER, M.ISOLATION, F.PUSH, CABLE, L.BEGINNER, { a: ['Rope Overhead Extension', 'Cable French Press'], t: ['bodybuilding'], g: 'triceps_extension' }),
  x('Triceps Kickback', [G.TRICEPS], P.OTHER, M.ISOLATION, F.PUSH, DB, L.BEGINNER, { a: ['DB Kickback', 'Tricep Kickback'], t: ['bodybuilding'], g: 'triceps_extension' }),
  x('JM Press', [G.TRICEPS, G.CHEST], P.HORIZONTAL_PUSH, M.COMPOUND, F.PUSH, BB_BENCH, L.ADVANCED, { t: ['powerlifting'], g: 'triceps_press' }),

  // Core
  x('Plank', [G.ABS, G.OBLIQUES, G.SHOULDERS], P.CORE_BRACE, M.ISOLATION, F.STATIC, BW, L.BEGINNER, { a: ['Front Plank', 'Forearm Plank'], t: ['core', 'isometric'], m: T.TIME, c: C.VERY_LOW, g: 'anti_extension' }),
  x('Side Plank', [G.OBLIQUES, G.ABS, G.GLUTES], P.ANTI_ROTATION, M.ISOLATION, F.STATIC, BW, L.BEGINNER, { a: ['Lateral Plank'], t: ['core', 'isometric'], u: true, m: T.TIME, c: C.VERY_LOW, g: 'anti_rotation' }),
  x('Ab Wheel Rollout', [G.ABS, G.OBLIQUES, G.BACK], P.CORE_BRACE, M.COMPOUND, F.STATIC, [E.OTHER, 'AB_WHEEL'], L.INTERMEDIATE, { a: ['Ab Rollout', 'Ab Wheel', 'Rollout'], t: ['core'], c: C.LOW, g: 'anti_extension' }),
  x('Dead Bug', [G.ABS, G.OBLIQUES], P.CORE_BRACE, M.ISOLATION, F.STATIC, BW, L.BEGINNER, { a: ['Deadbug'], t: ['core', 'prehab'], c: C.VERY_LOW, g: 'anti_extension' }),
  x('Hollow Body Hold', [G.ABS, G.OBLIQUES], P.CORE_BRACE, M.ISOLATION, F.STATIC, BW, L.INTERMEDIATE, { a: ['Hollow Hold', 'Hollow Body'], t: ['core', 'calisthenics', 'isometric'], m: T.TIME, c: C.VERY_LOW, g: 'anti_extension' }),
  x('Bird Dog', [G.BACK, G.ABS, G.GLUTES], P.ANTI_ROTATION, M.ISOLATION, F.STATIC, BW, L.BEGINNER, { a: ['Quadruped Arm and Leg Raise'], t: ['core', 'prehab'], c: C.VERY_LOW, g: 'anti_rotation' }),
  x('Pallof Press', [G.OBLIQUES, G.ABS], P.ANTI_ROTATION, M.ISOLATION, F.STATIC, CABLE, L.BEGINNER, { a: ['Anti-Rotation Press', 'Cable Pallof Press'], t: ['core'], u: true, c: C.VERY_LOW, g: 'anti_rotation' }),
  x('Hanging Leg Raise', [G.ABS, G.OBLIQUES, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.INTERMEDIATE, { a: ['HLR', 'Hanging Straight-Leg Raise'], t: ['core', 'calisthenics'], g: 'hip_flexion' }),
  x('Hanging Knee Raise', [G.ABS, G.FOREARMS], P.OTHER, M.ISOLATION, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.BEGINNER, { a: ['Hanging Knee Tuck'], t: ['core', 'calisthenics'], c: C.VERY_LOW, g: 'hip_flexion' }),
  x('Toes-to-Bar', [G.ABS, G.OBLIQUES, G.BACK, G.FOREARMS], P.OTHER, M.COMPOUND, F.PULL, [E.BODYWEIGHT, 'PULL_UP_BAR'], L.ADVANCED, { a: ['T2B', 'TTB', 'Toes to Bar'], t: ['core', 'calisthenics', 'conditioning'], g: 'hip_flexion' }),
  x('L-Sit', [G.ABS, G.TRICEPS, G.QUADS], P.CORE_BRACE, M.COMPOUND, F.STATIC, [E.BODYWEIGHT, 'DIP_STATION'], L.ADVANCED, { a: ['L Sit', 'L-Sit Hold'], t: ['core', 'calisthenics', 'isometric'], m: T.TIME, g: 'hip_flexion' }),
  x('V-Up', [G.ABS], P.OTHER, M.ISOLATION, F.PULL, BW, L.INTERMEDIATE, { a: ['V-Sit-Up', 'Jackknife'], t: ['core', 'calisthenics'], c: C.VERY_LOW, g: 'hip_flexion' }),
  x('Crunch', [G.ABS], P.OTHER, M.ISOLATION, F.PULL, BW, L.BEGINNER, { a: ['Abdominal Crunch', 'Ab Crunch'], t: ['core'], c: C.VERY_LOW, g: 'trunk_flexion' }),
  x('Sit-Up', [G.ABS], P.OTHER, M.ISOLATION, F.PULL, BW, L.BEGINNER, { a: ['Situp', 'Full Sit-Up'], t: ['core'], c: C.VERY_LOW, g: 'trunk_flexion' }),
  x('Cable Crunch', [G.ABS, G.OBLIQUES], P.OTHER, M.ISOLATION, F.PULL, CABLE, L.BEGINNER, { a: ['Kneeling Cable Crunch', 'Rope Crunch'], t: ['core', 'bodybuilding'], g: 'trunk_flexion' }),
  x('Russian Twist', [G.OBLIQUES, G.ABS], P.ROTATION, M.ISOLATION, F.STATIC, BW, L.BEGINNER, { a: ['Seated Twist'], t: ['core'], c: C.VERY_LOW, g: 'rotation' }),
  x('Cable Woodchopper', [G.OBLIQUES, G.ABS, G.SHOULDERS], P.ROTATION, M.COMPOUND, F.PULL, CABLE, L.BEGINNER, { a: ['Woodchop', 'Cable Chop', 'Woodchopper'], t: ['core'], u: true, c: C.LOW, g: 'rotation' }),
  x('Landmine Rotation', [G.OBLIQUES, G.ABS, G.SHOULDERS], P.ROTATION, M.COMPOUND, F.PUSH, [E.BARBELL, 'BARBELL', 'LANDMINE', 'WEIGHT_PLATES'], L.INTERMEDIATE, { a: ['Landmine 180', 'Landmine Twist'], t: ['core'], c: C.LOW, g: 'rotation' }),
  x('Mountain Climber', [G.ABS, G.SHOULDERS, G.QUADS], P.CORE_BRACE, M.COMPOUND, F.PUSH, BW, L.BEGINNER, { a: ['Mountain Climbers'], t: ['core', 'conditioning'], m: T.TIME, c: C.LOW, g: 'conditioning' }),

  // Olympic lifts and power
  x('Power Clean', [G.FULL_BODY, G.GLUTES, G.HAMSTRINGS, G.BACK, G.QUADS], P.HINGE, M.COMPOUND, F.PULL, BB, L.ADVANCED, { a: ['PC', 'Barbell Power Clean'], t: ['olympic'], c: C.VERY_HIGH, g: 'clean' }),
  x('Hang Power Clean', [G.FULL_BODY, G.GLUTES, G.HAMSTRINGS, G.BACK], P.HINGE, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['HPC', 'Hang Clean'], t: ['olympic'], c: C.HIGH, g: 'clean' }),
  x('Clean', [G.FULL_BODY, G.QUADS, G.GLUTES, G.BACK], P.HINGE, M.COMPOUND, F.PULL, BB, L.EXPERT, { a: ['Squat Clean', 'Full Clean'], t: ['olympic'], c: C.VERY_HIGH, g: 'clean' }),
  x('Clean Pull', [G.HAMSTRINGS, G.GLUTES, G.BACK, G.FOREARMS], P.HINGE, M.COMPOUND, F.PULL, BB, L.INTERMEDIATE, { a: ['Clean-Grip Pull'], t: ['olympic'], c: C.HIGH }),
  x('Clean and Jerk', [G.FULL_BODY, G.QUADS, G.SHOULDERS, G.GLUTES], P.HINGE, M.COMPOUND, F.PULL, BB, L.ELITE, { a: ['C&J', 'Clean & Jerk'], t: ['olympic'], c: C.VERY_HIGH }),
  x('Snatch', [G.FULL_BODY, G.QUADS, G.SHOULDERS, G.BACK], P.HINGE, M.COMPOUND, F.PULL, BB, L.ELITE, { a: ['Squat Snatch', 'Full Snatch'], t: ['olympic'], c: C.VERY_HIGH, g: 'snatch' }),
  x('Power Snatch', [G.FULL_BODY, G.SHOULDERS, G.BACK, G.GLUTES], P.HINGE, M.COMPOUND, F.PULL, BB, L.EXPERT, { a: ['Barbell Power Snatch'], t: ['olympic'], c: C.VERY_HIGH, g: 'snatch' }),
  x('Dumbbell Snatch', [G.FULL_BODY, G.SHOULDERS, G.GLUTES], P.HINGE, M.COMPOUND, F.PULL, DB, L.INTERMEDIATE, { a: ['DB Snatch', 'Single-Arm Dumbbell Snatch'], t: ['conditioning'], u: true, g: 'snatch' }),
  x('Split Jerk', [G.SHOULDERS, G.TRICEPS, G.QUADS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, BB_RACK, L.EXPERT, { a: ['Jerk'], t: ['olympic'], c: C.VERY_HIGH, g: 'jerk' }),
  x('Push Jerk', [G.SHOULDERS, G.TRICEPS, G.QUADS], P.VERTICAL_PUSH, M.COMPOUND, F.PUSH, BB_RACK, L.ADVANCED, { a: ['Power Jerk'], t: ['olympic'], c: C.HIGH, g: 'jerk' }),
  x('Thruster', [G.FULL_BODY, G.QUADS, G.SHOULDERS], P.SQUAT, M.COMPOUND, F.PUSH, BB_RACK, L.INTERMEDIATE, { a: ['Barbell Thruster', 'Squat to Press'], t: ['conditioning'], c: C.HIGH, g: 'conditioning' }),
  x('Turkish Get-Up', [G.FULL_BODY, G.SHOULDERS, G.ABS], P.OTHER, M.COMPOUND, F.PUSH, [E.KETTLEBELL, 'KETTLEBELL'], L.ADVANCED, { a: ['TGU', 'Get-Up'], t: ['core'], u: true }),

  // Carries and strongman
  x("Farmer's Carry", [G.FOREARMS, G.BACK, G.ABS], P.CARRY, M.COMPOUND, F.STATIC, DB, L.BEGINNER, { a: ["Farmer's Walk", 'Farmer Carry', 'Farmers Walk'], t: ['strongman'], m: T.DISTANCE, g: 'loaded_carry' }),
  x('Suitcase Carry', [G.OBLIQUES, G.FOREARMS, G.ABS], P.CARRY, M.COMPOUND, F.STATIC, DB, L.BEGINNER, { a: ['Single-Arm Farmer Carry'], t: ['core', 'strongman'], u: true, m: T.DISTANCE, c: C.LOW, g: 'loaded_carry' }),
  x("Waiter's Walk", [G.SHOULDERS, G.ABS], P.CARRY, M.COMPOUND, F.STATIC, [E.KETTLEBELL, 'KETTLEBELL'], L.BEGINNER, { a: ['Overhead Carry', 'Waiter Carry'], t: ['core', 'prehab'], u: true, m: T.DISTANCE, c: C.LOW, g: 'loaded_carry' }),
  x('Sled Push', [G.QUADS, G.GLUTES, G.CALVES], P.OTHER, M.COMPOUND, F.PUSH, [E.OTHER, 'SLED', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Prowler Push', 'Prowler'], t: ['strongman', 'conditioning'], m: T.DISTANCE, g: 'sled' }),
  x('Sled Drag', [G.QUADS, G.GLUTES, G.HAMSTRINGS], P.OTHER, M.COMPOUND, F.PULL, [E.OTHER, 'SLED', 'WEIGHT_PLATES'], L.BEGINNER, { a: ['Backward Sled Drag', 'Reverse Sled Drag'], t: ['strongman', 'conditioning'], m: T.DISTANCE, c: C.LOW, g: 'sled' }),

  // Conditioning and endurance
  x('Rowing Ergometer', [G.FULL_BODY, G.BACK, G.QUADS], P.HORIZONTAL_PULL, M.COMPOUND, F.PULL, [E.MACHINE, 'ROWING_ERGOMETER'], L.BEGINNER, { a: ['Rowing Erg', 'Erg', 'Indoor Rowing', 'Rower', 'Concept2 Row'], t: ['conditioning', 'endurance'], m: T.DISTANCE, c: C.LOW, g: 'cardio_erg' }),
  x('Ski Ergometer', [G.FULL_BODY, G.BACK, G.TRICEPS], P.VERTICAL_PULL, M.COMPOUND, F.PULL, [E.MACHINE, 'SKI_ERGOMETER'], L.BEGINNER, { a: ['SkiErg', 'Ski Erg'], t: ['conditioning', 'endurance'], m: T.DISTANCE, c: C.LOW, g: 'cardio_erg' }),
  x('Running', [G.FULL_BODY, G.QUADS, G.CALVES, G.HAMSTRINGS], P.OTHER, M.COMPOUND, F.PUSH, BW, L.BEGINNER, { a: ['Run', 'Jog', 'Outdoor Run'], t: ['endurance', 'conditioning'], m: T.DISTANCE, c: C.LOW, g: 'cardio_run' }),
  x('Treadmill Running', [G.FULL_BODY, G.QUADS, G.CALVES], P.OTHER, M.COMPOUND, F.PUSH, [E.MACHINE, 'TREADMILL'], L.BEGINNER, { a: ['Treadmill Run', 'Treadmill'], t: ['endurance', 'conditioning'], m: T.DISTANCE, c: C.LOW, g: 'cardio_run' }),
  x('Sprint', [G.FULL_BODY, G.HAMSTRINGS, G.GLUTES, G.QUADS], P.OTHER, M.COMPOUND, F.PUSH, BW, L.INTERMEDIATE, { a: ['Sprints', 'Hill Sprint'], t: ['conditioning', 'plyometric'], m: T.DISTANCE, c: C.HIGH, g: 'cardio_run' }),
  x('Stationary Bike', [G.QUADS, G.GLUTES, G.CALVES], P.OTHER, M.COMPOUND, F.PUSH, [E.MACHINE, 'STATIONARY_BIKE'], L.BEGINNER, { a: ['Exercise Bike', 'Spin Bike', 'Bike', 'Cycling'], t: ['endurance', 'conditioning'], m: T.TIME, c: C.VERY_LOW, g: 'cardio_bike' }),
  x('Air Bike', [G.FULL_BODY, G.QUADS, G.SHOULDERS], P.OTHER, M.COMPOUND, F.PUSH, [E.MACHINE, 'AIR_BIKE'], L.BEGINNER, { a: ['Assault Bike', 'Echo Bike', 'Fan Bike'], t: ['conditioning'], m: T.TIME, c: C.LOW, g: 'cardio_bike' }),
  x('Jump Rope', [G.CALVES, G.SHOULDERS, G.FOREARMS], P.OTHER, M.COMPOUND, F.PUSH, [E.OTHER, 'JUMP_ROPE'], L.BEGINNER, { a: ['Skipping', 'Skipping Rope', 'Rope Skipping'], t: ['conditioning', 'plyometric'], m: T.TIME, c: C.LOW, g: 'conditioning' }),
  x('Burpee', [G.FULL_BODY, G.CHEST, G.QUADS], P.OTHER, M.COMPOUND, F.PUSH, BW, L.BEGINNER, { a: ['Burpees', 'Squat Thrust'], t: ['conditioning', 'calisthenics'], g: 'conditioning' }),
  x('Battle Rope Waves', [G.SHOULDERS, G.ABS, G.FOREARMS], P.OTHER, M.COMPOUND, F.PULL, [E.OTHER, 'BATTLE_ROPES'], L.BEGINNER, { a: ['Battle Ropes', 'Rope Waves'], t: ['conditioning'], m: T.TIME, c: C.LOW, g: 'conditioning' }),
  x('Wall Ball', [G.FULL_BODY, G.QUADS, G.SHOULDERS], P.SQUAT, M.COMPOUND, F.PUSH, [E.OTHER, 'MEDICINE_BALL'], L.BEGINNER, { a: ['Wall Ball Shot', 'Wall Balls'], t: ['conditioning'], g: 'conditioning' }),
  x('Medicine Ball Slam', [G.FULL_BODY, G.ABS, G.SHOULDERS], P.OTHER, M.COMPOUND, F.PULL, [E.OTHER, 'MEDICINE_BALL'], L.BEGINNER, { a: ['Ball Slam', 'Slam Ball', 'Med Ball Slam'], t: ['conditioning', 'plyometric'], g: 'conditioning' }),
];

const ladder = (easier: string, harder: string, notes: string | null = null): CatalogRelationship[] => [
  { source: easier, type: R.PROGRESSION, target: harder, notes },
  { source: harder, type: R.REGRESSION, target: easier, notes },
];
/** Symmetric relationships are stored both ways, so each side lists the other. */
const both = (type: R.VARIATION | R.ANTAGONIST, a: string, ...others: string[]): CatalogRelationship[] =>
  others.flatMap((b) => [
    { source: a, type, target: b, notes: null },
    { source: b, type, target: a, notes: null },
  ]);
const prep = (source: string, target: string, notes: string | null = null): CatalogRelationship => ({ source, type: R.PREP, target, notes });

export const CATALOG_RELATIONSHIPS: readonly CatalogRelationship[] = [
  ...ladder('bodyweight-squat', 'goblet-squat', 'Hold a dumbbell once 3 × 20 is easy.'),
  ...ladder('goblet-squat', 'barbell-back-squat'),
  ...ladder('split-squat', 'bulgarian-split-squat'),
  ...ladder('bulgarian-split-squat', 'pistol-squat'),
  ...ladder('knee-push-up', 'push-up'),
  ...ladder('incline-push-up', 'push-up', 'Lower the hands a step at a time.'),
  ...ladder('push-up', 'archer-push-up'),
  ...ladder('band-assisted-pull-up', 'pull-up', 'Use a lighter band each block.'),
  ...ladder('negative-pull-up', 'pull-up', 'Lower over 3–5 seconds until a full rep comes.'),
  ...ladder('pull-up', 'weighted-pull-up'),
  ...ladder('pull-up', 'muscle-up'),
  ...ladder('ring-row', 'inverted-row'),
  ...ladder('pike-push-up', 'handstand-push-up'),
  ...ladder('bench-dip', 'dip'),
  ...ladder('dip', 'weighted-dip'),
  ...ladder('dip', 'ring-dip'),
  ...ladder('hanging-knee-raise', 'hanging-leg-raise'),
  ...ladder('hanging-leg-raise', 'toes-to-bar'),
  ...ladder('plank', 'ab-wheel-rollout'),
  ...ladder('dead-bug', 'hollow-body-hold'),
  ...ladder('glute-bridge', 'barbell-hip-thrust'),
  ...ladder('glute-bridge', 'single-leg-hip-thrust'),
  ...ladder('dumbbell-romanian-deadlift', 'romanian-deadlift'),
  ...ladder('trap-bar-deadlift', 'conventional-deadlift'),
  ...ladder('glute-ham-raise', 'nordic-hamstring-curl'),
  ...ladder('hang-power-clean', 'power-clean'),
  ...ladder('power-clean', 'clean'),
  ...ladder('clean', 'clean-and-jerk'),
  ...ladder('power-snatch', 'snatch'),
  ...ladder('push-press', 'push-jerk'),
  ...ladder('push-jerk', 'split-jerk'),
  ...both(R.VARIATION, 'barbell-back-squat', 'barbell-front-squat', 'pause-squat', 'box-squat', 'safety-bar-squat', 'zercher-squat'),
  ...both(R.VARIATION, 'leg-press', 'hack-squat'),
  ...both(R.VARIATION, 'barbell-bench-press', 'paused-bench-press', 'close-grip-bench-press', 'floor-press', 'incline-barbell-bench-press', 'decline-bench-press', 'dumbbell-bench-press'),
  ...both(R.VARIATION, 'conventional-deadlift', 'sumo-deadlift', 'deficit-deadlift', 'rack-pull', 'snatch-grip-deadlift'),
  ...both(R.VARIATION, 'romanian-deadlift', 'stiff-leg-deadlift', 'single-leg-romanian-deadlift', 'good-morning'),
  ...both(R.VARIATION, 'overhead-press', 'push-press', 'z-press', 'seated-dumbbell-shoulder-press', 'landmine-press'),
  ...both(R.VARIATION, 'barbell-row', 'pendlay-row', 't-bar-row', 'chest-supported-dumbbell-row'),
  ...both(R.VARIATION, 'pull-up', 'chin-up'),
  ...both(R.VARIATION, 'lat-pulldown', 'close-grip-lat-pulldown', 'single-arm-lat-pulldown'),
  ...both(R.VARIATION, 'barbell-curl', 'ez-bar-curl', 'dumbbell-curl', 'hammer-curl', 'preacher-curl', 'cable-curl'),
  ...both(R.VARIATION, 'triceps-pushdown', 'cable-overhead-triceps-extension'),
  ...both(R.VARIATION, 'skull-crusher', 'overhead-triceps-extension'),
  ...both(R.VARIATION, 'seated-leg-curl', 'lying-leg-curl'),
  ...both(R.VARIATION, 'standing-calf-raise', 'seated-calf-raise', 'single-leg-calf-raise', 'leg-press-calf-raise'),
  ...both(R.VARIATION, 'walking-lunge', 'reverse-lunge', 'forward-lunge'),
  ...both(R.VARIATION, 'lateral-lunge', 'cossack-squat'),
  ...both(R.VARIATION, 'running', 'treadmill-running', 'sprint'),
  ...both(R.VARIATION, 'stationary-bike', 'air-bike'),
  ...both(R.VARIATION, 'rowing-ergometer', 'ski-ergometer'),
  ...both(R.ANTAGONIST, 'barbell-bench-press', 'barbell-row'),
  ...both(R.ANTAGONIST, 'overhead-press', 'pull-up'),
  ...both(R.ANTAGONIST, 'dumbbell-bench-press', 'one-arm-dumbbell-row'),
  ...both(R.ANTAGONIST, 'incline-dumbbell-press', 'lat-pulldown'),
  ...both(R.ANTAGONIST, 'push-up', 'inverted-row'),
  ...both(R.ANTAGONIST, 'dip', 'chin-up'),
  ...both(R.ANTAGONIST, 'barbell-curl', 'skull-crusher'),
  ...both(R.ANTAGONIST, 'dumbbell-curl', 'overhead-triceps-extension'),
  ...both(R.ANTAGONIST, 'cable-curl', 'triceps-pushdown'),
  ...both(R.ANTAGONIST, 'leg-extension', 'seated-leg-curl'),
  ...both(R.ANTAGONIST, 'hip-abduction-machine', 'hip-adduction-machine'),
  ...both(R.ANTAGONIST, 'cable-fly', 'reverse-pec-deck'),
  ...both(R.ANTAGONIST, 'crunch', 'back-extension'),
  ...both(R.ANTAGONIST, 'tibialis-raise', 'standing-calf-raise'),
  ...both(R.ANTAGONIST, 'wrist-curl', 'reverse-wrist-curl'),
  prep('bodyweight-squat', 'barbell-back-squat', 'Warm-up sets before loading the bar.'),
  prep('banded-lateral-walk', 'barbell-back-squat', 'Wakes up the glutes so the knees track out.'),
  prep('cossack-squat', 'barbell-back-squat', 'Hip and ankle mobility.'),
  prep('band-pull-apart', 'barbell-bench-press', 'Sets the shoulder blades before pressing.'),
  prep('band-pull-apart', 'overhead-press'),
  prep('face-pull', 'overhead-press'),
  prep('dead-bug', 'conventional-deadlift', 'Practises bracing.'),
  prep('bird-dog', 'conventional-deadlift'),
  prep('glute-bridge', 'conventional-deadlift'),
  prep('dead-hang', 'pull-up', 'Builds grip and shoulder tolerance for hanging.'),
  prep('clean-pull', 'power-clean'),
  prep('clean-pull', 'clean'),
  prep('snatch-grip-deadlift', 'snatch'),
  prep('overhead-squat', 'snatch', 'The receiving position of the snatch.'),
  prep('jump-rope', 'box-jump'),
];
