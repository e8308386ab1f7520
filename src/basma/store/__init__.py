"""basma store stage."""
