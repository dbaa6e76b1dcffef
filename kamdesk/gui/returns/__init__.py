"""The refusals area: returns against delivered order lines and the Refusals & returns analysis."""
