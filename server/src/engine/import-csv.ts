import { parse } from 'csv-parse/sync';
import { type CatalogEntry, type ExerciseMatch, createExerciseMatcher, normaliseExerciseName } from './exercise-match.js';
import { KG_PER_LB, METERS_PER_MILE, type WeightUnit } from './parse-text.js';

/**
 * Import of Strong and Hevy CSV exports into sessions and sets.
 *
 * Strong: one row per set, `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,
 * Distance,Seconds,Notes,Workout Notes,RPE` and its variants: older files with `Weight Unit` /
 * `Distance Unit` columns and `Workout Duration`, newer ones with the unit in the header
 * (`Weight (kg)`, `Weight (lbs)`, `Distance (meters)`, `Duration (sec)`, `Workout #`), comma- or
 * semicolon-separated (the latter with decimal commas). `Set Order` is the set number, `W` a
 * warm-up, `D` a drop set, `F` a failure set; `Rest Timer` rows are skipped.
 * Hevy: `title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,
 * set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,duration_seconds,rpe`,
 * set_type warmup / normal / failure / dropset, start_time as `3 Jan 2024, 18:05` or ISO.
 *
 * Out: sessions in chronological order, each `{ date 'YYYY-MM-DD', startedAt (local wall-clock
 * 'YYYY-MM-DDTHH:MM:SS' as the app wrote it, no zone: the service applies the athlete's), title,
 * sets in file order }`, units converted to kg / metres / seconds (1 lb = 0.45359237 kg,
 * 1 mile = 1609.344 m), every set with a confidence (0..1, lowered and explained in `problems`
 * for an assumed unit, an unreadable value, a fuzzy or missing catalog match) and a stable
 * `fingerprint` per session so a re-import recognises what was imported before (`dedupe`).
 *
 * Total: any string gives a result; what cannot be read is reported in `skippedRows` or
 * `problems`, never thrown. Throws only for a non-string input (a programming error).
 *
 * CSV reading is csv-parse (node-csv project, sync API): RFC 4180 quoting, embedded delimiters
 * and newlines, BOM and CRLF handled, no I/O.
 */

export type CsvFormat = 'STRONG_CSV' | 'HEVY_CSV';
export type SetType = 'normal' | 'warmup' | 'failure' | 'dropset';

export interface ImportedSet<Id = string> {
  exerciseName: string;
  exerciseId: Id | null;
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  durationSeconds: number | null;
  distanceMeters: number | null;
  setType: SetType;
  isWarmup: boolean;
  notes: string | null;
  confidence: number;
  problems: string[];
  /** 1-based line of the CSV record (its last physical line when a field spans lines). */
  line: number;
}

