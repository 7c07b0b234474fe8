/** The shipped catalog file itself: size, keys, references and the rules the database and API enforce. */
import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_EQUIPMENT, CATALOG_RELATIONSHIPS, CATALOG_TAGS, slugify } from '../../db/seeders/catalog.data.js';
import { UPPER_LOWER_SPLIT } from '../../db/seeders/generator.js';
import { SMALL_SPLIT } from '../../test/factories.js';
import { CnsLoad, Equipment, ExerciseRelationshipType, ForceVector, Mechanics, MetricType, MovementPattern, MuscleGroup, SkillLevel } from './catalog.enums.js';

const lower = (value: string) => value.toLowerCase();
const duplicates = (values: readonly string[]) => values.filter((value, index) => values.indexOf(value) !== index);

/** The 38 slugs of the starter catalog: the generator, tests, demo data and users' history refer to them. */
const STARTER_SLUGS = [
  'barbell-back-squat', 'barbell-front-squat', 'goblet-squat', 'leg-press', 'bulgarian-split-squat', 'walking-lunge', 'leg-extension',
  'conventional-deadlift', 'romanian-deadlift', 'trap-bar-deadlift', 'seated-leg-curl', 'barbell-hip-thrust', 'standing-calf-raise',
  'seated-calf-raise', 'barbell-bench-press', 'incline-dumbbell-press', 'dumbbell-bench-press', 'push-up', 'cable-fly', 'dip',
  'overhead-press', 'seated-dumbbell-shoulder-press', 'dumbbell-lateral-raise', 'face-pull', 'pull-up', 'lat-pulldown', 'barbell-row',
  'one-arm-dumbbell-row', 'seated-cable-row', 'barbell-curl', 'hammer-curl', 'triceps-pushdown', 'skull-crusher', 'plank',
  'hanging-leg-raise', 'pallof-press', 'farmer-s-carry', 'kettlebell-swing',
];

