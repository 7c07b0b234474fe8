import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { CATALOG, slugify } from '../../db/seeders/catalog.data.js';
import { checkPageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ForbiddenError } from '../../graphql/errors.js';
import { fromGlobalId, parseGlobalId } from '../../graphql/global-id.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireViewer } from '../identity/access.policy.js';
import { Role, User } from '../identity/user.entity.js';
import { catalogApiError, conflictOn, constraintNameOf } from './catalog.errors.js';
import { type MuscleGroup } from './catalog.enums.js';
import { EquipmentItem, ExerciseEquipment } from './equipment.entity.js';
import { ExerciseAlias } from './exercise-alias.entity.js';
import { ExerciseRelationship } from './exercise-relationship.entity.js';
import { ExerciseSecondaryMuscle } from './exercise-secondary-muscle.entity.js';
import { Exercise } from './exercise.entity.js';
import type { CreateExerciseInput, ExerciseFilter, ExerciseRelationshipInput, UpdateExerciseInput } from './exercise.inputs.js';
import { requireEditableExercise, visibleExerciseSql } from './exercise.policy.js';
import { type ExerciseColumns, type ExerciseView, exerciseColumns, exerciseFromRow } from './exercise.type.js';
import { ExerciseTag, Tag } from './tag.entity.js';

/** Slugs the shipped catalog owns: a coach's exercise never takes one (syncCatalog would move it aside). */
const CATALOG_SLUGS = new Set(CATALOG.map((entry) => entry.slug));
const SLUG_ATTEMPTS = 3;

/** Keyset cursor of the catalog order (name, id). */
export function encodeExerciseCursor(name: string, id: number): string {
  return Buffer.from(`x:${id}:${name}`, 'utf8').toString('base64url');
}

export function decodeExerciseCursor(cursor: string, field = 'after'): { name: string; id: number } {
  const match = /^x:(\d{1,10}):(.*)$/s.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError(`${field} is not a cursor this list returned.`, field);
  return { id: Number(match[1]), name: match[2]! };
}

/** `%` and `_` are wildcards in LIKE: a search for "50_50" means those characters. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export interface ExercisePage {
  rows: ExerciseView[];
  hasNextPage: boolean;
  totalCount: number;
}

/** The list fields create and update share. */
type ExerciseWrite = Pick<UpdateExerciseInput, 'equipmentCodes' | 'relationships' | 'aliases' | 'tags' | 'secondaryMuscles'>;

