import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151223_domain extends Migration {

  override name = 'Migration20261123151223_domain';

  override up(): void | Promise<void> {
    this.addSql(`create table "equipment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(50) not null, "name" varchar(255) not null, "description" text null);`);
    this.addSql(`alter table "equipment" add constraint "uq_equipment_code" unique ("code");`);
    this.addSql(`alter table "equipment" add constraint "uq_equipment_name" unique ("name");`);

    this.addSql(`create table "tags" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(50) not null);`);
    this.addSql(`alter table "tags" add constraint "uq_tags_name" unique ("name");`);

    this.addSql(`create table "subject_profiles" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "sex" text null, "birth_year" int null, "height_cm" int null, "dominant_hand" varchar(10) null);`);
    this.addSql(`alter table "subject_profiles" add constraint "uq_subject_profiles_subject" unique ("subject_id");`);

    this.addSql(`create table "subject_equipment" ("subject_id" int not null, "equipment_id" int not null, "created_at" timestamptz not null default now(), primary key ("subject_id", "equipment_id"));`);
    this.addSql(`create index "ix_subject_equipment_equipment" on "subject_equipment" ("equipment_id");`);

    this.addSql(`create table "subject_body_metrics" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "measured_on" date not null, "weight_kg" numeric(5,2) null, "bodyfat_pct" numeric(4,1) null, "resting_hr" int null, "notes" text null);`);
    this.addSql(`create index "ix_sbm_measured_on" on "subject_body_metrics" ("measured_on");`);
    this.addSql(`alter table "subject_body_metrics" add constraint "uq_sbm_subject_day" unique ("subject_id", "measured_on");`);

    this.addSql(`create table "import_logs" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "source" text not null, "status" text not null default 'PARSED', "raw_text" text not null, "parsed_rows" jsonb null, "confidence" numeric(3,2) null, "routine_id" int null);`);
    this.addSql(`create index "ix_import_logs_subject_created" on "import_logs" ("subject_id", "created_at");`);

    this.addSql(`create table "progression_rules" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "routine_day_exercise_id" int not null, "style" text not null, "increment_kg" numeric(5,2) not null default 2.5, "rep_range_min" int null, "rep_range_max" int null, "wave_length" int null, "deload_every_n_cycles" int null, "deload_pct" numeric(4,1) not null default 60);`);
    this.addSql(`alter table "progression_rules" add constraint "uq_progression_rules_rde" unique ("routine_day_exercise_id");`);

    this.addSql(`create table "exercise_tags" ("exercise_id" int not null, "tag_id" int not null, primary key ("exercise_id", "tag_id"));`);
    this.addSql(`alter table "exercise_tags" add constraint "uq_exercise_tag" unique ("exercise_id", "tag_id");`);

    this.addSql(`create table "exercise_secondary_muscles" ("exercise_id" int not null, "muscle" text not null, primary key ("exercise_id", "muscle"));`);
    this.addSql(`create index "ix_exercise_muscle" on "exercise_secondary_muscles" ("muscle", "exercise_id");`);
    this.addSql(`alter table "exercise_secondary_muscles" add constraint "uq_exercise_muscle" unique ("exercise_id", "muscle");`);

    this.addSql(`create table "exercise_relationships" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "source_id" int not null, "target_id" int not null, "relationship_type" text not null, "notes" text null);`);
    this.addSql(`create index "ix_exercise_relationships_target" on "exercise_relationships" ("target_id");`);
    this.addSql(`alter table "exercise_relationships" add constraint "uq_exercise_relationship" unique ("source_id", "target_id", "relationship_type");`);

    this.addSql(`create table "exercise_equipment" ("exercise_id" int not null, "equipment_id" int not null, primary key ("exercise_id", "equipment_id"));`);
    this.addSql(`create index "ix_exercise_equipment_equipment" on "exercise_equipment" ("equipment_id");`);

    this.addSql(`create table "exercise_aliases" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "exercise_id" int not null, "alias" varchar(120) not null);`);
    this.addSql(`alter table "exercise_aliases" add constraint "uq_exercise_alias" unique ("exercise_id", "alias");`);

    this.addSql(`create table "benchmarks" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "metric_type" text not null, "value" numeric(10,2) not null, "unit" varchar(10) not null, "exercise_id" int null, "established_on" date not null, "notes" text null);`);
    this.addSql(`create index "ix_benchmarks_exercise" on "benchmarks" ("exercise_id");`);
    this.addSql(`create index "ix_benchmarks_subject_type" on "benchmarks" ("subject_id", "metric_type", "established_on");`);

    this.addSql(`create table "audit_logs" ("id" bigserial primary key, "user_id" int null, "action" varchar(100) not null, "entity_type" varchar(50) null, "entity_id" int null, "metadata" jsonb null, "ip_address" inet null, "user_agent" text null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "ix_audit_entity" on "audit_logs" ("entity_type", "entity_id");`);
    this.addSql(`create index "ix_audit_user" on "audit_logs" ("user_id", "created_at");`);

    this.addSql(`create table "user_settings" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" int not null, "unit_system" text not null default 'METRIC', "e1rm_formula" text not null default 'EPLEY', "bar_weight_kg" numeric(5,2) not null default 20, "plates_kg" jsonb not null default '[25,20,15,10,5,2.5,1.25]');`);
    this.addSql(`alter table "user_settings" add constraint "uq_user_settings_user" unique ("user_id");`);

    this.addSql(`create table "soreness_logs" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "logged_on" date not null, "body_part" text not null, "soreness" smallint not null, "inferred_cause_session_id" int null, "notes" text null);`);
    this.addSql(`alter table "soreness_logs" add constraint "uq_soreness_logs_subject_day_part" unique ("subject_id", "logged_on", "body_part");`);

    this.addSql(`create table "recovery_signals" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "session_id" int null, "measured_on" date not null, "source" text not null default 'MANUAL', "hrv_ms" numeric(5,1) null, "resting_hr" int null, "sleep_score" numeric(4,1) null, "sleep_hours" numeric(4,2) null, "readiness" numeric(4,1) null, "notes" text null);`);
    this.addSql(`alter table "recovery_signals" add constraint "uq_recovery_signals_subject_day_source" unique ("subject_id", "measured_on", "source");`);

    this.addSql(`create table "personal_records" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "exercise_id" int not null, "record_type" text not null, "value" numeric(10,2) not null, "unit" varchar(10) not null, "set_log_id" int null, "session_id" int null, "achieved_at" timestamptz not null);`);
    this.addSql(`create index "ix_personal_records_session" on "personal_records" ("session_id");`);
    this.addSql(`create index "ix_personal_records_set_log" on "personal_records" ("set_log_id");`);
    this.addSql(`create index "ix_personal_records_subject_achieved" on "personal_records" ("subject_id", "achieved_at");`);
    this.addSql(`alter table "personal_records" add constraint "uq_personal_records_subject_exercise_type" unique ("subject_id", "exercise_id", "record_type");`);

    this.addSql(`alter table "routines" add "created_by_id" int null, add "archived_at" timestamptz null;`);
    this.addSql(`alter table "routines" add constraint "routines_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "cycles" add "is_deload" boolean not null default false, add "archived_at" timestamptz null;`);

    this.addSql(`alter table "exercises" drop constraint "exercises_difficulty_check";`);
    this.addSql(`alter table "exercises" add "metric_type" text not null default 'REPS', add "cns_load" text not null default 'MODERATE', add "substitution_group" varchar(100) null, add "created_by_id" int null, add "is_public" boolean not null default true;`);
    this.addSql(`alter table "exercises" add constraint "exercises_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null;`);
    this.addSql(`create index "ix_exercises_substitution_group" on "exercises" ("substitution_group");`);
    this.addSql(`create index "ix_exercises_created_by" on "exercises" ("created_by_id");`);
    this.addSql(`create unique index "uq_exercises_creator_name" on "exercises" (created_by_id, lower(name)) where created_by_id is not null;`);
    this.addSql(`create unique index "uq_exercises_system_name" on "exercises" (lower(name)) where created_by_id is null;`);
    this.addSql(`alter table "exercises" add constraint "ck_exercises_name_not_empty" check (length(btrim(name)) >= 2);`);
    this.addSql(`alter table "exercises" add constraint "exercises_metric_type_check" check ("metric_type" in ('REPS', 'TIME', 'TIME_UNDER_TENSION', 'DISTANCE'));`);
    this.addSql(`alter table "exercises" add constraint "exercises_cns_load_check" check ("cns_load" in ('VERY_LOW', 'LOW', 'MODERATE', 'HIGH', 'VERY_HIGH'));`);
    this.addSql(`alter table "exercises" add constraint "exercises_difficulty_check" check ("difficulty" in ('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT', 'ELITE'));`);

    this.addSql(`alter table "routine_day_exercises" add "section" text not null default 'MAIN', add "superset_group" int null;`);
    this.addSql(`alter table "routine_day_exercises" add constraint "ck_rde_superset_group_positive" check (superset_group >= 1);`);
    this.addSql(`alter table "routine_day_exercises" add constraint "routine_day_exercises_section_check" check ("section" in ('WARMUP', 'MAIN', 'ACCESSORY'));`);

    this.addSql(`alter table "routine_exercise_sets" add "target_reps_min" int null, add "target_reps_max" int null, add "target_pct_1rm" numeric(4,1) null, add "target_duration_s" int null, add "target_distance_m" numeric(9,2) null;`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_distance_nonnegative" check (target_distance_m >= 0);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_duration_nonnegative" check (target_duration_s >= 0);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_pct_1rm_range" check (target_pct_1rm > 0 and target_pct_1rm <= 120);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_rep_range_ordered" check (target_reps_min >= 0 and target_reps_max <= 1000 and target_reps_min <= target_reps_max);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_rpe_half_steps" check ((target_rpe * 2) = trunc(target_rpe * 2));`);

    this.addSql(`alter table "workout_sessions" drop constraint "uq_ws_subject_date";`);
    this.addSql(`alter table "workout_sessions" add "slot" int not null default 1;`);
    this.addSql(`alter table "workout_sessions" add constraint "uq_ws_subject_date" unique ("subject_id", "workout_date", "slot");`);
    this.addSql(`alter table "workout_sessions" add constraint "ck_ws_slot_range" check (slot >= 1 and slot <= 4);`);

    this.addSql(`alter table "exercise_set_logs" add "duration_s" int null, add "distance_m" numeric(9,2) null, add "avg_heart_rate" int null, add "max_heart_rate" int null;`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_max_hr_range" check (max_heart_rate >= 20 and max_heart_rate <= 250);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_avg_hr_range" check (avg_heart_rate >= 20 and avg_heart_rate <= 250);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_distance_nonnegative" check (distance_m >= 0);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_duration_nonnegative" check (duration_s >= 0);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_rpe_half_steps" check ((actual_rpe * 2) = trunc(actual_rpe * 2));`);

    this.addSql(`alter table "equipment" add constraint "ck_equipment_code_format" check (code ~ '^[A-Z][A-Z0-9_]*$');`);

    this.addSql(`alter table "tags" add constraint "ck_tags_name_not_empty" check (length(btrim(name)) > 0);`);

    this.addSql(`alter table "subject_profiles" add constraint "subject_profiles_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "subject_profiles" add constraint "ck_subject_profiles_height_range" check (height_cm > 0 and height_cm < 300);`);
    this.addSql(`alter table "subject_profiles" add constraint "ck_subject_profiles_birth_year" check (birth_year >= 1900);`);
    this.addSql(`alter table "subject_profiles" add constraint "subject_profiles_sex_check" check ("sex" in ('MALE', 'FEMALE', 'OTHER', 'PREFER_NOT_TO_SAY'));`);

    this.addSql(`alter table "subject_equipment" add constraint "subject_equipment_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "subject_equipment" add constraint "subject_equipment_equipment_id_foreign" foreign key ("equipment_id") references "equipment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "subject_body_metrics" add constraint "subject_body_metrics_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "subject_body_metrics" add constraint "ck_sbm_resting_hr_range" check (resting_hr > 0 and resting_hr < 300);`);
    this.addSql(`alter table "subject_body_metrics" add constraint "ck_sbm_bodyfat_range" check (bodyfat_pct >= 0 and bodyfat_pct <= 100);`);
    this.addSql(`alter table "subject_body_metrics" add constraint "ck_sbm_weight_range" check (weight_kg >= 0 and weight_kg < 700);`);

    this.addSql(`alter table "import_logs" add constraint "import_logs_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "import_logs" add constraint "import_logs_routine_id_foreign" foreign key ("routine_id") references "routines" ("id") on delete set null;`);
    this.addSql(`alter table "import_logs" add constraint "ck_import_logs_raw_not_empty" check (length(raw_text) > 0);`);
    this.addSql(`alter table "import_logs" add constraint "ck_import_logs_confidence_range" check (confidence >= 0 and confidence <= 1);`);
    this.addSql(`alter table "import_logs" add constraint "import_logs_source_check" check ("source" in ('TEXT', 'STRONG_CSV', 'HEVY_CSV'));`);
    this.addSql(`alter table "import_logs" add constraint "import_logs_status_check" check ("status" in ('PARSED', 'APPLIED', 'FAILED'));`);

    this.addSql(`alter table "progression_rules" add constraint "progression_rules_routine_day_exercise_id_foreign" foreign key ("routine_day_exercise_id") references "routine_day_exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "progression_rules" add constraint "ck_progression_rules_wave_length" check (wave_length >= 2 and wave_length <= 8);`);
    this.addSql(`alter table "progression_rules" add constraint "ck_progression_rules_deload_pct" check (deload_pct > 0 and deload_pct < 100);`);
    this.addSql(`alter table "progression_rules" add constraint "ck_progression_rules_deload_every" check (deload_every_n_cycles >= 2);`);
    this.addSql(`alter table "progression_rules" add constraint "ck_progression_rules_rep_range" check (rep_range_min >= 1 and rep_range_min <= rep_range_max);`);
    this.addSql(`alter table "progression_rules" add constraint "ck_progression_rules_increment_range" check (increment_kg >= 0 and increment_kg <= 50);`);
    this.addSql(`alter table "progression_rules" add constraint "progression_rules_style_check" check ("style" in ('SINGLE_PROGRESSION', 'DOUBLE_PROGRESSION', 'WAVE_LOADING', 'PERCENT_1RM_WAVE', 'RPE_AUTOREGULATION'));`);

    this.addSql(`alter table "exercise_tags" add constraint "exercise_tags_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "exercise_tags" add constraint "exercise_tags_tag_id_foreign" foreign key ("tag_id") references "tags" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "exercise_secondary_muscles" add constraint "exercise_secondary_muscles_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "exercise_secondary_muscles" add constraint "exercise_secondary_muscles_muscle_check" check ("muscle" in ('CHEST', 'BACK', 'SHOULDERS', 'QUADS', 'HAMSTRINGS', 'GLUTES', 'CALVES', 'BICEPS', 'TRICEPS', 'FOREARMS', 'ABS', 'OBLIQUES', 'FULL_BODY', 'OTHER'));`);

    this.addSql(`alter table "exercise_relationships" add constraint "exercise_relationships_source_id_foreign" foreign key ("source_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "exercise_relationships" add constraint "exercise_relationships_target_id_foreign" foreign key ("target_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "exercise_relationships" add constraint "ck_exercise_relationships_not_self" check (source_id <> target_id);`);
    this.addSql(`alter table "exercise_relationships" add constraint "exercise_relationships_relationship_type_check" check ("relationship_type" in ('PROGRESSION', 'REGRESSION', 'VARIATION', 'ANTAGONIST', 'PREP'));`);

    this.addSql(`alter table "exercise_equipment" add constraint "exercise_equipment_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "exercise_equipment" add constraint "exercise_equipment_equipment_id_foreign" foreign key ("equipment_id") references "equipment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "exercise_aliases" add constraint "exercise_aliases_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "exercise_aliases" add constraint "ck_exercise_aliases_not_empty" check (length(btrim(alias)) > 0);`);

    this.addSql(`alter table "benchmarks" add constraint "benchmarks_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "benchmarks" add constraint "benchmarks_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "benchmarks" add constraint "ck_benchmarks_exercise_required" check (exercise_id is not null or metric_type <> 'ONE_RM' and metric_type <> 'TRAINING_MAX');`);
    this.addSql(`alter table "benchmarks" add constraint "ck_benchmarks_value_positive" check (value > 0);`);
    this.addSql(`alter table "benchmarks" add constraint "benchmarks_metric_type_check" check ("metric_type" in ('ONE_RM', 'TRAINING_MAX', 'FTP', 'MAX_HEART_RATE', 'HR_ZONE_1', 'HR_ZONE_2', 'HR_ZONE_3', 'HR_ZONE_4', 'HR_ZONE_5', 'PACE_5K', 'PACE_10K', 'PACE_HALF_MARATHON'));`);

    this.addSql(`alter table "audit_logs" add constraint "audit_logs_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete set null;`);
    this.addSql(`create or replace function "audit_logs_tg_audit_logs_append_only_fn"() returns trigger as $$ begin if tg_op = 'UPDATE' and new.user_id is null and old.user_id is not null and (to_jsonb(new) - 'user_id') = (to_jsonb(old) - 'user_id') then return new; end if; raise exception 'audit_logs is append-only' using errcode = 'restrict_violation'; end; $$ language plpgsql;`);
    this.addSql(`create trigger "tg_audit_logs_append_only" BEFORE UPDATE OR DELETE on "audit_logs" for each ROW execute function "audit_logs_tg_audit_logs_append_only_fn"();`);

    this.addSql(`alter table "user_settings" add constraint "user_settings_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "user_settings" add constraint "ck_user_settings_plates_array" check (jsonb_typeof(plates_kg) = 'array');`);
    this.addSql(`alter table "user_settings" add constraint "ck_user_settings_bar_weight_range" check (bar_weight_kg >= 0 and bar_weight_kg <= 100);`);
    this.addSql(`alter table "user_settings" add constraint "user_settings_unit_system_check" check ("unit_system" in ('METRIC', 'IMPERIAL'));`);
    this.addSql(`alter table "user_settings" add constraint "user_settings_e1rm_formula_check" check ("e1rm_formula" in ('EPLEY', 'BRZYCKI', 'LOMBARDI', 'OCONNER'));`);

    this.addSql(`alter table "soreness_logs" add constraint "soreness_logs_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "soreness_logs" add constraint "soreness_logs_inferred_cause_session_id_foreign" foreign key ("inferred_cause_session_id") references "workout_sessions" ("id") on delete set null;`);
    this.addSql(`alter table "soreness_logs" add constraint "ck_soreness_logs_level_range" check (soreness >= 1 and soreness <= 5);`);
    this.addSql(`alter table "soreness_logs" add constraint "soreness_logs_body_part_check" check ("body_part" in ('CHEST', 'BACK', 'SHOULDERS', 'QUADS', 'HAMSTRINGS', 'GLUTES', 'CALVES', 'BICEPS', 'TRICEPS', 'FOREARMS', 'ABS', 'OBLIQUES', 'FULL_BODY', 'OTHER'));`);

    this.addSql(`alter table "recovery_signals" add constraint "recovery_signals_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "recovery_signals" add constraint "recovery_signals_session_id_foreign" foreign key ("session_id") references "workout_sessions" ("id") on delete set null;`);
    this.addSql(`alter table "recovery_signals" add constraint "ck_recovery_signals_readiness_range" check (readiness >= 0 and readiness <= 100);`);
    this.addSql(`alter table "recovery_signals" add constraint "ck_recovery_signals_sleep_hours_range" check (sleep_hours >= 0 and sleep_hours <= 24);`);
    this.addSql(`alter table "recovery_signals" add constraint "ck_recovery_signals_sleep_score_range" check (sleep_score >= 0 and sleep_score <= 100);`);
    this.addSql(`alter table "recovery_signals" add constraint "ck_recovery_signals_resting_hr_range" check (resting_hr > 0 and resting_hr < 300);`);
    this.addSql(`alter table "recovery_signals" add constraint "ck_recovery_signals_hrv_range" check (hrv_ms > 0 and hrv_ms <= 300);`);
    this.addSql(`alter table "recovery_signals" add constraint "recovery_signals_source_check" check ("source" in ('MANUAL', 'GARMIN', 'APPLE', 'OURA', 'WHOOP'));`);

    this.addSql(`alter table "personal_records" add constraint "personal_records_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "personal_records" add constraint "personal_records_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "personal_records" add constraint "personal_records_set_log_id_foreign" foreign key ("set_log_id") references "exercise_set_logs" ("id") on delete cascade;`);
    this.addSql(`alter table "personal_records" add constraint "personal_records_session_id_foreign" foreign key ("session_id") references "workout_sessions" ("id") on delete cascade;`);
    this.addSql(`alter table "personal_records" add constraint "ck_personal_records_source" check (set_log_id is not null or session_id is not null);`);
    this.addSql(`alter table "personal_records" add constraint "ck_personal_records_value_positive" check (value > 0);`);
    this.addSql(`alter table "personal_records" add constraint "personal_records_record_type_check" check ("record_type" in ('HEAVIEST_WEIGHT', 'BEST_E1RM', 'SET_VOLUME', 'SESSION_VOLUME'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "subject_equipment" drop constraint "subject_equipment_equipment_id_foreign";`);
    this.addSql(`alter table "exercise_equipment" drop constraint "exercise_equipment_equipment_id_foreign";`);
    this.addSql(`alter table "exercise_tags" drop constraint "exercise_tags_tag_id_foreign";`);

    this.addSql(`drop table if exists "equipment" cascade;`);
    this.addSql(`drop table if exists "tags" cascade;`);
    this.addSql(`drop table if exists "subject_profiles" cascade;`);
    this.addSql(`drop table if exists "subject_equipment" cascade;`);
    this.addSql(`drop table if exists "subject_body_metrics" cascade;`);
    this.addSql(`drop table if exists "import_logs" cascade;`);
    this.addSql(`drop table if exists "progression_rules" cascade;`);
    this.addSql(`drop table if exists "exercise_tags" cascade;`);
    this.addSql(`drop table if exists "exercise_secondary_muscles" cascade;`);
    this.addSql(`drop table if exists "exercise_relationships" cascade;`);
    this.addSql(`drop table if exists "exercise_equipment" cascade;`);
    this.addSql(`drop table if exists "exercise_aliases" cascade;`);
    this.addSql(`drop table if exists "benchmarks" cascade;`);
    this.addSql(`drop trigger if exists "tg_audit_logs_append_only" on "audit_logs";`);
    this.addSql(`drop function if exists "audit_logs_tg_audit_logs_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_logs" cascade;`);
    this.addSql(`drop table if exists "user_settings" cascade;`);
    this.addSql(`drop table if exists "soreness_logs" cascade;`);
    this.addSql(`drop table if exists "recovery_signals" cascade;`);
    this.addSql(`drop table if exists "personal_records" cascade;`);

    this.addSql(`alter table "exercises" drop constraint "exercises_created_by_id_foreign";`);

    this.addSql(`alter table "routines" drop constraint "routines_created_by_id_foreign";`);

    this.addSql(`alter table "cycles" drop column "is_deload", drop column "archived_at";`);

    this.addSql(`alter table "exercise_set_logs" drop constraint "ck_esl_max_hr_range";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "ck_esl_avg_hr_range";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "ck_esl_distance_nonnegative";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "ck_esl_duration_nonnegative";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "ck_esl_rpe_half_steps";`);
    this.addSql(`alter table "exercise_set_logs" drop column "duration_s", drop column "distance_m", drop column "avg_heart_rate", drop column "max_heart_rate";`);

    this.addSql(`drop index "ix_exercises_substitution_group";`);
    this.addSql(`drop index "ix_exercises_created_by";`);
    this.addSql(`alter table "exercises" drop constraint "uq_exercises_creator_name";`);
    this.addSql(`alter table "exercises" drop constraint "uq_exercises_system_name";`);
    this.addSql(`alter table "exercises" drop constraint "ck_exercises_name_not_empty";`);
    this.addSql(`alter table "exercises" drop constraint "exercises_metric_type_check";`);
    this.addSql(`alter table "exercises" drop constraint "exercises_cns_load_check";`);
    this.addSql(`alter table "exercises" drop constraint "exercises_difficulty_check";`);
    this.addSql(`alter table "exercises" drop column "metric_type", drop column "cns_load", drop column "substitution_group", drop column "created_by_id", drop column "is_public";`);
    this.addSql(`alter table "exercises" add constraint "exercises_difficulty_check" check ("difficulty" in ('BEGINNER', 'INTERMEDIATE', 'ADVANCED'));`);

    this.addSql(`alter table "routine_day_exercises" drop constraint "ck_rde_superset_group_positive";`);
    this.addSql(`alter table "routine_day_exercises" drop constraint "routine_day_exercises_section_check";`);
    this.addSql(`alter table "routine_day_exercises" drop column "section", drop column "superset_group";`);

    this.addSql(`alter table "routine_exercise_sets" drop constraint "ck_res_target_distance_nonnegative";`);
    this.addSql(`alter table "routine_exercise_sets" drop constraint "ck_res_target_duration_nonnegative";`);
    this.addSql(`alter table "routine_exercise_sets" drop constraint "ck_res_target_pct_1rm_range";`);
    this.addSql(`alter table "routine_exercise_sets" drop constraint "ck_res_rep_range_ordered";`);
    this.addSql(`alter table "routine_exercise_sets" drop constraint "ck_res_target_rpe_half_steps";`);
    this.addSql(`alter table "routine_exercise_sets" drop column "target_reps_min", drop column "target_reps_max", drop column "target_pct_1rm", drop column "target_duration_s", drop column "target_distance_m";`);

    this.addSql(`alter table "routines" drop column "created_by_id", drop column "archived_at";`);

    this.addSql(`alter table "workout_sessions" drop constraint "uq_ws_subject_date";`);
    this.addSql(`alter table "workout_sessions" drop constraint "ck_ws_slot_range";`);
    this.addSql(`alter table "workout_sessions" drop column "slot";`);
    this.addSql(`alter table "workout_sessions" add constraint "uq_ws_subject_date" unique ("subject_id", "workout_date");`);
  }

}
