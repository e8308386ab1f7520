"""basma actors stage."""
