"""basma cli stage."""