describe('the shipped catalog', () => {
  it('has at least 150 exercises, every starter slug among them', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(150);
    const slugs = new Set(CATALOG.map((entry) => entry.slug));
    expect(STARTER_SLUGS.filter((slug) => !slugs.has(slug))).toEqual([]);
    const used = [...UPPER_LOWER_SPLIT, ...SMALL_SPLIT].flatMap((day) => day.exercises.map((exercise) => exercise.slug));
    expect(used.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('has unique slugs derived from the names, and names unique case-insensitively (uq_exercises_slug, uq_exercises_system_name)', () => {
    expect(duplicates(CATALOG.map((entry) => entry.slug))).toEqual([]);
    expect(duplicates(CATALOG.map((entry) => lower(entry.name)))).toEqual([]);
    for (const entry of CATALOG) {
      expect(entry.slug).toBe(slugify(entry.name));
      expect(entry.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.name.trim()).toBe(entry.name);
      expect(entry.name.length).toBeGreaterThanOrEqual(2);
      expect(entry.name.length).toBeLessThanOrEqual(120);
    }
  });

  it('uses only the enums the database checks allow', () => {
    for (const entry of CATALOG) {
      expect(Object.values(MuscleGroup)).toContain(entry.primaryMuscle);
      for (const muscle of entry.secondaryMuscles) expect(Object.values(MuscleGroup)).toContain(muscle);
      expect(Object.values(MovementPattern)).toContain(entry.movement);
      expect(Object.values(Mechanics)).toContain(entry.mechanics);
      expect(Object.values(ForceVector)).toContain(entry.force);
      expect(Object.values(Equipment)).toContain(entry.equipment);
      expect(Object.values(SkillLevel)).toContain(entry.difficulty);
      expect(Object.values(MetricType)).toContain(entry.metricType);
      expect(Object.values(CnsLoad)).toContain(entry.cnsLoad);
    }
  });

  it('is searchable: most exercises have aliases, none repeats its own name or another alias (uq_exercise_alias)', () => {
    const withAliases = CATALOG.filter((entry) => entry.aliases.length > 0);
    expect(withAliases.length / CATALOG.length).toBeGreaterThan(0.9);
    for (const entry of CATALOG) {
      const names = [entry.name, ...entry.aliases].map(lower);
      expect(duplicates(names), entry.name).toEqual([]);
      for (const alias of entry.aliases) {
        expect(alias.trim(), entry.name).toBe(alias);
        expect(alias.length).toBeGreaterThan(0);
        expect(alias.length).toBeLessThanOrEqual(120);
      }
    }
    const aliasOf = (alias: string) => CATALOG.filter((entry) => entry.aliases.includes(alias)).map((entry) => entry.slug);
    expect(aliasOf('RDL')).toEqual(['romanian-deadlift']);
    expect(aliasOf('OHP')).toEqual(['overhead-press']);
    expect(aliasOf('Bench')).toEqual(['barbell-bench-press']);
  });

  it('lists secondary muscles without the primary one and without repeats (uq_exercise_muscle)', () => {
    for (const entry of CATALOG) {
      expect(entry.secondaryMuscles, entry.name).not.toContain(entry.primaryMuscle);
      expect(duplicates(entry.secondaryMuscles), entry.name).toEqual([]);
    }
  });

  it('needs only equipment the catalog defines, each once; equipment codes and names are unique and well-formed', () => {
    expect(duplicates(CATALOG_EQUIPMENT.map((item) => item.code))).toEqual([]);
    expect(duplicates(CATALOG_EQUIPMENT.map((item) => item.name))).toEqual([]);
    for (const item of CATALOG_EQUIPMENT) expect(item.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    const codes = new Set(CATALOG_EQUIPMENT.map((item) => item.code));
    for (const entry of CATALOG) {
      expect(entry.equipmentItems.filter((code) => !codes.has(code)), entry.name).toEqual([]);
      expect(duplicates(entry.equipmentItems), entry.name).toEqual([]);
      if (entry.equipment === Equipment.BODYWEIGHT) continue;
      expect(entry.equipmentItems.length, `${entry.name} needs its ${entry.equipment}`).toBeGreaterThan(0);
    }
    const used = new Set(CATALOG.flatMap((entry) => entry.equipmentItems));
    expect(CATALOG_EQUIPMENT.filter((item) => !used.has(item.code)).map((item) => item.code)).toEqual([]);
  });

  it('tags from the curated vocabulary, each once per exercise, unilateral exactly when the exercise is (uq_exercise_tag)', () => {
    for (const entry of CATALOG) {
      expect(duplicates(entry.tags), entry.name).toEqual([]);
      for (const tag of entry.tags) expect(CATALOG_TAGS, entry.name).toContain(tag);
      expect(entry.tags.includes('unilateral'), entry.name).toBe(entry.unilateral);
    }
    const tagged = (tag: string) => CATALOG.filter((entry) => entry.tags.includes(tag)).length;
    for (const tag of CATALOG_TAGS) expect(tagged(tag), tag).toBeGreaterThanOrEqual(3);
  });

  it('measures holds in time and endurance work in time or distance', () => {
    const metric = (slug: string) => CATALOG.find((entry) => entry.slug === slug)?.metricType;
    expect(metric('plank')).toBe(MetricType.TIME);
    expect(metric('rowing-ergometer')).toBe(MetricType.DISTANCE);
    expect(metric('running')).toBe(MetricType.DISTANCE);
    expect(metric('stationary-bike')).toBe(MetricType.TIME);
    expect(metric('barbell-back-squat')).toBe(MetricType.REPS);
    expect(CATALOG.filter((entry) => entry.metricType !== MetricType.REPS).length).toBeGreaterThanOrEqual(15);
  });

  it('groups substitutes in groups of two or more, named in snake_case', () => {
    const groups = new Map<string, number>();
    for (const entry of CATALOG) {
      if (entry.substitutionGroup === null) continue;
      expect(entry.substitutionGroup).toMatch(/^[a-z][a-z0-9_]*$/);
      groups.set(entry.substitutionGroup, (groups.get(entry.substitutionGroup) ?? 0) + 1);
    }
    expect([...groups].filter(([, size]) => size < 2)).toEqual([]);
  });

  it('relates existing exercises, never to themselves, each link once (uq_exercise_relationship, ck_exercise_relationships_not_self)', () => {
    const slugs = new Set(CATALOG.map((entry) => entry.slug));
    for (const rel of CATALOG_RELATIONSHIPS) {
      expect(slugs.has(rel.source), rel.source).toBe(true);
      expect(slugs.has(rel.target), rel.target).toBe(true);
      expect(rel.source).not.toBe(rel.target);
      expect(Object.values(ExerciseRelationshipType)).toContain(rel.type);
    }
    expect(duplicates(CATALOG_RELATIONSHIPS.map((rel) => `${rel.source} ${rel.type} ${rel.target}`))).toEqual([]);
    // Every progression has its regression back, and symmetric kinds go both ways.
    const has = (source: string, type: ExerciseRelationshipType, target: string) =>
      CATALOG_RELATIONSHIPS.some((rel) => rel.source === source && rel.type === type && rel.target === target);
    for (const rel of CATALOG_RELATIONSHIPS) {
      if (rel.type === ExerciseRelationshipType.PROGRESSION) expect(has(rel.target, ExerciseRelationshipType.REGRESSION, rel.source)).toBe(true);
      if (rel.type === ExerciseRelationshipType.REGRESSION) expect(has(rel.target, ExerciseRelationshipType.PROGRESSION, rel.source)).toBe(true);
      if (rel.type === ExerciseRelationshipType.VARIATION || rel.type === ExerciseRelationshipType.ANTAGONIST) {
        expect(has(rel.target, rel.type, rel.source)).toBe(true);
      }
    }
    for (const type of Object.values(ExerciseRelationshipType)) {
      expect(CATALOG_RELATIONSHIPS.filter((rel) => rel.type === type).length, type).toBeGreaterThanOrEqual(5);
    }
  });
});
