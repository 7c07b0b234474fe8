import { type CatalogEntry } from '../exercise-match.js';

/**
 * A slice of the shipped catalog (db/seeders/catalog.data.ts: names and aliases copied as they
 * are, ids are the slugs). The engine may not import db/, so tests use this copy.
 */
export const CATALOG_SAMPLE: readonly CatalogEntry[] = [
  { id: 'barbell-back-squat', name: 'Barbell Back Squat', aliases: ['Back Squat', 'Squat', 'BB Squat', 'High-Bar Squat'] },
  { id: 'barbell-front-squat', name: 'Barbell Front Squat', aliases: ['Front Squat'] },
  { id: 'goblet-squat', name: 'Goblet Squat', aliases: ['DB Goblet Squat', 'Kettlebell Goblet Squat'] },
  { id: 'conventional-deadlift', name: 'Conventional Deadlift', aliases: ['Deadlift', 'DL', 'Barbell Deadlift'] },
  { id: 'romanian-deadlift', name: 'Romanian Deadlift', aliases: ['RDL', 'Romanian DL', 'Barbell RDL'] },
  { id: 'dumbbell-romanian-deadlift', name: 'Dumbbell Romanian Deadlift', aliases: ['DB RDL', 'Dumbbell RDL'] },
  { id: 'barbell-bench-press', name: 'Barbell Bench Press', aliases: ['Bench', 'Bench Press', 'Flat Bench', 'BP'] },
  { id: 'dumbbell-bench-press', name: 'Dumbbell Bench Press', aliases: ['DB Bench', 'DB Bench Press', 'Flat Dumbbell Press'] },
  { id: 'incline-barbell-bench-press', name: 'Incline Barbell Bench Press', aliases: ['Incline Bench', 'Incline Bench Press'] },
  { id: 'overhead-press', name: 'Overhead Press', aliases: ['OHP', 'Military Press', 'Standing Press', 'Strict Press'] },
  { id: 'barbell-row', name: 'Barbell Row', aliases: ['Bent-Over Row', 'BB Row', 'Bent-Over Barbell Row'] },
  { id: 'pull-up', name: 'Pull-Up', aliases: ['Pullup', 'Pull Up', 'Overhand Pull-Up'] },
  { id: 'lat-pulldown', name: 'Lat Pulldown', aliases: ['Pulldown', 'Lat Pull-Down', 'Wide-Grip Pulldown'] },
  { id: 'dumbbell-curl', name: 'Dumbbell Curl', aliases: ['DB Curl', 'Dumbbell Biceps Curl', 'Alternating Dumbbell Curl'] },
  { id: 'barbell-curl', name: 'Barbell Curl', aliases: ['BB Curl', 'Standing Barbell Curl', 'Biceps Curl'] },
  { id: 'cable-fly', name: 'Cable Fly', aliases: ['Cable Crossover', 'Cable Flye'] },
  { id: 'plank', name: 'Plank', aliases: ['Front Plank', 'Forearm Plank'] },
  { id: 'running', name: 'Running', aliases: ['Run', 'Jog', 'Outdoor Run'] },
  { id: 'barbell-hip-thrust', name: 'Barbell Hip Thrust', aliases: ['Hip Thrust', 'BB Hip Thrust'] },
];
