"""basma analysis stage."""
