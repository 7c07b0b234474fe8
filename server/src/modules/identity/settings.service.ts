import type { Context } from '../../graphql/context.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import { rawQuery } from '../../db/raw-query.js';
import { toScale } from '../health/health.validation.js';
import { type Column, upsertSql } from '../health/upsert-sql.js';
import { requireViewer } from './access.policy.js';
import type { UpdateSettingsInput } from './settings.inputs.js';
import { DEFAULT_SETTINGS, type SettingsRow } from './settings.type.js';

/** A settings column: a sent value is stored, null stores the default, an omitted field stays as saved. */
function setting<T>(name: string, sent: T | null | undefined, fallback: T, store: (value: T) => unknown = (value) => value): Column {
  return { name, value: store(sent ?? fallback), sent: sent !== undefined };
}

/** The viewer's own account settings. Reading never writes: defaults apply until the first update. */
export class SettingsService {
  constructor(private readonly ctx: Context) {}

  async updateSettings(input: UpdateSettingsInput): Promise<SettingsRow> {
    const { userId } = requireViewer(this.ctx);
    const { sql, params } = upsertSql(
      'user_settings',
      'uq_user_settings_user',
      [{ name: 'user_id', value: userId, sent: true }],
      [
        setting('unit_system', input.unitSystem, DEFAULT_SETTINGS.unitSystem),
        setting('e1rm_formula', input.e1rmFormula, DEFAULT_SETTINGS.e1rmFormula),
        setting('bar_weight_kg', input.barWeightKg, DEFAULT_SETTINGS.barWeightKg, (kg) => toScale(kg, 2)),
        // jsonb, heaviest plate first (the order a plate calculator loads them).
        setting('plates_kg', input.platesKg, DEFAULT_SETTINGS.platesKg, (plates) => JSON.stringify(plates.map((kg) => toScale(kg, 2)).sort((a, b) => b - a))),
      ],
      't.user_id, t.unit_system, t.e1rm_formula, t.bar_weight_kg, t.plates_kg',
    );
    const [row] = await rawQuery<SettingsRow>(this.ctx.em, sql, params).catch(rethrowConstraint);
    return row!;
  }
}
