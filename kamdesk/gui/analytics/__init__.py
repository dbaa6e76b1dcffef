"""The analytics area: revenue, growth, penetration and assortment gaps by segment and category."""
