import type { ExerciseSection, ProgressionStyle, RoutineDayInput } from '../../gql/graphql';
import { formatWeightNumber, parseWeight, type WeightUnit } from '../../lib/units';

/**
 * The editor's working copy of a routine. Numbers are kept as the text the person typed (weights in
 * their unit), checked here before anything is sent, and turned into the server's input (kg) on
 * save. Field paths are the server's (`days.0.exercises.1.sets.2.targetWeightKg`), so a field error
 * from either side lands on the same input.
 */

export interface DraftSet {
  key: string;
  isWarmup: boolean;
  /** "8" or a range "8-12" (also "8–12"). */
  reps: string;
  weight: string;
  rpe: string;
  rir: string;
  /** The stored kg and how it was first shown: an untouched weight is sent back exactly, with no lb round trip. */
  loaded: { weightText: string; weightKg: number | null };
  /** Targets this editor does not show (tempo, %1RM, time, distance …), kept as they were. */
  kept: Partial<SetExtras>;
}

interface SetExtras {
  toFailure: boolean;
  targetPct1rm: number | null;
  targetTempo: string | null;
  targetRestSeconds: number | null;
  targetDurationSeconds: number | null;
  targetDistanceMeters: number | null;
  notes: string | null;
}

export interface DraftRule {
  style: ProgressionStyle;
  increment: string;
  repRangeMin: string;
  repRangeMax: string;
  waveLength: string;
  deloadEvery: string;
  deloadPct: string;
  loaded: { incrementText: string; incrementKg: number };
}

export interface DraftExercise {
  key: string;
  exercise: { id: string; name: string };
  section: ExerciseSection;
  supersetGroup: string;
  notes: string;
  rule: DraftRule | null;
  sets: DraftSet[];
}

export interface DraftDay {
  key: string;
  title: string;
  isRest: boolean;
  notes: string;
  exercises: DraftExercise[];
}

export interface RoutineDraft {
  name: string;
  description: string;
  days: DraftDay[];
}

export interface FieldError {
  /** The server's dot path, e.g. `days.0.exercises.1.sets.2.targetReps`. */
  field: string;
  message: string;
}

let counter = 0;
/** A key for React lists that survives reordering. */
export const newKey = (prefix: string) => `${prefix}-${(counter += 1)}`;

export const PROGRESSION_STYLES: { value: ProgressionStyle; label: string; hint: string }[] = [
  { value: 'SINGLE_PROGRESSION', label: 'Linear', hint: 'Add the increment every successful cycle.' },
  { value: 'DOUBLE_PROGRESSION', label: 'Double progression', hint: 'Climb reps to the top of the range, then add the increment and start again at the bottom.' },
  { value: 'WAVE_LOADING', label: 'Wave loading', hint: 'Waves of steps: load rises while reps fall, each wave starting a step higher.' },
  { value: 'PERCENT_1RM_WAVE', label: '%1RM wave', hint: 'Percentages of your 1RM or training max climbing through a wave.' },
  { value: 'RPE_AUTOREGULATION', label: 'RPE autoregulation', hint: 'Load chosen from each set’s target RPE and your last e1RM.' },
];

export const SECTIONS: { value: ExerciseSection; label: string }[] = [
  { value: 'WARMUP', label: 'Warm-up' },
  { value: 'MAIN', label: 'Main' },
  { value: 'ACCESSORY', label: 'Accessory' },
];

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

export function emptySet(previous?: DraftSet): DraftSet {
  return {
    key: newKey('set'),
    isWarmup: false,
    reps: previous?.reps ?? '',
    weight: previous?.weight ?? '',
    rpe: previous?.rpe ?? '',
    rir: previous?.rir ?? '',
    loaded: previous ? { ...previous.loaded } : { weightText: '', weightKg: null },
    kept: previous ? { targetRestSeconds: previous.kept.targetRestSeconds ?? null } : {},
  };
}

export function newExercise(exercise: { id: string; name: string }): DraftExercise {
  return { key: newKey('exercise'), exercise, section: 'MAIN', supersetGroup: '', notes: '', rule: null, sets: [emptySet(), emptySet(), emptySet()] };
}

export function newRule(unit: WeightUnit): DraftRule {
  const incrementKg = unit === 'kg' ? 2.5 : 2.27;
  const incrementText = unit === 'kg' ? '2.5' : '5';
  return {
    style: 'SINGLE_PROGRESSION',
    increment: incrementText,
    repRangeMin: '',
    repRangeMax: '',
    waveLength: '',
    deloadEvery: '',
    deloadPct: '60',
    loaded: { incrementText, incrementKg },
  };
}

