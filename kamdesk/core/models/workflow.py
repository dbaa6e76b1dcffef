"""The log of workflow moves: which document moved from which state to which, by whom, when."""

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField

from kamdesk.core.models import access
from kamdesk.core.models.base import BaseModel, gid_field, utc_now
from kamdesk.core.models.company import Manager


class StateChange(BaseModel):
    """One move of one record ("order" 12: draft → confirmed by manager 3 at …), written by `core.workflow`."""
    row_access = access.APPEND_ONLY

    document = CharField()
    record_id = IntegerField()
    verb = CharField()
    from_state = CharField()
    to_state = CharField()
    manager = ForeignKeyField(Manager, null=True, on_delete="SET NULL")
    at = DateTimeField(default=utc_now)
    gid = gid_field()

    class Meta:
        indexes = ((("document", "record_id", "at"), False),)
