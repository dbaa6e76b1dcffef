"""Team server users: a manager's PostgreSQL login and the head a manager reports to."""

from peewee import CharField, ForeignKeyField, Model


def up(migrator, db):
    class Manager(Model):
        class Meta:
            database = db
            table_name = "manager"

    migrator.migrate(
        migrator.add_column("manager", "login", CharField(null=True)),
        migrator.add_column("manager", "head_id",
                            ForeignKeyField(Manager, null=True, on_delete="SET NULL", field=Manager.id)),
        migrator.add_index("manager", ("login",), True),
    )
