"""The analytics area's commands: `list analytics` (segment × category rows) and `export price-worksheet`
(the price-change proposal workbook), no Qt."""

from __future__ import annotations

from pathlib import Path

from kamdesk.commands import print_rows, record_id, whole_number
from kamdesk.core import db
from kamdesk.gui.returns.commands import day


def add_commands(verbs: dict) -> None:
    lst = verbs["list"].add_parser("analytics", help="per segment and category: revenue, the year before, growth "
                                                     "%, buying clients and penetration %")
    lst.add_argument("--from", dest="date_from", type=day, metavar="DAY",
                     help="from DAY (default: the first day of the month 11 months back)")
    lst.add_argument("--to", dest="date_to", type=day, metavar="DAY", help="to DAY (default: today)")
    lst.add_argument("--segment", metavar="NAME", help="only this segment's clients")
    lst.add_argument("--depth", type=whole_number(1, 9, "the category level"), default=1,
                     help="the level of categories (1: main categories, the default; 2: their subcategories …)")
    lst.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst.set_defaults(run=list_analytics)
    exp = verbs["export"].add_parser("price-worksheet", help="the price-change proposal worksheet (.xlsx): our "
                                                            "prices, 12 months' volume and revenue, competitors' "
                                                            "prices, a proposed-price column with its effect")
    exp.add_argument("file", type=Path, metavar="FILE.xlsx")
    exp.add_argument("--category", type=record_id, metavar="ID", help="the products of this category and its "
                                                                      "subcategories (default: those sold)")
    exp.add_argument("--segment", metavar="NAME", help="volumes and revenue of this segment's clients")
    exp.add_argument("--language", choices=("en", "hu", "ru"), help="the document's language (default: the desk's)")
    exp.set_defaults(run=export_price_worksheet)


def segment_id(name: str | None) -> int | None:
    """The id of the segment called `name` (None for none given); an unknown one is a plain error."""
    from kamdesk.core.errors import ValidationError
    from kamdesk.core.messages import Message
    from kamdesk.core.services import company

    if not name:
        return None
    found = company.segment_by_name(name, create=False)
    if found is None:
        raise ValidationError({"segment": Message("There is no segment called {name}.", name=name[:60])})
    return found.id


def list_analytics(args) -> int:
    from kamdesk.core.services import analytics

    db.connect(args.database)
    start, end = analytics.default_period()
    flt = analytics.AnalyticsFilter(args.date_from or start, args.date_to or end, segment_id=segment_id(args.segment),
                                    depth=args.depth)
    rows = [_row_json(row) for row in analytics.analyse(flt).rows]
    return print_rows(rows, args.json, _line, "segment × category rows")


def _row_json(row) -> dict:
    def text(value):
        return None if value is None else str(value)

    return {"segment": row.segment or None, "category": row.category or None, "revenue": str(row.revenue),
            "previous": str(row.previous), "growth": text(row.growth), "buyers": row.buyers,
            "penetration": text(row.penetration), "previous_penetration": text(row.previous_penetration),
            "other_currencies": {currency: str(amount) for currency, amount in sorted(row.other.items())}}


def _line(row: dict) -> str:
    growth = f"{row['growth']} %" if row["growth"] is not None else "—"
    penetration = f"{row['penetration']} %" if row["penetration"] is not None else "—"
    others = "".join(f"  + {amount} {currency}" for currency, amount in row["other_currencies"].items())
    return (f"{(row['segment'] or '(no segment)')[:24]:<24}  {(row['category'] or '(no category)')[:30]:<30}  "
            f"{row['revenue']:>16}  {row['previous']:>16}  {growth:>9}  {row['buyers']:>7}  {penetration:>8}{others}")


def export_price_worksheet(args) -> int:
    from kamdesk.core.documents.price_worksheet_xlsx import write_price_worksheet
    from kamdesk.core.reports.model import document_language
    from kamdesk.core.services import analytics, company

    db.connect(args.database)
    data = analytics.price_worksheet(category_id=args.category, segment_id=segment_id(args.segment))
    write_price_worksheet(args.file, data, args.language or document_language(company.language()))
    print(f"wrote {args.file} ({len(data.products)} products)")
    return 0
