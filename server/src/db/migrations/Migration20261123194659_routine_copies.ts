import { Migration } from '@mikro-orm/migrations';

export class Migration20261123194659_routine_copies extends Migration {

  override name = 'Migration20261123194659_routine_copies';

  override up(): void | Promise<void> {
    this.addSql(`alter table "routines" add "client_id" uuid null, add "copied_from_id" int null;`);
    this.addSql(`alter table "routines" add constraint "routines_copied_from_id_foreign" foreign key ("copied_from_id") references "routines" ("id") on delete set null;`);
    this.addSql(`alter table "routines" add constraint "uq_routines_subject_client" unique ("subject_id", "client_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "routines" drop constraint "routines_copied_from_id_foreign";`);

    this.addSql(`alter table "routines" drop constraint "uq_routines_subject_client";`);
    this.addSql(`alter table "routines" drop column "client_id", drop column "copied_from_id";`);
  }

}
