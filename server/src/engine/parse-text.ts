import { type CatalogEntry, type ExerciseMatch, createExerciseMatcher } from './exercise-match.js';

/**
 * Free-text workout notes into structured sets, one row per line, each with a confidence.
 *
 * Understood per line: an exercise name, then set groups separated by commas or semicolons, each
 * made of
 *   sets × reps            `3x8`, `3 × 8`, `3x8-10` (a range logs its lower end)
 *   sets × seconds         `3x60s`, `2x1min`
 *   reps per set           `5/5/5`
 *   weight × reps [× sets] `100kg x 5`, `100x5x3` (unitless chains are guessed by size)
 *   a load                 `80kg`, `@ 80kg`, `135lb`, `135#`, or a bare `140` (default unit)
 *   effort                 `RPE 8`, `@8` after a load, `RIR 2` (RPE = 10 − RIR: Zourdos et al.
 *                          2016, J Strength Cond Res 30(1):267–275, the RIR-based RPE scale)
 *   time and distance      `25:00`, `1:02:30`, `90s`, `20min`, `5km`, `400m`, `3mi`
 * Units out: kg, seconds, metres. 1 lb = 0.45359237 kg exactly (international yard and pound
 * agreement, 1959); 1 mile = 1609.344 m exactly.
 *
 * Confidence starts at 1 and is multiplied down for every guess, each named in `problems`: a load
 * without a unit (×0.75), a unitless chain read by size (×0.6), a rep range (×0.85), a number read
 * as reps by position (×0.7), words that were ignored (×0.85 each), implausible values (×0.5),
 * and, with a catalog, the exercise match's own confidence (an unmatched name counts 0.5).
 *
 * Total: any string gives a result; a line with no set in it (or over 500 characters) is returned
 * in `unparsed` with the reason, never thrown. Blank lines and lines starting with `#` or `//`
 * are skipped silently.
 */

export const KG_PER_LB = 0.45359237;
export const METERS_PER_MILE = 1609.344;
export const MAX_LINE_LENGTH = 500;

/** Pounds to kilograms (exact factor; no rounding). */
export const lbToKg = (lb: number): number => lb * KG_PER_LB;
/** Kilograms to pounds (exact factor; no rounding). */
export const kgToLb = (kg: number): number => kg / KG_PER_LB;

export type WeightUnit = 'kg' | 'lb';

export interface ParsedSet<Id = string> {
  exerciseName: string;
  /** The catalog id when a catalog was given and the name matched; otherwise null. */
  exerciseId: Id | null;
  /** Load in kg; null when none was written (bodyweight, timed or distance work). */
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  durationSeconds: number | null;
  distanceMeters: number | null;
  /** 0..1, the row's confidence (every set of a row shares it). */
  confidence: number;
  problems: string[];
  /** 1-based line number in the input. */
  line: number;
}

export interface ParsedTextRow<Id = string> {
  line: number;
  text: string;
  exerciseName: string;
  exerciseId: Id | null;
  match: ExerciseMatch<Id> | null;
  sets: ParsedSet<Id>[];
  confidence: number;
  problems: string[];
}

