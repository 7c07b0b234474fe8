import type { Context } from '../../graphql/context.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import { rawQuery } from '../../db/raw-query.js';
import { toScale } from '../health/health.validation.js';
import { requireViewer } from './access.policy.js';
import type { UpdateSettingsInput } from './settings.inputs.js';
import { DEFAULT_SETTINGS, type SettingsRow } from './settings.type.js';
import { upsertSql } from '../health/upsert-sql.js';

/** The viewer's own account settings. Reading never writes: defaults apply until the first update. */
export class SettingsService {
  constructor(private readonly ctx: Context) {}

  async updateSettings(input: UpdateSettingsInput): Promise<SettingsRow> {
    const { userId } = requireViewer(this.ctx);
    // null restores the default, so a new row and an update both get the default value.
    const value = <T>(sent: T | null | undefined, fallback: T) => ({ value: sent ?? fallback, sent: sent !== undefined });
    const plates = input.platesKg ? [...input.platesKg].map((kg) => toScale(kg, 2)).sort((a, b) => b - a) : input.platesKg;
    const { sql, params } = upsertSql(
      'user_settings',
      'uq_user_settings_user',
      [{ name: 'user_id', value: userId, sent: true }],
      [
        { name: 'unit_system', ...value(input.unitSystem, DEFAULT_SETTINGS.unitSystem) },
        { name: 'e1rm_formula', ...value(input.e1rmFormula, DEFAULT_SETTINGS.e1rmFormula) },
        { name: 'bar_weight_kg', ...value(input.barWeightKg === undefined || input.barWeightKg === null ? input.barWeightKg : toScale(input.barWeightKg, 2), DEFAULT_SETTINGS.barWeightKg) },
        { name: 'plates_kg', ...value(plates === undefined || plates === null ? plates : JSON.stringify(plates), JSON.stringify(DEFAULT_SETTINGS.platesKg)) },
      ],
      't.user_id, t.unit_system, t.e1rm_formula, t.bar_weight_kg, t.plates_kg',
    );
    const [row] = await rawQuery<SettingsRow>(this.ctx.em, sql, params).catch(rethrowConstraint);
    return row!;
  }
}
