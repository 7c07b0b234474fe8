import { DecimalType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { E1rmFormula, UnitSystem } from './identity.enums.js';
import { User } from './user.entity.js';

/** The standard plate set of a commercial gym, in kg, one entry per plate size (pairs loaded per side). */
export const DEFAULT_PLATES_KG = [25, 20, 15, 10, 5, 2.5, 1.25];

/**
 * Per-account preferences (seeds 002 and 003): display units, e1RM formula, and the bar and
 * plates the prescription engine rounds loads to. Weights are always stored in kg.
 */
@Entity({ tableName: 'user_settings' })
@Check({ name: 'ck_user_settings_bar_weight_range', expression: 'bar_weight_kg >= 0 and bar_weight_kg <= 100' })
@Check({ name: 'ck_user_settings_plates_array', expression: "jsonb_typeof(plates_kg) = 'array'" })
export class UserSettings extends BaseEntity {
  @OneToOne(() => User, { owner: true, deleteRule: 'cascade', unique: 'uq_user_settings_user' })
  user!: User;

  @Enum({ items: () => UnitSystem, default: UnitSystem.METRIC })
  unitSystem: Opt<UnitSystem> = UnitSystem.METRIC;

  @Enum({ items: () => E1rmFormula, default: E1rmFormula.EPLEY })
  e1rmFormula: Opt<E1rmFormula> = E1rmFormula.EPLEY;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, default: 20 })
  barWeightKg: Opt<number> = 20;

  @Property({ type: 'json', columnType: 'jsonb', default: JSON.stringify(DEFAULT_PLATES_KG) })
  platesKg: Opt<number[]> = [...DEFAULT_PLATES_KG];
}
