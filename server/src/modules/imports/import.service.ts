import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import type { CatalogEntry } from '../../engine/exercise-match.js';
import { type CsvFormat, type ImportedSession, type ImportedSet, dedupe, detectCsvFormat, importWorkoutCsv, sessionFingerprint } from '../../engine/import-csv.js';
import { parseWorkoutText } from '../../engine/parse-text.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { visibleExerciseSql } from '../catalog/exercise.policy.js';
import { recomputeExerciseRecords } from '../execution/personal-record.service.js';
import { SessionStatus, WorkoutSession } from '../execution/workout-session.entity.js';
import { ImportSource, ImportStatus } from '../health/health.enums.js';
import { type ImportLogRow, ImportLogType } from '../health/import-log.type.js';
import { requireOwnSubject, requireViewer } from '../identity/access.policy.js';
import { requireAthleteWrite } from '../identity/athlete-write.policy.js';
import type { Viewer } from '../identity/auth.service.js';
import { Subject } from '../identity/subject.entity.js';
import { Role } from '../identity/user.entity.js';
import type { ImportWorkoutsInput } from './import.inputs.js';

/** Rows below this confidence are listed in `lowConfidenceRows` for the athlete to check. */
export const LOW_CONFIDENCE = 0.8;
const MAX_SLOTS = 4;
const DAY_MS = 86_400_000;
/** Set logs per INSERT: 14 parameters each stays far below PostgreSQL's 65,535. */
const SET_CHUNK = 2000;
/** UUID v5 namespace of imported sets' client ids (a random v4, fixed forever: changing it would let a re-import duplicate sets). */
const CLIENT_ID_NAMESPACE = 'b3c5f1e2-6a47-4d0b-9a3e-2f7c9d41e8a5';
const TEXT_TITLE = 'Imported from text';
const FORMAT_LABEL: Record<CsvFormat, string> = { STRONG_CSV: 'a Strong CSV export', HEVY_CSV: 'a Hevy CSV export' };

const round2 = (value: number) => Math.round(value * 100) / 100;
const roundHalf = (value: number) => Math.round(value * 2) / 2;

/** One set as the payload and the log show it, with what would be stored (null `stored` when it cannot be). */
export interface PlannedSet {
  position: number;
  line: number;
  exerciseName: string;
  exerciseId: number | null;
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  durationSeconds: number | null;
  distanceMeters: number | null;
  isWarmup: boolean;
  isDropSet: boolean;
  toFailure: boolean;
  notes: string | null;
  confidence: number;
  problems: string[];
  /** False when the set is skipped: unmatched exercise, or values the log cannot hold. */
  storable: boolean;
}

export interface PlannedSession {
  date: string;
  startedAt: string | null;
  durationSeconds: number | null;
  title: string;
  fingerprint: string;
  duplicate: boolean;
  sets: PlannedSet[];
  /** The session written by this import (a real run, not a duplicate). */
  created: WorkoutSession | null;
}

export interface ImportOutcome {
  format: ImportSource;
  dryRun: boolean;
  sessions: PlannedSession[];
  created: { sessions: number; sets: number };
  unmatchedExercises: string[];
  lowConfidenceRows: { line: number; date: string; exerciseName: string; confidence: number; problems: string[] }[];
  skippedRows: { line: number; reason: string }[];
  importLog: ImportLogType | null;
}

interface Parsed {
  sessions: PlannedSession[];
  unmatchedExercises: string[];
  skippedRows: { line: number; reason: string }[];
}

/** RFC 4122 version 5 (SHA-1, name-based) UUID: the same fingerprint and position give the same client id on every retry. */
export function importClientId(fingerprint: string, position: number): string {
  const namespace = Buffer.from(CLIENT_ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${fingerprint}#${position}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The export a text's first non-blank line is the header of, if any (a CSV pasted as TEXT, or sent under the other app's format). */
function detectHeader(content: string): CsvFormat | null {
  const first = content.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  return detectCsvFormat(first.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, '')));
}

