import type { EntityManager } from '@mikro-orm/postgresql';
import { oneLoader } from '../../graphql/batch.js';
import { Exercise } from './exercise.entity.js';

export function createCatalogLoaders(em: EntityManager) {
  return {
    exerciseById: oneLoader(
      (ids: readonly number[]) => em.find(Exercise, { id: { $in: [...ids] } }),
      (exercise) => exercise.id,
    ),
  };
}
