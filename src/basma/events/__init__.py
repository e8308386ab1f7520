"""basma events stage."""