export const newDay = (index: number): DraftDay => ({ key: newKey('day'), title: `Day ${index + 1}`, isRest: false, notes: '', exercises: [] });

export const emptyDraft = (): RoutineDraft => ({ name: '', description: '', days: [newDay(0)] });

/** The stored routine as RoutineEditorQuery reads it (structurally, so tests can build one). */
export interface StoredRoutine {
  name: string;
  description?: string | null;
  days: readonly {
    dayIndex: number;
    title?: string | null;
    isRest: boolean;
    notes?: string | null;
    exercises: readonly {
      position: number;
      section: ExerciseSection;
      supersetGroup?: number | null;
      notes?: string | null;
      exercise: { id: string; name: string };
      progressionRule?: {
        style: ProgressionStyle;
        incrementKg: number;
        repRangeMin?: number | null;
        repRangeMax?: number | null;
        waveLength?: number | null;
        deloadEveryNCycles?: number | null;
        deloadPct: number;
      } | null;
      sets: readonly ({ setIndex: number; isWarmup: boolean; toFailure: boolean; targetWeightKg?: number | null } & Partial<Record<
        'targetReps' | 'targetRepsMin' | 'targetRepsMax' | 'targetPct1rm' | 'targetRir' | 'targetRpe' | 'targetRestSeconds' | 'targetDurationSeconds' | 'targetDistanceMeters',
        number | null
      >> & { targetTempo?: string | null; notes?: string | null })[];
    }[];
  }[];
}

/** The stored routine as a draft, weights shown in `unit`. */
export function draftFromRoutine(routine: StoredRoutine, unit: WeightUnit): RoutineDraft {
  return {
    name: routine.name,
    description: routine.description ?? '',
    days: [...routine.days]
      .sort((a, b) => a.dayIndex - b.dayIndex)
      .map((day) => ({
        key: newKey('day'),
        title: day.title ?? '',
        isRest: day.isRest,
        notes: day.notes ?? '',
        exercises: [...day.exercises]
          .sort((a, b) => a.position - b.position)
          .map((slot) => {
            const rule = slot.progressionRule;
            const incrementText = rule ? formatWeightNumber(rule.incrementKg, unit).replace(/,/g, '') : '';
            return {
              key: newKey('exercise'),
              exercise: { id: slot.exercise.id, name: slot.exercise.name },
              section: slot.section,
              supersetGroup: text(slot.supersetGroup),
              notes: slot.notes ?? '',
              rule: rule
                ? {
                    style: rule.style,
                    increment: incrementText,
                    repRangeMin: text(rule.repRangeMin),
                    repRangeMax: text(rule.repRangeMax),
                    waveLength: text(rule.waveLength),
                    deloadEvery: text(rule.deloadEveryNCycles),
                    deloadPct: text(rule.deloadPct),
                    loaded: { incrementText, incrementKg: rule.incrementKg },
                  }
                : null,
              sets: [...slot.sets]
                .sort((a, b) => a.setIndex - b.setIndex)
                .map((set) => {
                  const weightText = set.targetWeightKg == null ? '' : formatWeightNumber(set.targetWeightKg, unit).replace(/,/g, '');
                  const reps = set.targetReps != null ? String(set.targetReps) : set.targetRepsMin != null || set.targetRepsMax != null ? `${text(set.targetRepsMin)}-${text(set.targetRepsMax)}` : '';
                  return {
                    key: newKey('set'),
                    isWarmup: set.isWarmup,
                    reps,
                    weight: weightText,
                    rpe: text(set.targetRpe),
                    rir: text(set.targetRir),
                    loaded: { weightText, weightKg: set.targetWeightKg ?? null },
                    kept: {
                      toFailure: set.toFailure,
                      targetPct1rm: set.targetPct1rm ?? null,
                      targetTempo: set.targetTempo ?? null,
                      targetRestSeconds: set.targetRestSeconds ?? null,
                      targetDurationSeconds: set.targetDurationSeconds ?? null,
                      targetDistanceMeters: set.targetDistanceMeters ?? null,
                      notes: set.notes ?? null,
                    },
                  };
                }),
            };
          }),
      })),
  };
}

