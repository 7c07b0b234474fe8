import { Migration } from '@mikro-orm/migrations';

export class Migration20261123135621_initial extends Migration {

  override name = 'Migration20261123135621_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "exercises" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, "slug" varchar(140) not null, "primary_muscle" text not null, "movement" text not null, "mechanics" text not null, "force" text not null, "unilateral" boolean not null default false, "equipment" text not null, "grip" varchar(50) null, "range_of_motion" text null, "difficulty" text not null default 'BEGINNER', "cues" text null, "instructions" text null, "video_url" varchar(255) null, "is_active" boolean not null default true);`);
    this.addSql(`create index "ix_exercises_name" on "exercises" ("name");`);
    this.addSql(`alter table "exercises" add constraint "uq_exercises_slug" unique ("slug");`);

    this.addSql(`create table "users" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(254) not null, "password_hash" varchar(128) not null, "username" varchar(50) not null, "full_name" varchar(100) null, "role" text not null default 'ATHLETE');`);
    this.addSql(`alter table "users" add constraint "uq_users_email" unique ("email");`);
    this.addSql(`alter table "users" add constraint "uq_users_username" unique ("username");`);

    this.addSql(`create table "subjects" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" int null, "pseudonym" uuid not null);`);
    this.addSql(`alter table "subjects" add constraint "uq_subjects_user" unique ("user_id");`);
    this.addSql(`alter table "subjects" add constraint "uq_subjects_pseudonym" unique ("pseudonym");`);

    this.addSql(`create table "routines" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "name" varchar(120) not null, "description" text null, "starts_on" date null, "is_active" boolean not null default true, "revision" int not null default 1);`);
    this.addSql(`create index "ix_routines_subject_active" on "routines" ("subject_id", "is_active");`);
    this.addSql(`alter table "routines" add constraint "uq_routines_subject_name" unique ("subject_id", "name");`);

    this.addSql(`create table "routine_days" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "routine_id" int not null, "day_index" int not null, "is_rest" boolean not null default false, "title" varchar(100) null, "notes" text null);`);
    this.addSql(`alter table "routine_days" add constraint "uq_routine_days_routine_day_index" unique ("routine_id", "day_index");`);

    this.addSql(`create table "routine_day_exercises" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "routine_day_id" int not null, "exercise_id" int not null, "position" int not null, "notes" text null);`);
    this.addSql(`create index "ix_rde_day_exercise" on "routine_day_exercises" ("routine_day_id", "exercise_id");`);
    this.addSql(`alter table "routine_day_exercises" add constraint "uq_rde_day_pos" unique ("routine_day_id", "position");`);

    this.addSql(`create table "routine_exercise_sets" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "routine_day_exercise_id" int not null, "set_index" int not null, "is_warmup" boolean not null default false, "to_failure" boolean not null default false, "target_weight_kg" numeric(6,2) null, "target_reps" int null, "target_rir" int null, "target_rpe" numeric(3,1) null, "target_tempo" varchar(15) null, "target_rest_s" int null, "notes" text null);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "uq_res_rde_set_idx" unique ("routine_day_exercise_id", "set_index");`);

    this.addSql(`create table "cycles" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "routine_id" int not null, "cycle_number" int not null, "started_on" date null, "ended_on" date null, "notes" text null);`);
    this.addSql(`create index "ix_cycles_routine" on "cycles" ("routine_id");`);
    this.addSql(`create index "ix_cycles_subject_started_on" on "cycles" ("subject_id", "started_on");`);
    this.addSql(`alter table "cycles" add constraint "uq_cycles_routine_number" unique ("routine_id", "cycle_number");`);

    this.addSql(`create table "coach_athletes" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "coach_id" int not null, "athlete_id" int not null);`);
    this.addSql(`create index "ix_coach_athletes_athlete" on "coach_athletes" ("athlete_id");`);
    this.addSql(`alter table "coach_athletes" add constraint "uq_coach_athletes_pair" unique ("coach_id", "athlete_id");`);

