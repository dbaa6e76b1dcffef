"""The product area's commands: `import prices`, `export catalogue`, `list products` (no Qt)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kamdesk.commands import HEADER_ROW_HELP, REJECTED_HELP, list_limit, mapped_table, row_number
from kamdesk.core import db


def add_commands(verbs: dict) -> None:
    imp_prices = verbs["import"].add_parser("prices",
                                            help="a price list (products and their prices) from .xlsx or .csv")
    imp_prices.add_argument("file", type=Path)
    imp_prices.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp_prices.add_argument("--create-columns", action="store_true",
                            help="create the price columns the file has and kamdesk does not")
    imp_prices.add_argument("--header-row", type=row_number, metavar="N", help=HEADER_ROW_HELP)
    imp_prices.add_argument("--rejected", type=Path, metavar="FILE", help=REJECTED_HELP)
    imp_prices.set_defaults(run=import_prices)
    exp_catalogue = verbs["export"].add_parser("catalogue",
                                               help="every product with all price columns to .xlsx or .csv")
    exp_catalogue.add_argument("file", type=Path)
    exp_catalogue.set_defaults(run=export_catalogue)
    lst_products = verbs["list"].add_parser("products", help="products, with the same search as the order entry")
    lst_products.add_argument("--search", default="", help="SKU or name, case- and accent-insensitive")
    lst_products.add_argument("--all", action="store_true", help="inactive products too")
    lst_products.add_argument("--limit", type=list_limit, default=None)
    lst_products.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_products.set_defaults(run=list_products)


def import_prices(args) -> int:
    from kamdesk.core.services import catalogue_io, spreadsheet_import

    db.connect(args.database)
    table, mapping = mapped_table(args, catalogue_io, "sku", "the SKU")
    ignored = [header for index, header in enumerate(table.headers) if index not in mapping and header]
    if ignored:
        print(f"columns not imported: {', '.join(ignored)}", file=sys.stderr)
    check = catalogue_io.check_price_list(table, mapping)
    for problem in check.rejected:
        print(f"row {problem.row_number}: {problem.reason}", file=sys.stderr)
    if args.rejected and check.rejected:
        spreadsheet_import.write_rejected(check.rejected, table.headers, args.rejected)
    create = check.new_columns if args.create_columns else []
    if check.new_columns and not args.create_columns:
        print(f"new price columns, not created (--create-columns creates them): {', '.join(check.new_columns)}",
              file=sys.stderr)
    summary = (f"{len(check.valid)} valid ({check.new_products} new products), {len(check.rejected)} rejected"
               + (f"; new price columns: {', '.join(create)}" if create else ""))
    if args.dry_run or check.rejected:
        print(f"{summary}; nothing imported")
        return 1 if check.rejected else 0
    created, updated = catalogue_io.import_price_list(check, create)
    print(f"{summary}; created {created} and updated {updated} products")
    return 0


def export_catalogue(args) -> int:
    from kamdesk.core.services.catalogue_io import export_catalogue

    db.connect(args.database)
    count = export_catalogue(args.file)
    print(f"exported {count} products to {args.file}")
    return 0


def list_products(args) -> int:
    from kamdesk.core.services.product_search import ProductSearch

    db.connect(args.database)
    products = ProductSearch().find(args.search, limit=args.limit, active_only=not args.all)
    if args.json:
        json.dump([{"id": p.id, "sku": p.sku, "name": p.name, "unit": p.unit, "vat_rate": str(p.vat_rate)}
                   for p in products], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for product in products:
        print(f"{product.sku:<14}  {product.name[:50]:<50}  {product.unit:<7}  {product.vat_rate:>6} %")
    print(f"{len(products)} products", file=sys.stderr)
    return 0
