import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import type { Viewer } from '../identity/auth.service.js';
import type { ExerciseRelationshipType, MuscleGroup } from './catalog.enums.js';
import { visibleExerciseSql } from './exercise.policy.js';
import { Exercise } from './exercise.entity.js';
import { type ExerciseColumns, type EquipmentView, type ExerciseView, exerciseColumns, exerciseFromRow } from './exercise.type.js';

interface EquipmentRow {
  owner_id: number;
  id: number;
  code: string;
  name: string;
  description: string | null;
}

const equipmentView = (row: EquipmentRow): EquipmentView & { ownerId: number } => ({
  ownerId: row.owner_id,
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
});

export function createCatalogLoaders(em: EntityManager) {
  return {
    /** Entities, for code that writes through the unit of work. */
    exerciseById: oneLoader(
      (ids: readonly number[]) => em.find(Exercise, { id: { $in: [...ids] } }),
      (exercise) => exercise.id,
    ),
    /** Plain rows, for reading (no visibility check: callers apply canReadExercise). */
    exerciseViewById: oneLoader(
      (ids: readonly number[]) =>
        rawQuery<ExerciseColumns>(em, `select ${exerciseColumns('e')} from exercises e where e.id in (?)`, [[...ids]]).then((rows) =>
          rows.map(exerciseFromRow),
        ),
      (exercise: ExerciseView) => exercise.id,
    ),
  };
}

/*
 * The lists under an exercise. An exercise appears at several places in one query (a routine's
 * slots, set logs, relationships, the catalog list), so resolvers create these through loaderAt:
 * one statement per place, whatever the number of exercises there.
 */

export function createAliasLoader(em: EntityManager) {
  return groupLoader(
    (exerciseIds: readonly number[]) =>
      rawQuery<{ exercise_id: number; alias: string }>(
        em,
        'select exercise_id, alias from exercise_aliases where exercise_id in (?) order by exercise_id, alias, id',
        [[...exerciseIds]],
      ),
    (row) => row.exercise_id,
  );
}

export function createTagLoader(em: EntityManager) {
  return groupLoader(
    (exerciseIds: readonly number[]) =>
      rawQuery<{ exercise_id: number; name: string }>(
        em,
        `select et.exercise_id, t.name from exercise_tags et join tags t on t.id = et.tag_id
          where et.exercise_id in (?) order by et.exercise_id, t.name`,
        [[...exerciseIds]],
      ),
    (row) => row.exercise_id,
  );
}

export function createSecondaryMuscleLoader(em: EntityManager) {
  return groupLoader(
    (exerciseIds: readonly number[]) =>
      rawQuery<{ exercise_id: number; muscle: MuscleGroup }>(
        em,
        'select exercise_id, muscle from exercise_secondary_muscles where exercise_id in (?) order by exercise_id, muscle',
        [[...exerciseIds]],
      ),
    (row) => row.exercise_id,
  );
}

export function createExerciseEquipmentLoader(em: EntityManager) {
  return groupLoader(
    (exerciseIds: readonly number[]) =>
      rawQuery<EquipmentRow>(
        em,
        `select ee.exercise_id as owner_id, q.id, q.code, q.name, q.description
           from exercise_equipment ee join equipment q on q.id = ee.equipment_id
          where ee.exercise_id in (?) order by ee.exercise_id, q.name`,
        [[...exerciseIds]],
      ).then((rows) => rows.map(equipmentView)),
    (row) => row.ownerId,
  );
}

/** Equipment each athlete (subject) has. */
export function createSubjectEquipmentLoader(em: EntityManager) {
  return groupLoader(
    (subjectIds: readonly number[]) =>
      rawQuery<EquipmentRow>(
        em,
        `select se.subject_id as owner_id, q.id, q.code, q.name, q.description
           from subject_equipment se join equipment q on q.id = se.equipment_id
          where se.subject_id in (?) order by se.subject_id, q.name`,
        [[...subjectIds]],
      ).then((rows) => rows.map(equipmentView)),
    (row) => row.ownerId,
  );
}

interface RelationshipRow extends ExerciseColumns {
  source_id: number;
  relationship_type: ExerciseRelationshipType;
  notes: string | null;
}

/** Outgoing links with the related exercise joined in; links to exercises the viewer may not see are left out. */
export function createRelationshipLoader(em: EntityManager, viewer: Viewer | null) {
  const visible = visibleExerciseSql('t', viewer);
  return groupLoader(
    (exerciseIds: readonly number[]) =>
      rawQuery<RelationshipRow>(
        em,
        `select r.source_id, r.relationship_type, r.notes, ${exerciseColumns('t')}
           from exercise_relationships r join exercises t on t.id = r.target_id
          where r.source_id in (?) and ${visible.sql}
          order by r.source_id, r.relationship_type, t.name, t.id`,
        [[...exerciseIds], ...visible.params],
      ).then((rows) =>
        rows.map((row) => ({ sourceId: row.source_id, type: row.relationship_type, notes: row.notes, exercise: exerciseFromRow(row) })),
      ),
    (row) => row.sourceId,
  );
}

/** Creating coaches' display names. */
export function createCreatorLoader(em: EntityManager) {
  return oneLoader(
    (userIds: readonly number[]) =>
      rawQuery<{ id: number; full_name: string | null; username: string }>(em, 'select id, full_name, username from users where id in (?)', [
        [...userIds],
      ]),
    (row) => row.id,
  );
}