/** An engine set as it would be stored: kg and metres to the hundredth, whole reps and seconds, RPE in half steps. */
function planSet(set: ImportedSet<number>, position: number): PlannedSet {
  const problems = [...set.problems];
  let storable = set.exerciseId !== null;
  // Exports write 0 in the columns a set does not use: no load is null (bodyweight), and so are reps of timed or distance work.
  const weightKg = !set.weightKg ? null : round2(set.weightKg);
  const timedOrDistance = Boolean(set.durationSeconds || set.distanceMeters);
  const reps = set.reps === null || (set.reps === 0 && timedOrDistance) ? null : Math.round(set.reps);
  let rpe = set.rpe === null ? null : roundHalf(set.rpe);
  if (rpe !== null && (rpe < 1 || rpe > 10)) rpe = null;
  if (rpe !== null && set.rpe !== null && rpe !== set.rpe) problems.push(`RPE ${set.rpe} rounded to ${rpe}`);
  const durationSeconds = set.durationSeconds === null ? null : Math.round(set.durationSeconds);
  const distanceMeters = set.distanceMeters === null ? null : round2(set.distanceMeters);
  const refuse = (reason: string) => {
    storable = false;
    problems.push(`${reason}: not imported`);
  };
  if (weightKg !== null && weightKg > 1000) refuse('load over 1000 kg');
  if (reps !== null && reps > 1000) refuse('more than 1000 reps');
  if (durationSeconds !== null && durationSeconds > 2_147_483_647) refuse('duration too long');
  if (distanceMeters !== null && distanceMeters >= 10_000_000) refuse('distance over 10,000 km');
  if (!reps && !weightKg && !durationSeconds && !distanceMeters) refuse('an empty set');
  return {
    position,
    line: set.line,
    exerciseName: set.exerciseName,
    exerciseId: set.exerciseId,
    weightKg,
    reps,
    rpe,
    durationSeconds: durationSeconds || null,
    distanceMeters: distanceMeters || null,
    isWarmup: set.isWarmup,
    isDropSet: set.setType === 'dropset',
    toFailure: set.setType === 'failure',
    notes: set.notes,
    confidence: set.confidence,
    problems,
    storable,
  };
}

const planSession = (session: ImportedSession<number>): PlannedSession => ({
  date: session.date,
  startedAt: session.startedAt,
  durationSeconds: session.durationSeconds,
  title: session.title,
  fingerprint: session.fingerprint,
  duplicate: false,
  sets: session.sets.map(planSet),
  created: null,
});

/** Local wall-clock 'YYYY-MM-DDTHH:MM:SS' as written by the app, read as UTC (athletes have no stored time zone yet). */
const wallClockMs = (stamp: string) => Date.parse(`${stamp}Z`);

/**
 * importWorkouts: parse (engine), match against the catalog the athlete sees, and on a real run write
 * COMPLETED sessions, their set logs, an import log and the touched exercises' records in one
 * transaction. A session whose fingerprint the athlete already has is reported as a duplicate and
 * not written; uq_ws_subject_import_fingerprint stops any write that slips past that check.
 */
export class ImportService {
  constructor(private readonly ctx: Context) {}

  async importWorkouts(input: ImportWorkoutsInput, now = new Date()): Promise<ImportOutcome> {
    const viewer = requireViewer(this.ctx);
    const subjectId = input.athleteId
      ? await requireAthleteWrite(this.ctx, input.athleteId, 'selfOrCoach', 'training log')
      : requireOwnSubject(this.ctx);
    const date = this.checkInput(input, now);
    const catalog = await this.visibleCatalog(await this.athleteViewer(viewer, subjectId));
    const parsed = this.parse(input, catalog, date);

    if (input.dryRun) {
      const known = await this.knownFingerprints(this.ctx.em, subjectId, parsed.sessions);
      markDuplicates(parsed.sessions, known);
      return this.outcome(input, parsed, null);
    }

    const write = () => this.ctx.em.transactional((em) => this.write(em, input, subjectId, parsed));
    try {
      return await write();
    } catch (error) {
      // A write racing ours took a slot or a fingerprint: once more, and the retry sees what it wrote.
      if (error instanceof UniqueConstraintViolationException) {
        for (const session of parsed.sessions) Object.assign(session, { duplicate: false, created: null });
        return write().catch(rethrowConstraint);
      }
      throw error;
    }
  }