    this.addSql(`create table "auth_sessions" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" int not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null);`);
    this.addSql(`alter table "auth_sessions" add constraint "uq_auth_sessions_token_hash" unique ("token_hash");`);
    this.addSql(`create index "ix_auth_sessions_user" on "auth_sessions" ("user_id");`);

    this.addSql(`create table "workout_sessions" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "workout_date" date not null, "status" text not null default 'PLANNED', "routine_day_id" int null, "cycle_id" int null, "location" varchar(120) null, "perceived_fatigue" int null, "bodyweight_kg" numeric(5,2) null, "notes" text null, "started_at" timestamptz null, "completed_at" timestamptz null, "revision" int not null default 1);`);
    this.addSql(`create index "ix_ws_cycle" on "workout_sessions" ("cycle_id");`);
    this.addSql(`create index "ix_ws_routine_day" on "workout_sessions" ("routine_day_id");`);
    this.addSql(`alter table "workout_sessions" add constraint "uq_ws_subject_date" unique ("subject_id", "workout_date");`);

    this.addSql(`create table "exercise_set_logs" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "exercise_id" int not null, "session_id" int null, "planned_set_id" int null, "client_id" uuid not null, "performed_at" timestamptz not null, "set_index" int not null, "is_warmup" boolean not null default false, "to_failure" boolean not null default false, "actual_weight_kg" numeric(6,2) null, "actual_reps" int null, "actual_rir" int null, "actual_rpe" numeric(3,1) null, "actual_tempo" varchar(15) null, "actual_rest_s" int null, "notes" text null);`);
    this.addSql(`create index "ix_esl_planned" on "exercise_set_logs" ("planned_set_id");`);
    this.addSql(`create index "ix_esl_session" on "exercise_set_logs" ("session_id");`);
    this.addSql(`create index "ix_esl_by_session" on "exercise_set_logs" ("subject_id", "exercise_id", "session_id", "set_index");`);
    this.addSql(`create index "ix_esl_exercise_time" on "exercise_set_logs" ("exercise_id", "performed_at");`);
    this.addSql(`create index "ix_esl_subject_time" on "exercise_set_logs" ("subject_id", "performed_at");`);
    this.addSql(`alter table "exercise_set_logs" add constraint "uq_esl_session_planned_set" unique ("session_id", "planned_set_id");`);
    this.addSql(`alter table "exercise_set_logs" add constraint "uq_esl_subject_client" unique ("subject_id", "client_id");`);
    this.addSql(`alter table "exercise_set_logs" add constraint "uq_esl_session_set" unique ("subject_id", "exercise_id", "performed_at", "set_index");`);

    this.addSql(`alter table "exercises" add constraint "ck_exercises_slug_not_empty" check (length(slug) > 0);`);
    this.addSql(`alter table "exercises" add constraint "exercises_primary_muscle_check" check ("primary_muscle" in ('CHEST', 'BACK', 'SHOULDERS', 'QUADS', 'HAMSTRINGS', 'GLUTES', 'CALVES', 'BICEPS', 'TRICEPS', 'FOREARMS', 'ABS', 'OBLIQUES', 'FULL_BODY', 'OTHER'));`);
    this.addSql(`alter table "exercises" add constraint "exercises_movement_check" check ("movement" in ('HINGE', 'SQUAT', 'LUNGE', 'HORIZONTAL_PUSH', 'HORIZONTAL_PULL', 'VERTICAL_PUSH', 'VERTICAL_PULL', 'CARRY', 'ROTATION', 'ANTI_ROTATION', 'HIP_ABDUCTION', 'HIP_ADDUCTION', 'CALF_RAISE', 'CORE_BRACE', 'OTHER'));`);
    this.addSql(`alter table "exercises" add constraint "exercises_mechanics_check" check ("mechanics" in ('COMPOUND', 'ISOLATION'));`);
    this.addSql(`alter table "exercises" add constraint "exercises_force_check" check ("force" in ('PUSH', 'PULL', 'STATIC'));`);
    this.addSql(`alter table "exercises" add constraint "exercises_equipment_check" check ("equipment" in ('BARBELL', 'DUMBBELL', 'MACHINE', 'CABLE', 'BODYWEIGHT', 'KETTLEBELL', 'BAND', 'SMITH', 'TRAP_BAR', 'EZ_BAR', 'PLATE', 'OTHER'));`);
    this.addSql(`alter table "exercises" add constraint "exercises_difficulty_check" check ("difficulty" in ('BEGINNER', 'INTERMEDIATE', 'ADVANCED'));`);