export interface UnparsedLine {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedText<Id = string> {
  rows: ParsedTextRow<Id>[];
  /** Every row's sets in order. */
  sets: ParsedSet<Id>[];
  unparsed: UnparsedLine[];
  /** Distinct exercise names that found no catalog entry (only with a catalog). */
  unmatchedExercises: string[];
}

export interface ParseTextOptions<Id = string> {
  /** Unit assumed for a load written without one; default 'kg'. */
  defaultWeightUnit?: WeightUnit;
  /** When given, names are matched (see exercise-match.ts) and unmatched ones reported. */
  catalog?: readonly CatalogEntry<Id>[];
}

type Unit = 'kg' | 'lb' | 's' | 'min' | 'h' | 'km' | 'k' | 'mi' | 'm' | 'reps' | 'sets';
type Token =
  | { kind: 'num'; value: number; unit: Unit | null; raw: string }
  | { kind: 'time'; seconds: number; raw: string }
  | { kind: 'x' | 'slash' | 'at' | 'dash' | 'rpe' | 'rir' }
  | { kind: 'word'; raw: string };

const UNIT_WORDS: readonly [RegExp, Unit][] = [
  [/^(kg|kgs|kilos?|kilograms?)$/, 'kg'],
  [/^(lbs?|#|pounds?)$/, 'lb'],
  [/^(s|secs?|seconds?)$/, 's'],
  [/^(mins?|minutes?)$/, 'min'],
  [/^(h|hrs?|hours?)$/, 'h'],
  [/^(kms?|kilomet(er|re)s?)$/, 'km'],
  [/^k$/, 'k'],
  [/^(mi|miles?)$/, 'mi'],
  [/^(m|met(er|re)s?)$/, 'm'],
  [/^(reps?|r)$/, 'reps'],
  [/^(sets?)$/, 'sets'],
];
const UNIT_ALTERNATION =
  'kilograms?|kilos?|kgs|kg|lbs?|pounds?|#|seconds?|secs?|s|minutes?|mins?|miles?|mi|hours?|hrs?|h|kilomet(?:er|re)s?|kms?|k|met(?:er|re)s?|m|reps?|r|sets?';

const unitOf = (word: string): Unit | null => UNIT_WORDS.find(([re]) => re.test(word))?.[1] ?? null;

/**
 * One token at a time (sticky). A unit must end its word, though an `x` may follow it directly
 * (`100kgx5`); `8 rpe` is therefore 8 then the RPE keyword, not 8 with a unit "r".
 */
const TOKEN = new RegExp(
  String.raw`\s*(?:(\d{1,3}:\d{2}(?::\d{2})?)(?![\d:])|(\d+(?:[.,]\d+)?)(?:\s*(${UNIT_ALTERNATION})(?![a-wyz]))?|([x×*])|(\/)|(@)|(-|–)|([a-z]+)|([^\s]))`,
  'y',
);

function tokenize(spec: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < spec.length && (m = TOKEN.exec(spec)) !== null) {
    if (m[0].length === 0) break;
    const [, time, num, unitWord, x, slash, at, dash, word] = m;
    if (time !== undefined) {
      const parts = time.split(':').map(Number);
      const seconds = parts.length === 3 ? parts[0]! * 3600 + parts[1]! * 60 + parts[2]! : parts[0]! * 60 + parts[1]!;
      tokens.push({ kind: 'time', seconds, raw: time });
    } else if (num !== undefined) {
      const value = Number(num.replace(',', '.'));
      tokens.push({ kind: 'num', value, unit: unitWord === undefined ? null : unitOf(unitWord), raw: `${num}${unitWord ?? ''}` });
    } else if (x !== undefined) tokens.push({ kind: 'x' });
    else if (slash !== undefined) tokens.push({ kind: 'slash' });
    else if (at !== undefined) tokens.push({ kind: 'at' });
    else if (dash !== undefined) tokens.push({ kind: 'dash' });
    else if (word !== undefined) {
      if (word === 'rpe') tokens.push({ kind: 'rpe' });
      else if (word === 'rir') tokens.push({ kind: 'rir' });
      else if (word === 'x') tokens.push({ kind: 'x' });
      else if (word !== 'to' && word !== 'of' && word !== 'at') tokens.push({ kind: 'word', raw: word });
      else if (word === 'at') tokens.push({ kind: 'at' });
      else if (word === 'to') tokens.push({ kind: 'dash' });
    }
    // Any other single character (brackets, dots, colons) carries no meaning here.
  }
  return tokens;
}

interface GroupResult {
  sets: { weightKg: number | null; reps: number | null; rpe: number | null; durationSeconds: number | null; distanceMeters: number | null }[];
  factor: number;
  problems: string[];
}

const isWeightUnit = (u: Unit | null) => u === 'kg' || u === 'lb';
const isTimeUnit = (u: Unit | null) => u === 's' || u === 'min' || u === 'h';
const isDistanceUnit = (u: Unit | null) => u === 'km' || u === 'k' || u === 'mi' || u === 'm';
const seconds = (value: number, unit: Unit | null) => (unit === 'h' ? value * 3600 : unit === 'min' ? value * 60 : value);
const meters = (value: number, unit: Unit | null) => (unit === 'km' || unit === 'k' ? value * 1000 : unit === 'mi' ? value * METERS_PER_MILE : value);

/** Interprets one comma-separated group of a line. Never throws. */
function parseGroup(tokens: Token[], defaultUnit: WeightUnit): GroupResult {
  const problems: string[] = [];
  let factor = 1;
  const guess = (f: number, problem: string) => {
    factor *= f;
    problems.push(problem);
  };
  const toKg = (value: number, unit: Unit | null, raw: string): number => {
    if (unit === 'lb') return lbToKg(value);
    if (unit === 'kg') return value;
    guess(0.75, `no unit on load ${raw}: assumed ${defaultUnit}`);
    return defaultUnit === 'lb' ? lbToKg(value) : value;
  };

  let sets: number | null = null;
  let repsList: number[] | null = null;
  let weightKg: number | null = null;
  let rpe: number | null = null;
  let durationSeconds: number | null = null;
  let distanceMeters: number | null = null;
  const ignored: string[] = [];

  const used = new Array<boolean>(tokens.length).fill(false);
  const num = (i: number) => {
    const t = tokens[i];
    return t !== undefined && t.kind === 'num' ? t : null;
  };

  // Effort first: `RPE 8`, `RIR 2`.
  tokens.forEach((t, i) => {
    if (t.kind !== 'rpe' && t.kind !== 'rir') return;
    const n = num(i + 1);
    used[i] = true;
    if (n === null) return void guess(0.85, `${t.kind.toUpperCase()} without a number`);
    used[i + 1] = true;
    const value = t.kind === 'rpe' ? n.value : 10 - n.value;
    if (value >= 1 && value <= 10) rpe = value;
    else guess(0.5, `${t.kind.toUpperCase()} ${n.raw} is outside 1–10: dropped`);
  });

  // Chains joined by x: sets × reps, weight × reps [× sets], sets × seconds.
  for (let i = 0; i < tokens.length; i++) {
    const first = num(i);
    if (used[i] || first === null || tokens[i + 1]?.kind !== 'x' || num(i + 2) === null) continue;
    const chain = [first];
    let j = i;
    while (tokens[j + 1]?.kind === 'x' && num(j + 2) !== null && chain.length < 3) {
      chain.push(num(j + 2)!);
      j += 2;
    }
    for (let k = i; k <= j; k++) used[k] = true;
    // A range on the last element: `3x8-10`.
    if (tokens[j + 1]?.kind === 'dash' && num(j + 2) !== null && chain.length === 2) {
      used[j + 1] = true;
      used[j + 2] = true;
      guess(0.85, `rep range ${chain[1]!.raw}-${num(j + 2)!.raw}: logged the lower end`);
    }
    const weightAt = chain.findIndex((n) => isWeightUnit(n.unit));
    const timeAt = chain.findIndex((n) => isTimeUnit(n.unit));
    const plain = chain.filter((n) => n.unit === null || n.unit === 'reps' || n.unit === 'sets');
    if (weightAt >= 0) {
      const w = chain[weightAt]!;
      weightKg = toKg(w.value, w.unit, w.raw);
      const rest = chain.filter((_, k) => k !== weightAt);
      if (rest.length === 1) repsList = [rest[0]!.value];
      else if (weightAt === 0) [repsList, sets] = [[rest[0]!.value], rest[1]!.value];
      else [sets, repsList] = [rest[0]!.value, [rest[1]!.value]];
    } else if (chain.some((n) => isDistanceUnit(n.unit)) && chain.length === 2) {
      const d = chain.find((n) => isDistanceUnit(n.unit))!;
      distanceMeters = meters(d.value, d.unit);
      sets = chain.find((n) => n !== d)!.value;
    } else if (timeAt >= 0) {
      const t = chain[timeAt]!;
      durationSeconds = seconds(t.value, t.unit);
      sets = chain.length > 1 ? chain[timeAt === 0 ? 1 : 0]!.value : 1;
    } else if (plain.length === chain.length) {
      const values = chain.map((n) => n.value);
      const hasLoadElsewhere = tokens.some((t, k) => !used[k] && t.kind === 'num' && isWeightUnit(t.unit));
      if (chain.length === 2) {
        const [a, b] = values as [number, number];
        if (hasLoadElsewhere || a <= 20) [sets, repsList] = [a, [b]];
        else {
          guess(0.6, `${a}x${b} read as load × reps`);
          weightKg = toKg(a, null, chain[0]!.raw);
          repsList = [b];
        }
      } else {
        const [a, b, c] = values as [number, number, number];
        if (a > c) {
          guess(0.6, `${a}x${b}x${c} read as load × reps × sets`);
          weightKg = toKg(a, null, chain[0]!.raw);
          [repsList, sets] = [[b], c];
        } else {
          guess(0.6, `${a}x${b}x${c} read as sets × reps × load`);
          weightKg = toKg(c, null, chain[2]!.raw);
          [sets, repsList] = [a, [b]];
        }
      }
    } else {
      guess(0.6, `could not read ${chain.map((n) => n.raw).join('x')}`);
    }
    break;
  }

  // Reps per set: `5/5/5`.
  for (let i = 0; i < tokens.length && repsList === null; i++) {
    const first = num(i);
    if (used[i] || first === null || first.unit !== null || tokens[i + 1]?.kind !== 'slash') continue;
    const list = [first.value];
    used[i] = true;
    let j = i;
    while (tokens[j + 1]?.kind === 'slash' && num(j + 2) !== null && num(j + 2)!.unit === null) {
      list.push(num(j + 2)!.value);
      used[j + 1] = true;
      used[j + 2] = true;
      j += 2;
    }
    repsList = list;
  }

  // Everything else, one token at a time.
  tokens.forEach((t, i) => {
    if (used[i]) return;
    used[i] = true;
    if (t.kind === 'time') {
      durationSeconds = t.seconds;
      return;
    }
    if (t.kind === 'word') return void ignored.push(t.raw);
    if (t.kind !== 'num') return;
    const afterAt = tokens[i - 1]?.kind === 'at';
    if (isWeightUnit(t.unit)) weightKg = toKg(t.value, t.unit, t.raw);
    else if (isTimeUnit(t.unit)) durationSeconds = seconds(t.value, t.unit);
    else if (isDistanceUnit(t.unit)) {
      if (t.unit === 'k') guess(0.9, `${t.raw} read as kilometres`);
      distanceMeters = meters(t.value, t.unit);
    } else if (t.unit === 'reps') repsList = [t.value];
    else if (t.unit === 'sets') sets = t.value;
    else if (afterAt && weightKg !== null && rpe === null && t.value >= 1 && t.value <= 10) rpe = t.value;
    else if (weightKg === null && (repsList !== null || afterAt || t.value > 30)) weightKg = toKg(t.value, null, t.raw);
    else if (repsList === null && Number.isInteger(t.value)) {
      guess(0.7, `${t.raw} read as reps`);
      repsList = [t.value];
    } else ignored.push(t.raw);
  });
  if (ignored.length > 0) guess(0.85 ** Math.min(ignored.length, 4), `ignored: ${ignored.join(' ')}`);

  if (repsList === null && durationSeconds === null && distanceMeters === null) {
    if (weightKg === null) return { sets: [], factor, problems };
    guess(0.7, 'a load without reps: logged as one rep');
    repsList = [1];
  }
  if (repsList !== null && repsList.some((r) => !Number.isInteger(r) || r < 0 || r > 100)) guess(0.5, 'implausible reps');
  if (weightKg !== null && (weightKg as number) > 600) guess(0.5, 'implausible load (over 600 kg)');
  if (sets !== null && (!Number.isInteger(sets) || sets < 1 || sets > 20)) {
    guess(0.5, `implausible set count ${sets}: logged as one set`);
    sets = 1;
  }
  const count = repsList !== null && repsList.length > 1 ? repsList.length : (sets ?? 1);
  const out: GroupResult['sets'] = [];
  for (let k = 0; k < count; k++) {
    out.push({ weightKg, reps: repsList === null ? null : (repsList[k] ?? repsList[0]!), rpe, durationSeconds, distanceMeters });
  }
  return { sets: out, factor, problems };
}

const BULLET = /^\s*(?:[-*•·]|\d+[.)])\s+/;
/** Group separators: a comma or semicolon that is not a decimal comma. */
const GROUP_SPLIT = /;|,(?!\d)|(?<!\d),/;

/** Parses free-text workout notes; see the module comment. Throws only for a non-string input. */
export function parseWorkoutText<Id = string>(text: string, options: ParseTextOptions<Id> = {}): ParsedText<Id> {
  if (typeof text !== 'string') throw new TypeError('parseWorkoutText: text must be a string');
  const defaultUnit = options.defaultWeightUnit ?? 'kg';
  const matcher = options.catalog ? createExerciseMatcher(options.catalog) : null;
  const rows: ParsedTextRow<Id>[] = [];
  const unparsed: UnparsedLine[] = [];
  const unmatched = new Set<string>();

  text.split(/\r\n|\r|\n/).forEach((rawLine, index) => {
    const line = index + 1;
    const trimmed = rawLine.replace(/^\uFEFF/, '').trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//')) return;
    if (trimmed.length > MAX_LINE_LENGTH) return void unparsed.push({ line, text: trimmed.slice(0, 80), reason: `longer than ${MAX_LINE_LENGTH} characters` });
    const body = trimmed.replace(BULLET, '');
    // The name runs up to the first token that starts with a digit or '@'.
    const start = body.search(/(^|[\s:])[@\d]/);
    if (start < 0) return void unparsed.push({ line, text: trimmed, reason: 'no sets, reps, load, time or distance found' });
    const exerciseName = body.slice(0, start).replace(/[\s:–-]+$/, '').trim();
    if (exerciseName === '') return void unparsed.push({ line, text: trimmed, reason: 'no exercise name before the numbers' });

    const spec = body.slice(start).toLowerCase();
    const problems: string[] = [];
    let confidence = 1;
    const parsed: GroupResult['sets'] = [];
    for (const group of spec.split(GROUP_SPLIT)) {
      const tokens = tokenize(group);
      if (tokens.length === 0) continue;
      const result = parseGroup(tokens, defaultUnit);
      if (result.sets.length === 0) {
        confidence *= 0.7;
        problems.push(`no set in "${group.trim()}"`);
        continue;
      }
      confidence *= result.factor;
      problems.push(...result.problems);
      parsed.push(...result.sets);
    }
    if (parsed.length === 0) return void unparsed.push({ line, text: trimmed, reason: 'no sets, reps, load, time or distance found' });

    let match: ExerciseMatch<Id> | null = null;
    if (matcher !== null) {
      match = matcher.match(exerciseName);
      if (match.id === null) {
        unmatched.add(exerciseName);
        confidence *= 0.5;
        problems.push(`exercise "${exerciseName}" is not in the catalog`);
      } else if (match.confidence < 1) {
        confidence *= match.confidence;
        problems.push(...match.problems);
      }
    }
    const exerciseId = match?.id ?? null;
    const sets = parsed.map((s) => ({ exerciseName, exerciseId, ...s, confidence, problems, line }));
    rows.push({ line, text: trimmed, exerciseName, exerciseId, match, sets, confidence, problems });
  });

  return { rows, sets: rows.flatMap((r) => r.sets), unparsed, unmatchedExercises: [...unmatched] };
}
