/**
 * Makes the database's system catalog (exercises with no creator, whose slug the shipped catalog
 * lists) match catalog.data.ts: upserts by slug and syncs aliases, tags, secondary muscles,
 * equipment and relationships. Runs at every server start after the migrations, so it must be
 * cheap when nothing changed: one statement compares a fingerprint of the stored catalog with
 * the fingerprint of the file. The fingerprint is computed from the rows themselves, so any
 * drift (a new release, a hand edit, a half-applied earlier run) triggers a sync, and there is
 * no version row to keep in step. A sync is set-based (about a dozen statements whatever the
 * catalog's size) and runs under a transaction-scoped advisory lock, so replicas starting
 * together, or parallel test files, apply it once.
 *
 * What it never does: delete an exercise (set logs reference them), touch a coach's exercise
 * (except to move one off a slug a new catalog entry claims), or remove an equipment item.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../raw-query.js';
import { CATALOG, CATALOG_EQUIPMENT, CATALOG_RELATIONSHIPS, type CatalogExercise } from './catalog.data.js';

/** Any constant: serialises concurrent syncs (pg_advisory_xact_lock takes a bigint). */
const SYNC_LOCK_KEY = 0x52_45_50_43_41_54; // "REPCAT"

/** PostgreSQL's `collate "C"` order: by UTF-8 bytes. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const sortedList = (values: readonly string[]) => [...values].sort(byBytes).join(',');

function exerciseLine(entry: CatalogExercise): string {
  const relationships = CATALOG_RELATIONSHIPS.filter((rel) => rel.source === entry.slug).map((rel) => `${rel.type}>${rel.target}>${rel.notes ?? ''}`);
  return [
    entry.slug,
    entry.name,
    entry.primaryMuscle,
    entry.movement,
    entry.mechanics,
    entry.force,
    String(entry.unilateral),
    entry.equipment,
    entry.difficulty,
    entry.metricType,
    entry.cnsLoad,
    entry.substitutionGroup ?? '',
    'true',
    'true',
    sortedList(entry.aliases),
    sortedList(entry.secondaryMuscles),
    sortedList(entry.tags),
    sortedList(entry.equipmentItems),
    sortedList(relationships),
  ].join('|');
}

let expected: string | undefined;

/** The fingerprint the database's catalog has once it matches the file: md5 of the canonical text FINGERPRINT_SQL builds. */
export function expectedCatalogFingerprint(): string {
  if (expected) return expected;
  const equipment = [...CATALOG_EQUIPMENT]
    .sort((a, b) => byBytes(a.code, b.code))
    .map((item) => [item.code, item.name, item.description ?? ''].join('|'))
    .join('\n');
  const exercises = [...CATALOG]
    .sort((a, b) => byBytes(a.slug, b.slug))
    .map(exerciseLine)
    .join('\n');
  expected = createHash('md5').update(`${equipment}\n#\n${exercises}`, 'utf8').digest('hex');
  return expected;
}

/**
 * The same canonical text, built from the rows (empty lists and nulls as ''). Correlated
 * subqueries, one index lookup per exercise and list, keep the plan the same whether or not the
 * tables have statistics yet: 6–9 ms for the shipped catalog. Aggregating each table once and
 * joining measured 3 ms on analysed tables but 70 ms right after the first load, before any
 * ANALYZE, when the planner thought the catalog was one row.
 */
const FINGERPRINT_SQL = `
select md5(
  coalesce((select string_agg(concat_ws('|', q.code, q.name, coalesce(q.description, '')), E'\\n' order by q.code collate "C")
              from equipment q where q.code in (?)), '')
  || E'\\n#\\n' ||
  coalesce((select string_agg(concat_ws('|',
      e.slug, e.name, e.primary_muscle, e.movement, e.mechanics, e.force, e.unilateral::text, e.equipment, e.difficulty,
      e.metric_type, e.cns_load, coalesce(e.substitution_group, ''), e.is_active::text, e.is_public::text,
      coalesce((select string_agg(a.alias, ',' order by a.alias collate "C") from exercise_aliases a where a.exercise_id = e.id), ''),
      coalesce((select string_agg(m.muscle, ',' order by m.muscle collate "C") from exercise_secondary_muscles m where m.exercise_id = e.id), ''),
      coalesce((select string_agg(t.name, ',' order by t.name collate "C")
                  from exercise_tags et join tags t on t.id = et.tag_id where et.exercise_id = e.id), ''),
      coalesce((select string_agg(q.code, ',' order by q.code collate "C")
                  from exercise_equipment ee join equipment q on q.id = ee.equipment_id where ee.exercise_id = e.id), ''),
      coalesce((select string_agg(rel.line, ',' order by rel.line collate "C")
                  from (select r.relationship_type || '>' || t.slug || '>' || coalesce(r.notes, '') as line
                          from exercise_relationships r join exercises t on t.id = r.target_id where r.source_id = e.id) rel), '')
    ), E'\\n' order by e.slug collate "C")
    from exercises e where e.created_by_id is null and e.slug in (?)), '')
) as fingerprint`;

