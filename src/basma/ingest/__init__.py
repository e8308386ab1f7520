"""basma ingest stage."""