    this.addSql(`alter table "users" add constraint "ck_users_username_not_empty" check (length(btrim(username)) > 0);`);
    this.addSql(`alter table "users" add constraint "ck_users_email_lower" check (email = lower(email));`);
    this.addSql(`alter table "users" add constraint "users_role_check" check ("role" in ('ATHLETE', 'COACH', 'ADMIN'));`);

    this.addSql(`alter table "subjects" add constraint "subjects_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "routines" add constraint "routines_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "routines" add constraint "ck_routines_revision_positive" check (revision > 0);`);

    this.addSql(`alter table "routine_days" add constraint "routine_days_routine_id_foreign" foreign key ("routine_id") references "routines" ("id") on delete cascade;`);
    this.addSql(`alter table "routine_days" add constraint "ck_routine_days_day_index_positive" check (day_index >= 1);`);

    this.addSql(`alter table "routine_day_exercises" add constraint "routine_day_exercises_routine_day_id_foreign" foreign key ("routine_day_id") references "routine_days" ("id") on delete cascade;`);
    this.addSql(`alter table "routine_day_exercises" add constraint "routine_day_exercises_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "routine_day_exercises" add constraint "ck_rde_position_positive" check (position >= 1);`);

    this.addSql(`alter table "routine_exercise_sets" add constraint "routine_exercise_sets_routine_day_exercise_id_foreign" foreign key ("routine_day_exercise_id") references "routine_day_exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_rest_nonnegative" check (target_rest_s >= 0);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_rpe_range" check (target_rpe >= 1 and target_rpe <= 10);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_rir_range" check (target_rir >= 0 and target_rir <= 10);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_reps_range" check (target_reps >= 0 and target_reps <= 1000);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_target_weight_range" check (target_weight_kg >= 0 and target_weight_kg <= 1000);`);
    this.addSql(`alter table "routine_exercise_sets" add constraint "ck_res_set_index_positive" check (set_index >= 1);`);

    this.addSql(`alter table "cycles" add constraint "cycles_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "cycles" add constraint "cycles_routine_id_foreign" foreign key ("routine_id") references "routines" ("id") on delete cascade;`);
    this.addSql(`alter table "cycles" add constraint "ck_cycles_dates_ordered" check (ended_on is null or started_on is null or ended_on >= started_on);`);
    this.addSql(`alter table "cycles" add constraint "ck_cycles_number_positive" check (cycle_number > 0);`);

    this.addSql(`alter table "coach_athletes" add constraint "coach_athletes_coach_id_foreign" foreign key ("coach_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "coach_athletes" add constraint "coach_athletes_athlete_id_foreign" foreign key ("athlete_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "coach_athletes" add constraint "ck_coach_athletes_not_self" check (coach_id <> athlete_id);`);

    this.addSql(`alter table "auth_sessions" add constraint "auth_sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "workout_sessions" add constraint "workout_sessions_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "workout_sessions" add constraint "workout_sessions_routine_day_id_foreign" foreign key ("routine_day_id") references "routine_days" ("id") on delete set null;`);
    this.addSql(`alter table "workout_sessions" add constraint "workout_sessions_cycle_id_foreign" foreign key ("cycle_id") references "cycles" ("id") on delete set null;`);
    this.addSql(`alter table "workout_sessions" add constraint "ck_ws_revision_positive" check (revision > 0);`);
    this.addSql(`alter table "workout_sessions" add constraint "ck_ws_bodyweight_range" check (bodyweight_kg > 0 and bodyweight_kg < 700);`);
    this.addSql(`alter table "workout_sessions" add constraint "ck_ws_fatigue_range" check (perceived_fatigue >= 1 and perceived_fatigue <= 10);`);
    this.addSql(`alter table "workout_sessions" add constraint "workout_sessions_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'PARTIAL', 'SKIPPED'));`);

