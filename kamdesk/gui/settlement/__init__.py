"""The settlement area in the window: receivables, invoices, payments and their allocations."""
