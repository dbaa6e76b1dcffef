"""Collection: the dunning steps taken with a client over its overdue invoices.

A step (a reminder, a first or second notice, the final demand) is taken once a client's oldest
overdue invoice is old enough for it (`services.dunning`): by a letter, a call or a visit. What it
was taken over is kept as it was that day: the overdue amount, its currency and the invoices it named
(their numbers, one a line: numbers are unique and travel between databases, ids do not).
"""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.activity import Activity
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client
from kamdesk.core.money import MoneyField

STEPS = ("reminder", "first_notice", "second_notice", "final")


def days_key(step: str) -> str:
    """The desk setting holding when `step` starts ("dunning_first_notice_days")."""
    return f"dunning_{step}_days"


class DunningStep(VersionedModel):
    """One step of collection taken with a client on a day."""
    row_access = access.through("client")

    client = ForeignKeyField(Client, backref="dunning_steps")
    step = CharField(max_length=16)
    taken_on = DateField()
    amount_overdue = MoneyField(default=0)
    currency = CharField(max_length=3, default="HUF")
    invoices = TextField(default="")  # the numbers of the overdue invoices it named, one a line
    activity = ForeignKeyField(Activity, null=True, backref="dunning_steps", on_delete="SET NULL")
    letter_language = CharField(max_length=2, default="")  # "" when no letter was written
    taken_by = ForeignKeyField(Manager, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "taken_on"), False),)

    @property
    def invoice_numbers(self) -> tuple[str, ...]:
        return tuple(number for number in self.invoices.split("\n") if number)