  /** Content against the declared format, and the TEXT day; returns the day a TEXT import is dated. */
  private checkInput(input: ImportWorkoutsInput, now: Date): string {
    const detected = detectHeader(input.content);
    if (input.format === ImportSource.TEXT) {
      if (detected) throw new BadUserInputError(`content looks like ${FORMAT_LABEL[detected]} (its header row), not free text: send format ${detected}.`, 'content');
      const today = now.toISOString().slice(0, 10);
      const date = input.date ?? today;
      if (Date.parse(`${date}T00:00:00Z`) > Date.parse(`${today}T00:00:00Z`) + DAY_MS) throw new BadUserInputError('date must not be after tomorrow: the text describes a workout already done.', 'date');
      if (date < '1900-01-01') throw new BadUserInputError('date must be 1900-01-01 or later.', 'date');
      return date;
    }
    if (input.date) throw new BadUserInputError('date applies to TEXT imports only: a CSV export carries its own dates.', 'date');
    const expected = FORMAT_LABEL[input.format];
    if (detected === null) {
      throw new BadUserInputError(`content is not ${expected}: no Strong or Hevy header row was found. For notes, send format TEXT.`, 'content');
    }
    if (detected !== input.format) throw new BadUserInputError(`content looks like ${FORMAT_LABEL[detected]} (its header row), not ${expected}: send format ${detected}.`, 'content');
    return now.toISOString().slice(0, 10);
  }

  /** Whose catalog to match against: the athlete's (their coach's private exercises included), even when their coach imports. */
  private async athleteViewer(viewer: Viewer, subjectId: number): Promise<Viewer | null> {
    if (viewer.subjectId === subjectId) return viewer;
    const subject: Subject | null = await this.ctx.loaders.subjectById.load(subjectId);
    return subject?.user ? { userId: subject.user.id, role: Role.ATHLETE, subjectId } : null;
  }

  /** Active exercises the athlete can see, with their aliases, as plain rows: one statement. */
  private async visibleCatalog(athlete: Viewer | null): Promise<CatalogEntry<number>[]> {
    const visible = visibleExerciseSql('e', athlete);
    const rows = await rawQuery<{ id: number; name: string; aliases: string[] }>(
      this.ctx.em,
      `select e.id, e.name, coalesce((select array_agg(a.alias order by a.alias) from exercise_aliases a where a.exercise_id = e.id), '{}') as aliases
         from exercises e where e.is_active and ${visible.sql} order by e.id`,
      visible.params,
    );
    return rows.map((row) => ({ id: row.id, name: row.name, aliases: row.aliases }));
  }

  private parse(input: ImportWorkoutsInput, catalog: CatalogEntry<number>[], date: string): Parsed {
    if (input.format === ImportSource.TEXT) {
      const text = parseWorkoutText(input.content, { catalog });
      const sets: ImportedSet<number>[] = text.sets.map((set) => ({ ...set, setType: 'normal', isWarmup: false, notes: null }));
      const sessions =
        sets.length === 0
          ? []
          : [planSession({ date, startedAt: null, durationSeconds: null, title: TEXT_TITLE, notes: null, sets, fingerprint: sessionFingerprint({ date, startedAt: null, sets }) })];
      return { sessions, unmatchedExercises: text.unmatchedExercises, skippedRows: text.unparsed.map((line) => ({ line: line.line, reason: line.reason })) };
    }
    const csv = importWorkoutCsv(input.content, { catalog });
    const skippedRows = [...csv.skippedRows, ...csv.problems.map((reason) => ({ line: 0, reason }))];
    return { sessions: csv.sessions.map(planSession), unmatchedExercises: csv.unmatchedExercises, skippedRows };
  }

  private async knownFingerprints(em: EntityManager, subjectId: number, sessions: PlannedSession[]): Promise<string[]> {
    if (sessions.length === 0) return [];
    const rows = await rawQuery<{ import_fingerprint: string }>(
      em,
      'select import_fingerprint from workout_sessions where subject_id = ? and import_fingerprint in (?)',
      [subjectId, sessions.map((session) => session.fingerprint)],
    );
    return rows.map((row) => row.import_fingerprint);
  }