/** The catalog: lists, lookups and coaches' own exercises. Writes are one transaction each, audited. */
export class ExerciseService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  /** A page of the exercises the viewer may see, by name then id, after the cursor; one statement. */
  async page(filter: ExerciseFilter | null | undefined, first: number, after: string | null | undefined): Promise<ExercisePage> {
    checkPageSize(first);
    const cursor = after ? decodeExerciseCursor(after) : null;
    const visible = visibleExerciseSql('e', this.ctx.viewer);
    const where = [visible.sql];
    const params: unknown[] = [...visible.params];
    const add = (sql: string, ...values: unknown[]) => {
      where.push(sql);
      params.push(...values);
    };
    if (!filter?.includeArchived) add('e.is_active');
    if (filter?.onlyMine) add('e.created_by_id = ?', requireViewer(this.ctx).userId);
    const search = filter?.search?.trim();
    if (search) {
      const pattern = `%${likeEscape(search)}%`;
      add('(e.name ilike ? or exists (select 1 from exercise_aliases a where a.exercise_id = e.id and a.alias ilike ?))', pattern, pattern);
    }
    if (filter?.primaryMuscle) add('e.primary_muscle = ?', filter.primaryMuscle);
    if (filter?.movement) add('e.movement = ?', filter.movement);
    if (filter?.equipment) add('e.equipment = ?', filter.equipment);
    if (filter?.metricType) add('e.metric_type = ?', filter.metricType);
    if (filter?.substitutionGroup) add('e.substitution_group = ?', filter.substitutionGroup);
    const tag = filter?.tag?.trim().toLowerCase();
    if (tag) add('exists (select 1 from exercise_tags et join tags t on t.id = et.tag_id where et.exercise_id = e.id and t.name = ?)', tag);
    const available = filter?.availableEquipment;
    if (available && available.length === 0) add('not exists (select 1 from exercise_equipment ee where ee.exercise_id = e.id)');
    if (available && available.length > 0) {
      add(
        'not exists (select 1 from exercise_equipment ee join equipment q on q.id = ee.equipment_id where ee.exercise_id = e.id and q.code not in (?))',
        [...new Set(available)],
      );
    }
    if (cursor) params.push(cursor.name, cursor.id);
    params.push(first + 1);

    const rows = await rawQuery<ExerciseColumns & { total_count: number }>(
      this.em,
      `with filtered as (select e.* from exercises e where ${where.join(' and ')})
       select t.total_count, p.*
         from (select count(*)::int as total_count from filtered) t
         left join lateral (
           select ${exerciseColumns('f')} from filtered f ${cursor ? 'where (f.name, f.id) > (?, ?)' : ''}
            order by f.name, f.id limit ?
         ) p on true`,
      params,
    );
    const found = rows.filter((row) => row.ex_id !== null);
    return { rows: found.slice(0, first).map(exerciseFromRow), hasNextPage: found.length > first, totalCount: rows[0]?.total_count ?? 0 };
  }

  /** One exercise by slug, if the viewer may see it. */
  async findBySlug(slug: string): Promise<ExerciseView | null> {
    const visible = visibleExerciseSql('e', this.ctx.viewer);
    const [row] = await rawQuery<ExerciseColumns>(
      this.em,
      `select ${exerciseColumns('e')} from exercises e where e.slug = ? and ${visible.sql}`,
      [slug, ...visible.params],
    );
    return row ? exerciseFromRow(row) : null;
  }

  async create(input: CreateExerciseInput): Promise<ExerciseView> {
    const viewer = requireViewer(this.ctx);
    if (viewer.role !== Role.COACH && viewer.role !== Role.ADMIN) {
      throw new ForbiddenError('Only coaches create exercises: ask your coach to add the one you need.');
    }
    const name = input.name.trim();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.em.transactional(async (em) => {
          await this.requireFreeName(em, viewer.userId, name, null);
          const lists = await this.resolveLists(em, input, null);
          const exercise = em.create(Exercise, {
            name,
            slug: await this.freeSlug(em, name),
            primaryMuscle: input.primaryMuscle,
            movement: input.movement,
            mechanics: input.mechanics,
            force: input.force,
            equipment: input.equipment,
            unilateral: input.unilateral ?? false,
            ...(input.difficulty ? { difficulty: input.difficulty } : {}),
            ...(input.metricType ? { metricType: input.metricType } : {}),
            ...(input.cnsLoad ? { cnsLoad: input.cnsLoad } : {}),
            substitutionGroup: input.substitutionGroup ?? null,
            isPublic: input.isPublic ?? false,
            createdBy: em.getReference(User, viewer.userId),
            grip: blankToNull(input.grip),
            rangeOfMotion: blankToNull(input.rangeOfMotion),
            cues: blankToNull(input.cues),
            instructions: blankToNull(input.instructions),
            videoUrl: blankToNull(input.videoUrl),
          });
          await this.writeLists(em, exercise, lists, false);
          await em.flush();
          recordAudit(em, this.ctx, { action: 'create_exercise', entityType: 'exercise', entityId: exercise.id, metadata: { name, slug: exercise.slug } });
          return exercise;
        });
      } catch (error) {
        // Two coaches naming an exercise alike at the same moment: the loser picks the next free slug.
        if (attempt < SLUG_ATTEMPTS && constraintNameOf(error) === 'uq_exercises_slug') continue;
        throw catalogApiError(error);
      }
    }
  }

  async update(input: UpdateExerciseInput): Promise<ExerciseView> {
    const id = fromGlobalId(input.id, 'Exercise', 'id');
    try {
      return await this.em.transactional(async (em) => {
        const exercise = await requireEditableExercise(this.ctx, await em.findOne(Exercise, id, { lockMode: LockMode.PESSIMISTIC_WRITE }));
        const changed = Object.keys(input).filter((key) => key !== 'id' && (input as unknown as Record<string, unknown>)[key] !== undefined);
        if (input.name != null) {
          const name = input.name.trim();
          if (name !== exercise.name) await this.requireFreeName(em, exercise.createdBy!.id, name, exercise.id);
          exercise.name = name;
        }
        const primaryMuscle = input.primaryMuscle ?? exercise.primaryMuscle;
        if (input.secondaryMuscles?.includes(primaryMuscle)) {
          throw new BadUserInputError(`secondaryMuscles must not include the primary muscle (${primaryMuscle}).`, 'secondaryMuscles');
        }
        const lists = await this.resolveLists(em, input, exercise.id);
        if (input.primaryMuscle != null && input.secondaryMuscles === undefined && input.primaryMuscle !== exercise.primaryMuscle) {
          // The new primary muscle is no longer a secondary one.
          await em.nativeDelete(ExerciseSecondaryMuscle, { exercise: exercise.id, muscle: input.primaryMuscle });
        }
        assignDefined(exercise, input, ['primaryMuscle', 'movement', 'mechanics', 'force', 'equipment', 'unilateral', 'difficulty', 'metricType', 'cnsLoad', 'isPublic']);
        if (input.substitutionGroup !== undefined) exercise.substitutionGroup = input.substitutionGroup;
        for (const key of ['grip', 'rangeOfMotion', 'cues', 'instructions', 'videoUrl'] as const) {
          if (input[key] !== undefined) exercise[key] = blankToNull(input[key]);
        }
        await this.writeLists(em, exercise, lists, true);
        recordAudit(em, this.ctx, { action: 'update_exercise', entityType: 'exercise', entityId: exercise.id, metadata: { changed } });
        return exercise;
      });
    } catch (error) {
      throw catalogApiError(error);
    }
  }

  async archive(globalId: string): Promise<ExerciseView> {
    const id = fromGlobalId(globalId, 'Exercise', 'id');
    return this.em.transactional(async (em) => {
      const exercise = await requireEditableExercise(this.ctx, await em.findOne(Exercise, id, { lockMode: LockMode.PESSIMISTIC_WRITE }));
      if (exercise.isActive) {
        exercise.isActive = false;
        recordAudit(em, this.ctx, { action: 'archive_exercise', entityType: 'exercise', entityId: exercise.id, metadata: { name: exercise.name } });
      }
      return exercise;
    });
  }

  /** uq_exercises_creator_name, checked first so the answer names the field and the clash. */
  private async requireFreeName(em: EntityManager, creatorId: number, name: string, exceptId: number | null): Promise<void> {
    const [clash] = await rawQuery<{ name: string; is_active: boolean }>(
      em,
      'select name, is_active from exercises where created_by_id = ? and lower(name) = lower(?) and id <> ?',
      [creatorId, name, exceptId ?? 0],
    );
    if (clash) {
      throw conflictOn(
        'name',
        `You already have an exercise named "${clash.name}"${clash.is_active ? '' : ' (archived)'}: choose another name or edit that one.`,
      );
    }
  }

  /** The name's slug, or the first of slug-2, slug-3, … that no exercise (nor the shipped catalog) uses. */
  private async freeSlug(em: EntityManager, name: string): Promise<string> {
    const base = slugify(name).slice(0, 120).replace(/-+$/, '') || 'exercise';
    const rows = await rawQuery<{ slug: string }>(em, "select slug from exercises where slug = ? or slug like ? escape '\\'", [
      base,
      `${likeEscape(base)}-%`,
    ]);
    const taken = new Set([...rows.map((row) => row.slug), ...[...CATALOG_SLUGS].filter((slug) => slug === base || slug.startsWith(`${base}-`))]);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  /**
   * Checks the lists an input gives against the database (equipment codes exist, related
   * exercises are visible and not the exercise itself), naming the failing item's path.
   */
  private async resolveLists(em: EntityManager, input: ExerciseWrite, selfId: number | null) {
    const equipmentCodes = input.equipmentCodes === undefined ? undefined : (input.equipmentCodes ?? []);
    let equipment: EquipmentItem[] | undefined;
    if (equipmentCodes) {
      const items = equipmentCodes.length > 0 ? await em.find(EquipmentItem, { code: { $in: equipmentCodes } }) : [];
      const byCode = new Map(items.map((item) => [item.code, item]));
      const unknown = equipmentCodes.findIndex((code) => !byCode.has(code));
      if (unknown >= 0) {
        throw new BadUserInputError(`equipmentCodes.${unknown}: there is no equipment "${equipmentCodes[unknown]}" (see Query.equipment).`, `equipmentCodes.${unknown}`);
      }
      equipment = equipmentCodes.map((code) => byCode.get(code)!);
    }

    let relationships: { input: ExerciseRelationshipInput; targetId: number }[] | undefined;
    if (input.relationships !== undefined) {
      const links = input.relationships ?? [];
      const targetIds = links.map((link, index) => {
        const field = `relationships.${index}.exerciseId`;
        const parsed = parseGlobalId(link.exerciseId);
        if (!parsed || parsed.type !== 'Exercise') throw new BadUserInputError(`${field} is not a valid Exercise id.`, field);
        if (parsed.id === selfId) throw new BadUserInputError(`${field}: an exercise cannot relate to itself.`, field);
        return parsed.id;
      });
      const visible = visibleExerciseSql('e', this.ctx.viewer);
      const found = targetIds.length
        ? await rawQuery<{ id: number }>(em, `select e.id from exercises e where e.id in (?) and ${visible.sql}`, [targetIds, ...visible.params])
        : [];
      const seen = new Set(found.map((row) => row.id));
      const missing = targetIds.findIndex((targetId) => !seen.has(targetId));
      if (missing >= 0) {
        const field = `relationships.${missing}.exerciseId`;
        throw new BadUserInputError(`${field}: no exercise you can see has this id.`, field);
      }
      relationships = links.map((link, index) => ({ input: link, targetId: targetIds[index]! }));
    }

    const aliases = input.aliases === undefined ? undefined : (input.aliases ?? []).map((alias) => alias.trim());
    const tagNames = input.tags === undefined ? undefined : (input.tags ?? []).map((tag) => tag.trim().toLowerCase());
    const secondaryMuscles = input.secondaryMuscles === undefined ? undefined : (input.secondaryMuscles ?? []);
    return { equipment, relationships, aliases, tagNames, secondaryMuscles };
  }

  /** Writes the lists that were given, replacing the stored ones when `replace`. */
  private async writeLists(em: EntityManager, exercise: Exercise, lists: Awaited<ReturnType<ExerciseService['resolveLists']>>, replace: boolean) {
    const { aliases, tagNames, secondaryMuscles, equipment, relationships } = lists;
    if (aliases) {
      if (replace) await em.nativeDelete(ExerciseAlias, { exercise: exercise.id });
      for (const alias of aliases) em.create(ExerciseAlias, { exercise, alias });
    }
    if (secondaryMuscles) {
      if (replace) await em.nativeDelete(ExerciseSecondaryMuscle, { exercise: exercise.id });
      for (const muscle of secondaryMuscles) em.create(ExerciseSecondaryMuscle, { exercise, muscle: muscle as MuscleGroup });
    }
    if (tagNames) {
      if (replace) await em.nativeDelete(ExerciseTag, { exercise: exercise.id });
      for (const tag of await ensureTags(em, tagNames)) em.create(ExerciseTag, { exercise, tag });
    }
    if (equipment) {
      if (replace) await em.nativeDelete(ExerciseEquipment, { exercise: exercise.id });
      for (const item of equipment) em.create(ExerciseEquipment, { exercise, equipment: item });
    }
    if (relationships) {
      if (replace) await em.nativeDelete(ExerciseRelationship, { source: exercise.id });
      for (const { input, targetId } of relationships) {
        em.create(ExerciseRelationship, {
          source: exercise,
          target: em.getReference(Exercise, targetId),
          relationshipType: input.type,
          notes: blankToNull(input.notes),
        });
      }
    }
  }
}

/** Tags by name, creating the missing ones (shared vocabulary: a concurrent creator is not an error). */
async function ensureTags(em: EntityManager, names: readonly string[]): Promise<Tag[]> {
  if (names.length === 0) return [];
  await rawQuery(em, 'insert into tags (name) select unnest(array[?]::text[]) on conflict (name) do nothing', [[...names]]);
  const tags = await em.find(Tag, { name: { $in: [...names] } });
  const byName = new Map(tags.map((tag) => [tag.name, tag]));
  return names.map((name) => byName.get(name)!);
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function assignDefined<K extends keyof Exercise & keyof UpdateExerciseInput>(exercise: Exercise, input: UpdateExerciseInput, keys: readonly K[]) {
  for (const key of keys) {
    const value = input[key];
    if (value !== undefined && value !== null) (exercise as unknown as Record<string, unknown>)[key] = value;
  }
}
