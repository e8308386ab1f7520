"""basma places stage."""
