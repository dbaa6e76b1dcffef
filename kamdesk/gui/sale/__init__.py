"""The sale area of the GUI: order entry, the orders list and discount approvals."""
