import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, IsPositive, Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { IsMultipleOf } from '../health/health.validation.js';
import { E1rmFormula, UnitSystem } from './identity.enums.js';

@InputType({ description: "Change the viewer's own settings. An omitted field keeps its value; null restores its default." })
export class UpdateSettingsInput {
  @Field(() => UnitSystem, { nullable: true, description: 'Units to display weights in; null restores METRIC.' })
  unitSystem?: UnitSystem | null;

  @Field(() => E1rmFormula, { nullable: true, description: 'Formula for estimated 1RMs; null restores EPLEY.' })
  e1rmFormula?: E1rmFormula | null;

  @Field(() => Float, { nullable: true, description: 'Bar weight in kg, 0–100 (0 for no bar; kept to 0.01 kg).' })
  @IsOptional()
  @Min(0, { message: 'barWeightKg must be between 0 and 100 kg' })
  @Max(100, { message: 'barWeightKg must be between 0 and 100 kg' })
  barWeightKg?: number | null;

  @Field(() => [Float], { nullable: true, description: '1–20 distinct plate sizes in kg, each positive, at most 50 and a multiple of 0.25. Stored heaviest first.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'platesKg must list between 1 and 20 plate sizes' })
  @ArrayMaxSize(20, { message: 'platesKg must list between 1 and 20 plate sizes' })
  @ArrayUnique({ message: 'platesKg must not list a plate size twice' })
  @IsPositive({ each: true, message: 'platesKg sizes must be positive' })
  @Max(50, { each: true, message: 'platesKg sizes must be at most 50 kg' })
  @IsMultipleOf(0.25, { each: true, message: 'platesKg sizes must be multiples of 0.25 kg' })
  platesKg?: number[] | null;
}
