"""basma text stage."""
