"""Use cases over the models; transactions live here."""