export interface ImportedSession<Id = string> {
  date: string;
  startedAt: string | null;
  durationSeconds: number | null;
  title: string;
  notes: string | null;
  sets: ImportedSet<Id>[];
  /** `fnv1a64:` + 16 hex digits over the date, start and every set (see `sessionFingerprint`). */
  fingerprint: string;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface CsvImport<Id = string> {
  format: CsvFormat | null;
  sessions: ImportedSession<Id>[];
  skippedRows: SkippedRow[];
  /** Distinct exercise names that found no catalog entry (only with a catalog). */
  unmatchedExercises: string[];
  /** File-level problems: unknown header, unreadable CSV. */
  problems: string[];
}

export interface ImportCsvOptions<Id = string> {
  /** Unit assumed when neither the header nor a unit column says; default 'kg'. */
  defaultWeightUnit?: WeightUnit;
  catalog?: readonly CatalogEntry<Id>[];
}

// ---------------------------------------------------------------------------------------------
// Fingerprints

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = (1n << 64n) - 1n;
const utf8 = new TextEncoder();

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`, as 16 lower-case hex digits (Fowler, Noll & Vo;
 * parameters as in draft-eastlake-fnv: offset basis 0xcbf29ce484222325, prime 0x100000001b3).
 */
export function fnv1a64(text: string): string {
  let hash = FNV64_OFFSET;
  for (const byte of utf8.encode(text)) hash = ((hash ^ BigInt(byte)) * FNV64_PRIME) & MASK64;
  return hash.toString(16).padStart(16, '0');
}

const canon = (value: number | null, scale: number) => (value === null ? '' : String(Math.round(value * scale)));

/**
 * A session's identity for re-imports: FNV-1a 64 over its date, start and each set's normalised
 * exercise name, load (0.01 kg), reps, RPE (0.5), duration (s), distance (cm) and warm-up flag.
 * Title and notes are left out: renaming a workout in the app does not make it a new one.
 */
export function sessionFingerprint(session: Pick<ImportedSession<unknown>, 'date' | 'startedAt' | 'sets'>): string {
  const sets = session.sets.map((s) =>
    [normaliseExerciseName(s.exerciseName).join(' '), canon(s.weightKg, 100), canon(s.reps, 1), canon(s.rpe, 2), canon(s.durationSeconds, 1), canon(s.distanceMeters, 100), s.isWarmup ? 'w' : ''].join(':'),
  );
  return `fnv1a64:${fnv1a64(['v1', session.date, session.startedAt ?? '', ...sets].join('|'))}`;
}

/** Splits `sessions` into those whose fingerprint is new and those already known (or repeated in the batch). */
export function dedupe<S extends { fingerprint: string }>(sessions: readonly S[], knownFingerprints: Iterable<string>): { fresh: S[]; duplicates: S[] } {
  const seen = new Set(knownFingerprints);
  const fresh: S[] = [];
  const duplicates: S[] = [];
  for (const session of sessions) {
    if (seen.has(session.fingerprint)) duplicates.push(session);
    else {
      seen.add(session.fingerprint);
      fresh.push(session);
    }
  }
  return { fresh, duplicates };
}

// ---------------------------------------------------------------------------------------------
// Values

const MONTHS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/**
 * `2024-01-03 18:05:00`, `2024-01-03T18:05:00Z`, `2024-01-03`, `3 Jan 2024, 18:05` or
 * `Jan 3, 2024 6:05 PM` → the date and the local start; null when unreadable.
 */
export function parseExportTimestamp(raw: string): { date: string; startedAt: string | null } | null {
  const text = raw.trim();
  let y: number, mo: number, d: number;
  let rest: string;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/.exec(text);
  if (m) [y, mo, d, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]!];
  else if ((m = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}),?(.*)$/i.exec(text))) [d, mo, y, rest] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[3]), m[4]!];
  else if ((m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}),?(.*)$/i.exec(text))) [mo, d, y, rest] = [MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]), Number(m[3]), m[4]!];
  else return null;
  if (!validDate(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const t = /^[T\s,]*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm)?/i.exec(rest);
  if (!t) return { date, startedAt: null };
  let hour = Number(t[1]);
  const ampm = t[4]?.toLowerCase();
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  const minute = Number(t[2]);
  const second = Number(t[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return { date, startedAt: null };
  return { date, startedAt: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}` };
}

/** Strong's `1h 5m`, `45m`, `50s`, or plain seconds → seconds; null when empty or unreadable. */
function parseDuration(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** A number field: '' → null; accepts a decimal comma; NaN for anything else. */
function parseNumber(raw: string | undefined): number | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  return /^-?\d+(\.\d+)?$|^-?\.\d+$/.test(normalised) ? Number(normalised) : Number.NaN;
}

const unitFromText = (text: string): WeightUnit | null => (/\b(lbs?|pounds?)\b/i.test(text) ? 'lb' : /\b(kgs?|kilograms?)\b/i.test(text) ? 'kg' : null);
const distanceScale = (text: string): number | null =>
  /\b(miles?|mi)\b/i.test(text) ? METERS_PER_MILE : /\b(km|kilomet(er|re)s?)\b/i.test(text) ? 1000 : /\b(m|meters?|metres?)\b/i.test(text) ? 1 : null;

// ---------------------------------------------------------------------------------------------
// Reading

/** Which export a header row belongs to, from its column names; null when neither. */
export function detectCsvFormat(header: readonly string[]): CsvFormat | null {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  if (names.has('exercise_title') && names.has('start_time')) return 'HEVY_CSV';
  if (names.has('exercise name') && names.has('set order') && names.has('date')) return 'STRONG_CSV';
  return null;
}

/** The delimiter of the header line: whichever of , ; tab occurs most outside quotes. */
function detectDelimiter(content: string): string {
  const firstLine = content.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ',';
}

interface RawRow {
  line: number;
  get: (...names: string[]) => string;
  has: (...names: string[]) => string | null;
}

interface Draft {
  key: string;
  date: string;
  startedAt: string | null;
  durationSeconds: number | null;
  title: string;
  notes: string | null;
  sets: Omit<ImportedSet<never>, 'exerciseId'>[];
}

