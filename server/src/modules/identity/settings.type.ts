import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { E1rmFormula, UnitSystem } from './identity.enums.js';
import { DEFAULT_PLATES_KG } from './user-settings.entity.js';

registerEnumType(UnitSystem, {
  name: 'UnitSystem',
  description: 'Units the athlete reads weights in. The API always speaks kg; clients convert for display.',
  valuesConfig: {
    METRIC: { description: 'Kilograms (the default).' },
    IMPERIAL: { description: 'Pounds: clients convert the API’s kg for display.' },
  },
});
registerEnumType(E1rmFormula, {
  name: 'E1rmFormula',
  description: 'The estimated-1RM formula the athlete prefers: Epley, Brzycki, Lombardi or O’Conner.',
  valuesConfig: {
    EPLEY: { description: 'weight × (1 + reps / 30) (the default; personal records always use it).' },
    BRZYCKI: { description: 'weight × 36 / (37 − reps).' },
    LOMBARDI: { description: 'weight × reps^0.10.' },
    OCONNER: { description: 'weight × (1 + reps / 40).' },
  },
});

export interface SettingsRow {
  user_id: number;
  unit_system: UnitSystem;
  e1rm_formula: E1rmFormula;
  bar_weight_kg: string;
  plates_kg: number[];
}

/** What an account that never saved settings gets (the column defaults of user_settings). */
export const DEFAULT_SETTINGS = {
  unitSystem: UnitSystem.METRIC,
  e1rmFormula: E1rmFormula.EPLEY,
  barWeightKg: 20,
  platesKg: DEFAULT_PLATES_KG,
} as const;

@ObjectType('UserSettings', { description: "An account's preferences. Defaults apply until the account saves its own." })
export class UserSettingsType {
  @Field(() => UnitSystem, { description: 'Units to display weights in (the API always speaks kg).' })
  unitSystem!: UnitSystem;

  @Field(() => E1rmFormula, { description: 'Formula for estimated 1RMs.' })
  e1rmFormula!: E1rmFormula;

  @Field(() => Float, { description: 'Weight of the bar the athlete loads, kg.' })
  barWeightKg!: number;

  @Field(() => [Float], { description: 'Plate sizes available, kg, heaviest first (one entry per size; loaded in pairs).' })
  platesKg!: number[];

  @Field({ description: 'False while the defaults apply (nothing saved yet).' })
  saved!: boolean;

  static fromRow(row: SettingsRow | null): UserSettingsType {
    return Object.assign(
      new UserSettingsType(),
      row
        ? { unitSystem: row.unit_system, e1rmFormula: row.e1rm_formula, barWeightKg: Number(row.bar_weight_kg), platesKg: row.plates_kg.map(Number), saved: true }
        : { ...DEFAULT_SETTINGS, platesKg: [...DEFAULT_SETTINGS.platesKg], saved: false },
    );
  }
}
