"""basma dates stage."""