async function storedFingerprint(em: EntityManager): Promise<string> {
  const [row] = await rawQuery<{ fingerprint: string }>(em, FINGERPRINT_SQL, [
    CATALOG_EQUIPMENT.map((item) => item.code),
    CATALOG.map((entry) => entry.slug),
  ]);
  return row!.fingerprint;
}

/** System exercises the file manages: `managed(id, slug)` for the statements below. */
const MANAGED = `managed as (
  select e.id, e.slug from exercises e
   where e.created_by_id is null and e.slug in (select s.slug from json_to_recordset(?::json) as s(slug text)))`;

const json = (value: unknown) => JSON.stringify(value);

async function applyCatalog(em: EntityManager): Promise<void> {
  const slugs = json(CATALOG.map((entry) => ({ slug: entry.slug })));
  const pairs = <K extends string>(key: K, pick: (entry: CatalogExercise) => readonly string[]) =>
    json(CATALOG.flatMap((entry) => pick(entry).map((value) => ({ slug: entry.slug, [key]: value }))));

  await rawQuery(em,
    `insert into equipment (code, name, description)
     select code, name, description from json_to_recordset(?::json) as t(code text, name text, description text)
     on conflict (code) do update set name = excluded.name, description = excluded.description, updated_at = now()
      where (equipment.name, equipment.description) is distinct from (excluded.name, excluded.description)`,
    [json(CATALOG_EQUIPMENT)],
  );
  // A coach's exercise may hold a slug a newer catalog claims: it moves aside (its global id, the stable key, stays).
  await rawQuery(em,
    `update exercises e set slug = e.slug || '-' || e.id, updated_at = now()
      where e.created_by_id is not null and e.slug in (select s.slug from json_to_recordset(?::json) as s(slug text))`,
    [slugs],
  );
  await rawQuery(em,
    `insert into exercises (name, slug, primary_muscle, movement, mechanics, force, unilateral, equipment, difficulty,
                            metric_type, cns_load, substitution_group, is_active, is_public)
     select name, slug, "primaryMuscle", movement, mechanics, force, unilateral, equipment, difficulty,
            "metricType", "cnsLoad", "substitutionGroup", true, true
       from json_to_recordset(?::json) as t(name text, slug text, "primaryMuscle" text, movement text, mechanics text, force text,
                                            unilateral boolean, equipment text, difficulty text, "metricType" text, "cnsLoad" text,
                                            "substitutionGroup" text)
     on conflict (slug) do update set
       name = excluded.name, primary_muscle = excluded.primary_muscle, movement = excluded.movement, mechanics = excluded.mechanics,
       force = excluded.force, unilateral = excluded.unilateral, equipment = excluded.equipment, difficulty = excluded.difficulty,
       metric_type = excluded.metric_type, cns_load = excluded.cns_load, substitution_group = excluded.substitution_group,
       is_active = true, is_public = true, updated_at = now()
      where (exercises.name, exercises.primary_muscle, exercises.movement, exercises.mechanics, exercises.force, exercises.unilateral,
             exercises.equipment, exercises.difficulty, exercises.metric_type, exercises.cns_load, exercises.substitution_group,
             exercises.is_active, exercises.is_public)
            is distinct from
            (excluded.name, excluded.primary_muscle, excluded.movement, excluded.mechanics, excluded.force, excluded.unilateral,
             excluded.equipment, excluded.difficulty, excluded.metric_type, excluded.cns_load, excluded.substitution_group, true, true)`,
    [json(CATALOG)],
  );

  // Each junction: delete what the file no longer lists, insert what is missing, in one statement.
  await rawQuery(em,
    `with ${MANAGED},
     wanted as (select m.id as exercise_id, t.alias from json_to_recordset(?::json) as t(slug text, alias text) join managed m on m.slug = t.slug),
     removed as (delete from exercise_aliases a using managed m
                  where a.exercise_id = m.id and not exists (select 1 from wanted w where w.exercise_id = a.exercise_id and w.alias = a.alias))
     insert into exercise_aliases (exercise_id, alias) select exercise_id, alias from wanted on conflict (exercise_id, alias) do nothing`,
    [slugs, pairs('alias', (entry) => entry.aliases)],
  );
  await rawQuery(em,
    `with ${MANAGED},
     wanted as (select m.id as exercise_id, t.muscle from json_to_recordset(?::json) as t(slug text, muscle text) join managed m on m.slug = t.slug),
     removed as (delete from exercise_secondary_muscles x using managed m
                  where x.exercise_id = m.id and not exists (select 1 from wanted w where w.exercise_id = x.exercise_id and w.muscle = x.muscle))
     insert into exercise_secondary_muscles (exercise_id, muscle) select exercise_id, muscle from wanted on conflict (exercise_id, muscle) do nothing`,
    [slugs, pairs('muscle', (entry) => entry.secondaryMuscles)],
  );
  const tagPairs = pairs('tag', (entry) => entry.tags);
  await rawQuery(em,
    `insert into tags (name) select distinct t.tag from json_to_recordset(?::json) as t(tag text) on conflict (name) do nothing`,
    [tagPairs],
  );
  await rawQuery(em,
    `with ${MANAGED},
     wanted as (select m.id as exercise_id, g.id as tag_id
                  from json_to_recordset(?::json) as t(slug text, tag text) join managed m on m.slug = t.slug join tags g on g.name = t.tag),
     removed as (delete from exercise_tags x using managed m
                  where x.exercise_id = m.id and not exists (select 1 from wanted w where w.exercise_id = x.exercise_id and w.tag_id = x.tag_id))
     insert into exercise_tags (exercise_id, tag_id) select exercise_id, tag_id from wanted on conflict (exercise_id, tag_id) do nothing`,
    [slugs, tagPairs],
  );
  await rawQuery(em,
    `with ${MANAGED},
     wanted as (select m.id as exercise_id, q.id as equipment_id
                  from json_to_recordset(?::json) as t(slug text, code text) join managed m on m.slug = t.slug join equipment q on q.code = t.code),
     removed as (delete from exercise_equipment x using managed m
                  where x.exercise_id = m.id
                    and not exists (select 1 from wanted w where w.exercise_id = x.exercise_id and w.equipment_id = x.equipment_id))
     insert into exercise_equipment (exercise_id, equipment_id) select exercise_id, equipment_id from wanted
     on conflict (exercise_id, equipment_id) do nothing`,
    [slugs, pairs('code', (entry) => entry.equipmentItems)],
  );
  await rawQuery(em,
    `with ${MANAGED},
     wanted as (select s.id as source_id, g.id as target_id, t.type, t.notes
                  from json_to_recordset(?::json) as t(source text, type text, target text, notes text)
                  join managed s on s.slug = t.source join managed g on g.slug = t.target),
     removed as (delete from exercise_relationships x using managed m
                  where x.source_id = m.id and not exists (select 1 from wanted w
                          where w.source_id = x.source_id and w.target_id = x.target_id and w.type = x.relationship_type))
     insert into exercise_relationships (source_id, target_id, relationship_type, notes)
     select source_id, target_id, type, notes from wanted
     on conflict (source_id, target_id, relationship_type) do update set notes = excluded.notes, updated_at = now()
      where exercise_relationships.notes is distinct from excluded.notes`,
    [slugs, json(CATALOG_RELATIONSHIPS)],
  );
}

export interface CatalogSyncResult {
  /** False when the stored catalog already matched (one statement ran). */
  changed: boolean;
  fingerprint: string;
}

/** Brings the stored system catalog in line with catalog.data.ts; a no-op (one statement) when it already is. */
export async function syncCatalog(em: EntityManager): Promise<CatalogSyncResult> {
  const fingerprint = expectedCatalogFingerprint();
  if ((await storedFingerprint(em)) === fingerprint) return { changed: false, fingerprint };
  const changed = await em.transactional(async (tx) => {
    await rawQuery(tx, 'select pg_advisory_xact_lock(?)', [SYNC_LOCK_KEY]);
    // Whoever held the lock may have just applied this very catalog.
    if ((await storedFingerprint(tx)) === fingerprint) return false;
    await applyCatalog(tx);
    return true;
  });
  if (changed && (await storedFingerprint(em)) !== fingerprint) {
    // A bug in the canonical text (SQL vs TypeScript) would make every start sync again: say so loudly.
    throw new Error('syncCatalog: the catalog was applied but its fingerprint still differs from catalog.data.ts');
  }
  return { changed, fingerprint };
}
