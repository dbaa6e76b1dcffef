"""The team server (PostgreSQL): its security (roles, grants, row-level security) and its users."""
