"""Plans: the monthly targets the head sets for the department and splits per manager.

A plan row is one month (`period`, its first day), one KPI ("sales" in money, "active_clients" or
"new_clients" as a count), for one manager or, with no manager, for the department; optionally
narrowed to one key client and one product category. Quarters and years are the sums of their
months (`services.plans`). Everyone reads the plans they see; heads and admins write them.
Empty columns count as distinct in a unique index, so `services.plans.set_plan` finds the row
of the same key before it adds one.
"""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client
from kamdesk.core.models.product import Category
from kamdesk.core.money import MoneyField

KPI_NAMES = ("sales", "active_clients", "new_clients")
PLAN_WRITERS = ("head", "admin")
# the desk settings of the KPIs' definitions and of variable pay (services.kpi, services.variable_pay),
# here so that the team server's rules name them without importing the services
SOLD_STATES_KEY = "kpi_sold_states"
ACTIVE_WINDOW_KEY = "kpi_active_window_months"
LAPSE_DAYS_KEY = "kpi_lapse_days"  # a client with no sale for this many days is about to lapse
PAY_SCALE_KEY = "kpi_pay_scale"
PAY_WEIGHTS_KEY = "kpi_pay_weights"
KPI_SETTING_KEYS = (SOLD_STATES_KEY, ACTIVE_WINDOW_KEY, LAPSE_DAYS_KEY, PAY_SCALE_KEY, PAY_WEIGHTS_KEY)


class Plan(VersionedModel):
    """One month's target of one KPI for a manager (or the department), perhaps for a client and a category."""
    row_access = access.owned_by("manager", writers=PLAN_WRITERS)

    period = DateField()  # the first day of the month
    manager = ForeignKeyField(Manager, null=True, backref="plans", on_delete="CASCADE")  # None: the department's
    kpi = CharField(max_length=16)  # one of KPI_NAMES
    amount = MoneyField(null=True)  # sales
    count = IntegerField(null=True)  # active and new clients
    client = ForeignKeyField(Client, null=True, backref="plans", on_delete="CASCADE")
    category = ForeignKeyField(Category, null=True, backref="plans", on_delete="CASCADE")
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("period", "manager", "kpi", "client", "category"), True),)
