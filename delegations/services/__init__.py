"""Use cases: plain functions with a keyword-only `session`, one transaction each."""
