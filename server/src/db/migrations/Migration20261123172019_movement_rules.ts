import { Migration } from '@mikro-orm/migrations';

export class Migration20261123172019_movement_rules extends Migration {

  override name = 'Migration20261123172019_movement_rules';

  override up(): void | Promise<void> {
    this.addSql(`create table "subject_movement_rules" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "exercise_id" int null, "movement" text null, "rule_type" text not null, "cadence" text not null default 'PER_MICROCYCLE', "notes" text null);`);
    this.addSql(`create index "ix_smr_exercise" on "subject_movement_rules" ("exercise_id");`);
    this.addSql(`alter table "subject_movement_rules" add constraint "uq_smr_subject_movement" unique ("subject_id", "movement");`);
    this.addSql(`alter table "subject_movement_rules" add constraint "uq_smr_subject_exercise" unique ("subject_id", "exercise_id");`);

    this.addSql(`alter table "subject_movement_rules" add constraint "subject_movement_rules_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "subject_movement_rules" add constraint "subject_movement_rules_exercise_id_foreign" foreign key ("exercise_id") references "exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "subject_movement_rules" add constraint "ck_smr_one_target" check (num_nonnulls(exercise_id, movement) = 1);`);
    this.addSql(`alter table "subject_movement_rules" add constraint "subject_movement_rules_movement_check" check ("movement" in ('HINGE', 'SQUAT', 'LUNGE', 'HORIZONTAL_PUSH', 'HORIZONTAL_PULL', 'VERTICAL_PUSH', 'VERTICAL_PULL', 'CARRY', 'ROTATION', 'ANTI_ROTATION', 'HIP_ABDUCTION', 'HIP_ADDUCTION', 'CALF_RAISE', 'CORE_BRACE', 'OTHER'));`);
    this.addSql(`alter table "subject_movement_rules" add constraint "subject_movement_rules_rule_type_check" check ("rule_type" in ('HARD_NO', 'HARD_YES', 'PREFERRED'));`);
    this.addSql(`alter table "subject_movement_rules" add constraint "subject_movement_rules_cadence_check" check ("cadence" in ('PER_MICROCYCLE', 'WEEKLY', 'BIWEEKLY'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "subject_movement_rules" cascade;`);
  }

}
