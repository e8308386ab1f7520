"""basma eval stage."""