  private async write(em: EntityManager, input: ImportWorkoutsInput, subjectId: number, parsed: Parsed): Promise<ImportOutcome> {
    // One import per athlete at a time: a concurrent identical import waits, then finds every fingerprint.
    await rawQuery(em, `select pg_advisory_xact_lock(hashtextextended('import_workouts:' || ?::text, 0))`, [subjectId]);
    markDuplicates(parsed.sessions, await this.knownFingerprints(em, subjectId, parsed.sessions));
    const fresh = parsed.sessions.filter((session) => !session.duplicate && session.sets.some((set) => set.storable));

    if (fresh.length === 0) {
      // Nothing new: a retry of an import already logged answers with that log instead of a second copy of the text.
      const [previous] = await rawQuery<ImportLogRow>(
        em,
        `select id, subject_id, source, status, raw_text, parsed_rows, confidence, created_at from import_logs
          where subject_id = ? and source = ? and raw_text = ? order by id desc limit 1`,
        [subjectId, input.format, input.content],
      );
      if (previous) return this.outcome(input, parsed, ImportLogType.fromRow(previous));
    }

    await this.createSessions(em, subjectId, fresh);
    const setCount = await this.insertSets(em, subjectId, fresh);
    const log = await this.insertLog(em, input, subjectId, parsed);
    const touched = [...new Set(fresh.flatMap((session) => session.sets.filter((set) => set.storable).map((set) => set.exerciseId!)))].sort((a, b) => a - b);
    for (const exerciseId of touched) await recomputeExerciseRecords(em, subjectId, exerciseId);
    recordAudit(em, this.ctx, {
      action: 'import_workouts',
      entityType: 'ImportLog',
      entityId: log.dbId,
      metadata: {
        subjectId,
        format: input.format,
        status: log.status,
        sessions: fresh.length,
        sets: setCount,
        duplicates: parsed.sessions.filter((session) => session.duplicate).length,
        unmatchedExercises: parsed.unmatchedExercises,
      },
    });
    return this.outcome(input, parsed, log);
  }

  /** COMPLETED sessions in the first free slot of their day (sessions of the same day in the import take the next ones). */
  private async createSessions(em: EntityManager, subjectId: number, sessions: PlannedSession[]): Promise<void> {
    if (sessions.length === 0) return;
    const dates = [...new Set(sessions.map((session) => session.date))];
    const taken = await rawQuery<{ day: string; slot: number }>(
      em,
      `select to_char(workout_date, 'YYYY-MM-DD') as day, slot from workout_sessions where subject_id = ? and workout_date in (?)`,
      [subjectId, dates],
    );
    const used = new Set(taken.map((row) => `${row.day}#${row.slot}`));
    for (const session of sessions) {
      let slot = 1;
      while (slot <= MAX_SLOTS && used.has(`${session.date}#${slot}`)) slot++;
      if (slot > MAX_SLOTS) {
        throw new ConflictError(`${session.date} already holds ${MAX_SLOTS} sessions, the most a day can have: delete one, or leave "${session.title}" out of the import.`, 'content');
      }
      used.add(`${session.date}#${slot}`);
      const startedAt = session.startedAt === null ? null : new Date(wallClockMs(session.startedAt));
      session.created = em.create(WorkoutSession, {
        subject: em.getReference(Subject, subjectId),
        workoutDate: session.date,
        slot,
        status: SessionStatus.COMPLETED,
        notes: session.title,
        startedAt,
        completedAt: startedAt && session.durationSeconds !== null ? new Date(startedAt.getTime() + session.durationSeconds * 1000) : null,
        importFingerprint: session.fingerprint,
      });
    }
    await em.flush();
  }

