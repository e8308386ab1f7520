"""basma clean stage."""
