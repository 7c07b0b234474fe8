import { Migration } from '@mikro-orm/migrations';

export class Migration20261123174930_rls_policies extends Migration {

  override name = 'Migration20261123174930_rls_policies';

  override up(): void | Promise<void> {
    this.addSql(`alter table "subjects" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "subjects" using (id = any ((select app_visible_subjects())::int[]) or user_id = (select app_user_id())) with check (id = any ((select app_visible_subjects())::int[]) or user_id = (select app_user_id()));`);

    this.addSql(`alter table "subject_profiles" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "subject_profiles" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "subject_equipment" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "subject_equipment" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "subject_body_metrics" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "subject_body_metrics" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "routines" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "routines" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "routine_days" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "routine_days" using (exists (select 1 from routines p where p.id = routine_id)) with check (exists (select 1 from routines p where p.id = routine_id));`);

    this.addSql(`alter table "import_logs" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "import_logs" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "cycles" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "cycles" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "subject_movement_rules" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "subject_movement_rules" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "routine_day_exercises" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "routine_day_exercises" using (exists (select 1 from routine_days p where p.id = routine_day_id)) with check (exists (select 1 from routine_days p where p.id = routine_day_id));`);

    this.addSql(`alter table "routine_exercise_sets" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "routine_exercise_sets" using (exists (select 1 from routine_day_exercises p where p.id = routine_day_exercise_id)) with check (exists (select 1 from routine_day_exercises p where p.id = routine_day_exercise_id));`);

    this.addSql(`alter table "progression_rules" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "progression_rules" using (exists (select 1 from routine_day_exercises p where p.id = routine_day_exercise_id)) with check (exists (select 1 from routine_day_exercises p where p.id = routine_day_exercise_id));`);

    this.addSql(`alter table "benchmarks" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "benchmarks" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "workout_sessions" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "workout_sessions" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "soreness_logs" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "soreness_logs" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "recovery_signals" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "recovery_signals" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "exercise_set_logs" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "exercise_set_logs" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);

    this.addSql(`alter table "personal_records" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "personal_records" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy "tenant_wall" on "benchmarks";`);

    this.addSql(`drop policy "tenant_wall" on "cycles";`);

    this.addSql(`drop policy "tenant_wall" on "exercise_set_logs";`);

    this.addSql(`drop policy "tenant_wall" on "import_logs";`);

    this.addSql(`drop policy "tenant_wall" on "personal_records";`);

    this.addSql(`drop policy "tenant_wall" on "progression_rules";`);

    this.addSql(`drop policy "tenant_wall" on "recovery_signals";`);

    this.addSql(`drop policy "tenant_wall" on "routine_day_exercises";`);

    this.addSql(`drop policy "tenant_wall" on "routine_days";`);

    this.addSql(`drop policy "tenant_wall" on "routine_exercise_sets";`);

    this.addSql(`drop policy "tenant_wall" on "routines";`);

    this.addSql(`drop policy "tenant_wall" on "soreness_logs";`);

    this.addSql(`drop policy "tenant_wall" on "subject_body_metrics";`);

    this.addSql(`drop policy "tenant_wall" on "subject_equipment";`);

    this.addSql(`drop policy "tenant_wall" on "subject_movement_rules";`);

    this.addSql(`drop policy "tenant_wall" on "subject_profiles";`);

    this.addSql(`drop policy "tenant_wall" on "subjects";`);

    this.addSql(`drop policy "tenant_wall" on "workout_sessions";`);

    this.addSql(`alter table "benchmarks" disable row level security;`);

    this.addSql(`alter table "cycles" disable row level security;`);

    this.addSql(`alter table "exercise_set_logs" disable row level security;`);

    this.addSql(`alter table "import_logs" disable row level security;`);

    this.addSql(`alter table "personal_records" disable row level security;`);

    this.addSql(`alter table "progression_rules" disable row level security;`);

    this.addSql(`alter table "recovery_signals" disable row level security;`);

    this.addSql(`alter table "routine_day_exercises" disable row level security;`);

    this.addSql(`alter table "routine_days" disable row level security;`);

    this.addSql(`alter table "routine_exercise_sets" disable row level security;`);

    this.addSql(`alter table "routines" disable row level security;`);

    this.addSql(`alter table "soreness_logs" disable row level security;`);

    this.addSql(`alter table "subject_body_metrics" disable row level security;`);

    this.addSql(`alter table "subject_equipment" disable row level security;`);

    this.addSql(`alter table "subject_movement_rules" disable row level security;`);

    this.addSql(`alter table "subject_profiles" disable row level security;`);

    this.addSql(`alter table "subjects" disable row level security;`);

    this.addSql(`alter table "workout_sessions" disable row level security;`);
  }

}