/** Imports a Strong or Hevy CSV export (format detected from the header); see the module comment. */
export function importWorkoutCsv<Id = string>(content: string, options: ImportCsvOptions<Id> = {}): CsvImport<Id> {
  if (typeof content !== 'string') throw new TypeError('importWorkoutCsv: content must be a string');
  const empty = (problem: string): CsvImport<Id> => ({ format: null, sessions: [], skippedRows: [], unmatchedExercises: [], problems: [problem] });
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') return empty('the file is empty');

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return empty(`the CSV could not be read: ${(error as Error).message}`);
  }
  const [headerRecord, ...body] = records;
  if (headerRecord === undefined) return empty('the file is empty');
  const header = headerRecord.record.map((h) => h.trim().toLowerCase());
  const format = detectCsvFormat(header);
  if (format === null) return { ...empty(`unknown header: ${header.slice(0, 6).join(', ')}`) };

  /** Column index by exact name, or by name before a unit in brackets ("weight (kg)"). */
  const column = (name: string): number => {
    const exact = header.indexOf(name);
    return exact >= 0 ? exact : header.findIndex((h) => h.replace(/\s*\(.*\)\s*$/, '') === name);
  };
  const defaultUnit = options.defaultWeightUnit ?? 'kg';
  const skippedRows: SkippedRow[] = [];
  const drafts = new Map<string, Draft>();
  const fileProblems: string[] = [];

  const rows: RawRow[] = body.map(({ record, info }) => ({
    line: info.lines,
    get: (...names) => {
      for (const n of names) {
        const i = column(n);
        if (i >= 0) return (record[i] ?? '').trim();
      }
      return '';
    },
    has: (...names) => {
      for (const n of names) {
        const i = column(n);
        if (i >= 0) return header[i]!;
      }
      return null;
    },
  }));

  for (const row of rows) {
    const problems: string[] = [];
    let confidence = 1;
    const guess = (factor: number, problem: string) => {
      confidence *= factor;
      problems.push(problem);
    };
    const number = (label: string, raw: string): number | null => {
      const value = parseNumber(raw);
      if (value !== null && (Number.isNaN(value) || value < 0)) {
        guess(0.5, `unreadable ${label} "${raw}"`);
        return null;
      }
      return value;
    };

    const isStrong = format === 'STRONG_CSV';
    const exerciseName = row.get(isStrong ? 'exercise name' : 'exercise_title');
    const setOrder = isStrong ? row.get('set order') : row.get('set_type').toLowerCase();
    if (isStrong && /^rest\s*timer$/i.test(setOrder)) {
      skippedRows.push({ line: row.line, reason: 'rest timer' });
      continue;
    }
    if (exerciseName === '') {
      skippedRows.push({ line: row.line, reason: 'no exercise name' });
      continue;
    }
    const when = parseExportTimestamp(row.get(isStrong ? 'date' : 'start_time'));
    if (when === null) {
      skippedRows.push({ line: row.line, reason: `unreadable date "${row.get(isStrong ? 'date' : 'start_time')}"` });
      continue;
    }

    let setType: SetType = 'normal';
    if (isStrong) {
      const order = setOrder.toUpperCase();
      if (order === 'W') setType = 'warmup';
      else if (order === 'D') setType = 'dropset';
      else if (order === 'F') setType = 'failure';
      else if (!/^\d+$/.test(order)) guess(0.8, `unknown set order "${setOrder}": logged as a working set`);
    } else if (setOrder === 'warmup' || setOrder === 'failure' || setOrder === 'dropset' || setOrder === 'normal') setType = setOrder;
    else if (setOrder !== '') guess(0.8, `unknown set type "${setOrder}": logged as a working set`);

    // Load and its unit: header, then a unit column, then the default.
    const weightHeader = isStrong ? row.has('weight') : row.has('weight_kg', 'weight_lbs', 'weight');
    const weightRaw = isStrong ? row.get('weight') : row.get('weight_kg', 'weight_lbs', 'weight');
    let weightUnit: WeightUnit | null = weightHeader === null ? null : weightHeader === 'weight_kg' ? 'kg' : weightHeader === 'weight_lbs' ? 'lb' : unitFromText(weightHeader);
    if (weightUnit === null && isStrong) weightUnit = unitFromText(row.get('weight unit'));
    const weightValue = number('weight', weightRaw);
    if (weightUnit === null && weightValue !== null && weightValue > 0) {
      guess(0.8, `no weight unit in the file: assumed ${defaultUnit}`);
      weightUnit = defaultUnit;
    }
    const weightKg = weightValue === null ? null : weightUnit === 'lb' ? weightValue * KG_PER_LB : weightValue;

    const distanceHeader = isStrong ? row.has('distance') : row.has('distance_km', 'distance_miles', 'distance_meters', 'distance');
    const distanceValue = number('distance', isStrong ? row.get('distance') : row.get('distance_km', 'distance_miles', 'distance_meters', 'distance'));
    let scale = distanceHeader === null ? null : distanceScale(distanceHeader.replace(/_/g, ' '));
    if (scale === null && isStrong) scale = distanceScale(row.get('distance unit'));
    if (scale === null && distanceValue !== null && distanceValue > 0) {
      guess(0.8, 'no distance unit in the file: assumed km');
      scale = 1000;
    }
    const distanceMeters = distanceValue === null || distanceValue === 0 ? null : distanceValue * (scale ?? 1000);

    const reps = number('reps', row.get('reps'));
    if (reps !== null && !Number.isInteger(reps)) guess(0.7, `fractional reps ${reps}`);
    const seconds = number('seconds', row.get(isStrong ? 'seconds' : 'duration_seconds'));
    let rpe = number('RPE', row.get('rpe'));
    if (rpe !== null && (rpe < 1 || rpe > 10)) {
      guess(0.7, `RPE ${rpe} is outside 1–10: dropped`);
      rpe = null;
    }
    if (!(reps || weightKg || seconds || distanceMeters)) guess(0.5, 'an empty set (no reps, load, time or distance)');

    const key = isStrong ? `${row.get('date')}\u0000${row.get('workout name')}` : `${row.get('start_time')}\u0000${row.get('title')}`;
    let draft = drafts.get(key);
    if (draft === undefined) {
      let durationSeconds: number | null = null;
      if (isStrong) durationSeconds = parseDuration(row.get('duration', 'workout duration'));
      else {
        const end = parseExportTimestamp(row.get('end_time'));
        if (end?.startedAt && when.startedAt) durationSeconds = secondsBetween(when.startedAt, end.startedAt);
      }
      draft = {
        key,
        date: when.date,
        startedAt: when.startedAt,
        durationSeconds,
        title: row.get(isStrong ? 'workout name' : 'title') || 'Workout',
        notes: row.get(isStrong ? 'workout notes' : 'description') || null,
        sets: [],
      };
      drafts.set(key, draft);
    }
    draft.sets.push({
      exerciseName,
      weightKg,
      reps,
      rpe,
      durationSeconds: seconds === 0 ? null : seconds,
      distanceMeters,
      setType,
      isWarmup: setType === 'warmup',
      notes: row.get(isStrong ? 'notes' : 'exercise_notes') || null,
      confidence,
      problems,
      line: row.line,
    });
  }

  // Catalog matching, once per distinct name.
  const matcher = options.catalog ? createExerciseMatcher(options.catalog) : null;
  const matches = new Map<string, ExerciseMatch<Id>>();
  const unmatched = new Set<string>();
  const sessions = [...drafts.values()]
    .sort((a, b) => compare(a.startedAt ?? a.date, b.startedAt ?? b.date))
    .map((draft): ImportedSession<Id> => {
      const sets = draft.sets.map((set): ImportedSet<Id> => {
        if (matcher === null) return { ...set, exerciseId: null };
        let match = matches.get(set.exerciseName);
        if (match === undefined) {
          match = matcher.match(set.exerciseName);
          matches.set(set.exerciseName, match);
        }
        if (match.id === null) {
          unmatched.add(set.exerciseName);
          return { ...set, exerciseId: null, confidence: set.confidence * 0.5, problems: [...set.problems, `exercise "${set.exerciseName}" is not in the catalog`] };
        }
        return match.confidence < 1
          ? { ...set, exerciseId: match.id, confidence: set.confidence * match.confidence, problems: [...set.problems, ...match.problems] }
          : { ...set, exerciseId: match.id };
      });
      const { key: _key, ...rest } = draft;
      return { ...rest, sets, fingerprint: sessionFingerprint({ date: draft.date, startedAt: draft.startedAt, sets }) };
    });
  if (body.length > 0 && sessions.length === 0) fileProblems.push('no row could be imported');
  return { format, sessions, skippedRows, unmatchedExercises: [...unmatched], problems: fileProblems };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Seconds from one local 'YYYY-MM-DDTHH:MM:SS' to another (pure calendar arithmetic); null if negative. */
function secondsBetween(from: string, to: string): number | null {
  const toSeconds = (stamp: string) => {
    const [y, m, d, h, mi, s] = stamp.split(/[-T:]/).map(Number) as [number, number, number, number, number, number];
    // Days from civil (Howard Hinnant's algorithm), so no Date is needed.
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return (era * 146097 + doe) * 86400 + h * 3600 + mi * 60 + s;
  };
  const diff = toSeconds(to) - toSeconds(from);
  return diff >= 0 ? diff : null;
}
