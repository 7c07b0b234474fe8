import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';
import { catalogApiError } from './catalog.errors.js';
import { createSubjectEquipmentLoader } from './catalog.loaders.js';
import type { SetAthleteEquipmentInput } from './exercise.inputs.js';
import type { EquipmentView } from './exercise.type.js';

/** The equipment reference list and what each athlete has (seed 002). */
export class EquipmentService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  /** Every equipment item, by name: a short reference list the catalog seeder maintains. */
  list(): Promise<EquipmentView[]> {
    return rawQuery<EquipmentView>(this.em, 'select id, code, name, description from equipment order by name, id');
  }

  /**
   * Replaces the athlete's equipment with exactly these items (the athlete, or a coach with the
   * athlete on their roster). Idempotent: the same list twice leaves the same rows.
   */
  async setAthleteEquipment(input: SetAthleteEquipmentInput): Promise<{ subjectId: number; equipment: EquipmentView[] }> {
    requireViewer(this.ctx);
    const subjectId = fromGlobalId(input.athleteId, 'Athlete', 'athleteId');
    if (!(await canReadSubject(this.ctx, subjectId))) throw new NotFoundError('athleteId: no athlete of yours has this id.');

    const codes = [...new Set(input.equipmentCodes)];
    const items = codes.length > 0 ? await rawQuery<EquipmentView>(this.em, 'select id, code, name, description from equipment where code in (?)', [codes]) : [];
    const byCode = new Map(items.map((item) => [item.code, item]));
    const unknown = input.equipmentCodes.findIndex((code) => !byCode.has(code));
    if (unknown >= 0) {
      throw new BadUserInputError(`equipmentCodes.${unknown}: there is no equipment "${input.equipmentCodes[unknown]}" (see Query.equipment).`, `equipmentCodes.${unknown}`);
    }
    const ids = items.map((item) => item.id);
    try {
      await this.em.transactional(async (em) => {
        // Serialises concurrent replacements of one athlete's set, so the last one wins whole.
        await rawQuery(em, 'select id from subjects where id = ? for update', [subjectId]);
        if (ids.length === 0) {
          await rawQuery(em, 'delete from subject_equipment where subject_id = ?', [subjectId]);
          return;
        }
        await rawQuery(em, 'delete from subject_equipment where subject_id = ? and equipment_id not in (?)', [subjectId, ids]);
        await rawQuery(em, 'insert into subject_equipment (subject_id, equipment_id) select ?, unnest(array[?]::int[]) on conflict do nothing', [subjectId, ids]);
      });
    } catch (error) {
      throw catalogApiError(error);
    }
    // Read back in the order `Athlete.equipment` lists it.
    return { subjectId, equipment: await createSubjectEquipmentLoader(this.em).load(subjectId) };
  }
}