    this.addSql(`alter table "exercise_set_logs" add constraint "exercise_set_logs_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "exercise_set_logs" add constraint "exercise_set_logs_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on delete no action;`);
    this.addSql(`alter table "exercise_set_logs" add constraint "exercise_set_logs_session_id_foreign" foreign key ("session_id") references "workout_sessions" ("id") on delete cascade;`);
    this.addSql(`alter table "exercise_set_logs" add constraint "exercise_set_logs_planned_set_id_foreign" foreign key ("planned_set_id") references "routine_exercise_sets" ("id") on delete set null;`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_rest_nonnegative" check (actual_rest_s >= 0);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_rpe_range" check (actual_rpe >= 1 and actual_rpe <= 10);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_rir_range" check (actual_rir >= 0 and actual_rir <= 10);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_reps_range" check (actual_reps >= 0 and actual_reps <= 1000);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_weight_range" check (actual_weight_kg >= 0 and actual_weight_kg <= 1000);`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_set_index_positive" check (set_index >= 1);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "routine_day_exercises" drop constraint "routine_day_exercises_exercise_id_foreign";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "exercise_set_logs_exercise_id_foreign";`);
    this.addSql(`alter table "subjects" drop constraint "subjects_user_id_foreign";`);
    this.addSql(`alter table "coach_athletes" drop constraint "coach_athletes_coach_id_foreign";`);
    this.addSql(`alter table "coach_athletes" drop constraint "coach_athletes_athlete_id_foreign";`);
    this.addSql(`alter table "auth_sessions" drop constraint "auth_sessions_user_id_foreign";`);
    this.addSql(`alter table "routines" drop constraint "routines_subject_id_foreign";`);
    this.addSql(`alter table "cycles" drop constraint "cycles_subject_id_foreign";`);
    this.addSql(`alter table "workout_sessions" drop constraint "workout_sessions_subject_id_foreign";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "exercise_set_logs_subject_id_foreign";`);
    this.addSql(`alter table "routine_days" drop constraint "routine_days_routine_id_foreign";`);
    this.addSql(`alter table "cycles" drop constraint "cycles_routine_id_foreign";`);
    this.addSql(`alter table "routine_day_exercises" drop constraint "routine_day_exercises_routine_day_id_foreign";`);
    this.addSql(`alter table "workout_sessions" drop constraint "workout_sessions_routine_day_id_foreign";`);
    this.addSql(`alter table "routine_exercise_sets" drop constraint "routine_exercise_sets_routine_day_exercise_id_foreign";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "exercise_set_logs_planned_set_id_foreign";`);
    this.addSql(`alter table "workout_sessions" drop constraint "workout_sessions_cycle_id_foreign";`);
    this.addSql(`alter table "exercise_set_logs" drop constraint "exercise_set_logs_session_id_foreign";`);

    this.addSql(`drop table if exists "exercises" cascade;`);
    this.addSql(`drop table if exists "users" cascade;`);
    this.addSql(`drop table if exists "subjects" cascade;`);
    this.addSql(`drop table if exists "routines" cascade;`);
    this.addSql(`drop table if exists "routine_days" cascade;`);
    this.addSql(`drop table if exists "routine_day_exercises" cascade;`);
    this.addSql(`drop table if exists "routine_exercise_sets" cascade;`);
    this.addSql(`drop table if exists "cycles" cascade;`);
    this.addSql(`drop table if exists "coach_athletes" cascade;`);
    this.addSql(`drop table if exists "auth_sessions" cascade;`);
    this.addSql(`drop table if exists "workout_sessions" cascade;`);
    this.addSql(`drop table if exists "exercise_set_logs" cascade;`);
  }

}
