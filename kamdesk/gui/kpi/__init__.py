"""The plans & KPIs area: monthly plans per manager and the KPIs of variable pay against them."""
