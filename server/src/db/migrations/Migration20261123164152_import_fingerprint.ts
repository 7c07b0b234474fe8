import { Migration } from '@mikro-orm/migrations';

export class Migration20261123164152_import_fingerprint extends Migration {

  override name = 'Migration20261123164152_import_fingerprint';

  override up(): void | Promise<void> {
    this.addSql(`alter table "workout_sessions" add "import_fingerprint" varchar(40) null;`);
    this.addSql(`alter table "workout_sessions" add constraint "uq_ws_subject_import_fingerprint" unique ("subject_id", "import_fingerprint");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "workout_sessions" drop constraint "uq_ws_subject_import_fingerprint";`);
    this.addSql(`alter table "workout_sessions" drop column "import_fingerprint";`);
  }

}
