"""The product area of the GUI: the catalogue page (products, price columns, promotions)."""