  /**
   * The storable sets of the new sessions, in chunked multi-row INSERTs. performed_at is the start
   * (or noon of the day, an hour later per slot, so two text imports of one day never share an
   * instant) plus one second per set position; client_id is derived from the fingerprint and
   * position; set_index counts per exercise within the session.
   */
  private async insertSets(em: EntityManager, subjectId: number, sessions: PlannedSession[]): Promise<number> {
    const rows: unknown[][] = [];
    for (const session of sessions) {
      const created = session.created!;
      const base = session.startedAt !== null ? wallClockMs(session.startedAt) : Date.parse(`${session.date}T12:00:00Z`) + (created.slot - 1) * 3_600_000;
      const perExercise = new Map<number, number>();
      for (const set of session.sets) {
        if (!set.storable) continue;
        const setIndex = (perExercise.get(set.exerciseId!) ?? 0) + 1;
        perExercise.set(set.exerciseId!, setIndex);
        rows.push([
          subjectId,
          set.exerciseId,
          created.id,
          importClientId(session.fingerprint, set.position),
          new Date(base + set.position * 1000).toISOString(),
          setIndex,
          set.isWarmup,
          set.isDropSet,
          set.toFailure,
          set.weightKg,
          set.reps,
          set.rpe,
          set.durationSeconds,
          set.distanceMeters,
          set.notes,
        ]);
      }
    }
    for (let from = 0; from < rows.length; from += SET_CHUNK) {
      const chunk = rows.slice(from, from + SET_CHUNK);
      await rawQuery(
        em,
        `insert into exercise_set_logs (subject_id, exercise_id, session_id, client_id, performed_at, set_index, is_warmup, is_drop_set, to_failure,
                                        actual_weight_kg, actual_reps, actual_rpe, duration_s, distance_m, notes)
         values ${chunk.map(() => '(?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
    return rows.length;
  }

  /** The import_logs row: APPLIED, or FAILED when no set could be read into the log at all. */
  private async insertLog(em: EntityManager, input: ImportWorkoutsInput, subjectId: number, parsed: Parsed): Promise<ImportLogType> {
    const sets = parsed.sessions.flatMap((session) => session.sets.map((set) => ({ session, set })));
    const readable = sets.some(({ set }) => set.storable);
    const confidence = sets.length === 0 ? null : Math.floor(Math.min(...sets.map(({ set }) => set.confidence)) * 100) / 100;
    const parsedRows = sets.map(({ session, set }) => ({
      line: set.line,
      date: session.date,
      title: session.title,
      fingerprint: session.fingerprint,
      duplicate: session.duplicate,
      exerciseName: set.exerciseName,
      exerciseId: set.exerciseId,
      weightKg: set.weightKg,
      reps: set.reps,
      rpe: set.rpe,
      durationSeconds: set.durationSeconds,
      distanceMeters: set.distanceMeters,
      isWarmup: set.isWarmup,
      isDropSet: set.isDropSet,
      imported: set.storable && !session.duplicate,
      confidence: set.confidence,
      problems: set.problems,
    }));
    const [row] = await rawQuery<ImportLogRow>(
      em,
      `insert into import_logs (subject_id, source, status, raw_text, parsed_rows, confidence) values (?, ?, ?, ?, ?::jsonb, ?)
       returning id, subject_id, source, status, raw_text, parsed_rows, confidence, created_at`,
      [subjectId, input.format, readable ? ImportStatus.APPLIED : ImportStatus.FAILED, input.content, JSON.stringify(parsedRows), confidence],
    ).catch(rethrowConstraint);
    return ImportLogType.fromRow(row!);
  }

  private outcome(input: ImportWorkoutsInput, parsed: Parsed, importLog: ImportLogType | null): ImportOutcome {
    const created = parsed.sessions.filter((session) => session.created !== null);
    const lowConfidenceRows = new Map<string, ImportOutcome['lowConfidenceRows'][number]>();
    for (const session of parsed.sessions) {
      for (const set of session.sets) {
        if (set.confidence >= LOW_CONFIDENCE) continue;
        const key = `${session.fingerprint}#${set.line}#${set.exerciseName}`;
        if (!lowConfidenceRows.has(key)) lowConfidenceRows.set(key, { line: set.line, date: session.date, exerciseName: set.exerciseName, confidence: set.confidence, problems: set.problems });
      }
    }
    return {
      format: input.format,
      dryRun: input.dryRun,
      sessions: parsed.sessions,
      created: { sessions: created.length, sets: created.reduce((sum, session) => sum + session.sets.filter((set) => set.storable).length, 0) },
      unmatchedExercises: parsed.unmatchedExercises,
      lowConfidenceRows: [...lowConfidenceRows.values()].sort((a, b) => a.line - b.line),
      skippedRows: parsed.skippedRows,
      importLog,
    };
  }
}

/** Flags sessions whose fingerprint is known, or repeated earlier in the same import. */
function markDuplicates(sessions: PlannedSession[], known: Iterable<string>): void {
  const duplicates = new Set(dedupe(sessions, known).duplicates);
  for (const session of sessions) session.duplicate = duplicates.has(session);
}