/** Checked number parsing: null for empty text, NaN for text that is not the kind of number asked for. */
function parseInteger(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function parseDecimal(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** kg to the server's precision (2 decimals): a typed 225 lb is 102.06 kg. */
const toHundredths = (kg: number) => Math.round(kg * 100) / 100;

function weightKgOf(set: DraftSet, unit: WeightUnit): number | null {
  if (set.weight.trim() === '') return null;
  if (set.weight === set.loaded.weightText && set.loaded.weightKg != null) return set.loaded.weightKg;
  const kg = parseWeight(set.weight, unit);
  return Number.isNaN(kg) ? Number.NaN : toHundredths(kg);
}

function incrementKgOf(rule: DraftRule, unit: WeightUnit): number {
  if (rule.increment === rule.loaded.incrementText) return rule.loaded.incrementKg;
  const kg = parseWeight(rule.increment, unit);
  return Number.isNaN(kg) ? Number.NaN : toHundredths(kg);
}

interface RepsTarget {
  targetReps: number | null;
  targetRepsMin: number | null;
  targetRepsMax: number | null;
}

/** "8" → 8 reps; "8-12" / "8–12" → a range; null when it is neither. */
export function parseReps(value: string): RepsTarget | null {
  const trimmed = value.trim();
  if (trimmed === '') return { targetReps: null, targetRepsMin: null, targetRepsMax: null };
  const single = /^(\d+)$/.exec(trimmed);
  if (single) return { targetReps: Number(single[1]), targetRepsMin: null, targetRepsMax: null };
  const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(trimmed);
  if (range) return { targetReps: null, targetRepsMin: Number(range[1]), targetRepsMax: Number(range[2]) };
  return null;
}

export interface BuiltDraft {
  errors: FieldError[];
  /** The server's input, when there are no errors. */
  days: RoutineDayInput[];
  name: string;
  description: string | null;
}

/**
 * Checks the draft the way the server will (same ranges, same paths) and builds the input. The
 * server checks again; this only saves a round trip and says which input is wrong straight away.
 */
export function buildDraft(draft: RoutineDraft, unit: WeightUnit): BuiltDraft {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  const name = draft.name.trim();
  if (!name) fail('name', 'Give the routine a name.');
  else if (name.length > 120) fail('name', 'The name can be at most 120 characters.');
  if (draft.description.length > 2000) fail('description', 'The description can be at most 2000 characters.');
  if (draft.days.length === 0) fail('days', 'Add at least one day.');
  if (draft.days.length > 20) fail('days', 'A routine can have at most 20 days.');

  const days = draft.days.map((day, d): RoutineDayInput => {
    const dayPath = `days.${d}`;
    if (day.title.length > 100) fail(`${dayPath}.title`, 'A day title can be at most 100 characters.');
    if (!day.isRest && day.exercises.length === 0) fail(`${dayPath}.exercises`, `Day ${d + 1}: add an exercise from the catalog, or mark it as a rest day.`);
    if (day.exercises.length > 30) fail(`${dayPath}.exercises`, `Day ${d + 1}: at most 30 exercises.`);
    return {
      title: day.title.trim() || null,
      isRest: day.isRest,
      notes: day.notes.trim() || null,
      exercises: day.isRest
        ? []
        : day.exercises.map((slot, e) => {
            const slotPath = `${dayPath}.exercises.${e}`;
            const label = `Day ${d + 1}, ${slot.exercise.name}`;
            const group = parseInteger(slot.supersetGroup);
            if (group !== null && !(group >= 1 && group <= 30)) fail(`${slotPath}.supersetGroup`, `${label}: superset group is a number from 1 to 30 (or empty).`);
            if (slot.sets.length === 0) fail(`${slotPath}.sets`, `${label}: add at least one set.`);
            if (slot.sets.length > 20) fail(`${slotPath}.sets`, `${label}: at most 20 sets.`);
            const sets = slot.sets.map((set, s) => {
              const setPath = `${slotPath}.sets.${s}`;
              const setLabel = `${label}, set ${s + 1}`;
              const reps = parseReps(set.reps);
              if (!reps) fail(`${setPath}.targetReps`, `${setLabel}: reps are a whole number (8) or a range (8-12).`);
              else if ([reps.targetReps, reps.targetRepsMin, reps.targetRepsMax].some((value) => value != null && value > 1000)) {
                fail(`${setPath}.targetReps`, `${setLabel}: reps can be at most 1000.`);
              } else if (reps.targetRepsMin != null && reps.targetRepsMax != null && reps.targetRepsMax < reps.targetRepsMin) {
                fail(`${setPath}.targetRepsMax`, `${setLabel}: the top of the rep range must be at least its bottom.`);
              }
              const weightKg = weightKgOf(set, unit);
              if (weightKg !== null && !(weightKg >= 0 && weightKg <= 1000)) {
                fail(`${setPath}.targetWeightKg`, `${setLabel}: weight is a number of ${unit} from 0 to ${unit === 'kg' ? '1000' : '2204'}.`);
              }
              const rpe = parseDecimal(set.rpe);
              if (rpe !== null && !(rpe >= 1 && rpe <= 10 && Number.isInteger(rpe * 2))) fail(`${setPath}.targetRpe`, `${setLabel}: RPE is 1 to 10 in halves, e.g. 7.5.`);
              const rir = parseInteger(set.rir);
              if (rir !== null && !(rir >= 0 && rir <= 10)) fail(`${setPath}.targetRir`, `${setLabel}: RIR (reps in reserve) is a whole number from 0 to 10.`);
              return {
                ...set.kept,
                isWarmup: set.isWarmup,
                targetReps: reps?.targetReps ?? null,
                targetRepsMin: reps?.targetRepsMin ?? null,
                targetRepsMax: reps?.targetRepsMax ?? null,
                targetWeightKg: weightKg,
                targetRpe: rpe,
                targetRir: rir,
              };
            });
            let progressionRule = null;
            if (slot.rule) {
              const rulePath = `${slotPath}.progressionRule`;
              const rule = slot.rule;
              const incrementKg = incrementKgOf(rule, unit);
              if (!(incrementKg >= 0 && incrementKg <= 50)) fail(`${rulePath}.incrementKg`, `${label}: the increment is a weight in ${unit} from 0 to ${unit === 'kg' ? '50' : '110'}.`);
              const repRangeMin = parseInteger(rule.repRangeMin);
              const repRangeMax = parseInteger(rule.repRangeMax);
              const waveLength = parseInteger(rule.waveLength);
              const deloadEveryNCycles = parseInteger(rule.deloadEvery);
              const deloadPct = parseDecimal(rule.deloadPct);
              if (rule.style === 'DOUBLE_PROGRESSION') {
                if (repRangeMin === null || !(repRangeMin >= 1 && repRangeMin <= 1000)) fail(`${rulePath}.repRangeMin`, `${label}: double progression needs the bottom of its rep range (1 or more).`);
                if (repRangeMax === null || !(repRangeMax >= 1 && repRangeMax <= 1000)) fail(`${rulePath}.repRangeMax`, `${label}: double progression needs the top of its rep range.`);
                else if (repRangeMin !== null && repRangeMax < repRangeMin) fail(`${rulePath}.repRangeMax`, `${label}: the top of the rep range must be at least its bottom.`);
              }
              if ((rule.style === 'WAVE_LOADING' || rule.style === 'PERCENT_1RM_WAVE') && (waveLength === null || !(waveLength >= 2 && waveLength <= 8))) {
                fail(`${rulePath}.waveLength`, `${label}: a wave has 2 to 8 steps.`);
              }
              if (deloadEveryNCycles !== null && !(deloadEveryNCycles >= 2 && deloadEveryNCycles <= 52)) {
                fail(`${rulePath}.deloadEveryNCycles`, `${label}: deload every 2 to 52 cycles (or leave it empty for none).`);
              }
              if (deloadPct === null || !(deloadPct > 0 && deloadPct < 100)) fail(`${rulePath}.deloadPct`, `${label}: the deload load is a percentage above 0 and below 100.`);
              progressionRule = {
                style: rule.style,
                incrementKg,
                repRangeMin: rule.style === 'DOUBLE_PROGRESSION' ? repRangeMin : null,
                repRangeMax: rule.style === 'DOUBLE_PROGRESSION' ? repRangeMax : null,
                waveLength: rule.style === 'WAVE_LOADING' || rule.style === 'PERCENT_1RM_WAVE' ? waveLength : null,
                deloadEveryNCycles,
                deloadPct: deloadPct ?? 60,
              };
            }
            return {
              exerciseId: slot.exercise.id,
              section: slot.section,
              supersetGroup: group,
              notes: slot.notes.trim() || null,
              progressionRule,
              sets,
            };
          }),
    };
  });
  return { errors, days, name, description: draft.description.trim() || null };
}

/**
 * The input an error path belongs to. Range errors on reps name targetRepsMin/Max: they show on the
 * one reps input.
 */
export function inputPathOf(field: string): string {
  return field.replace(/\.targetReps(Min|Max)$/, '.targetReps');
}
