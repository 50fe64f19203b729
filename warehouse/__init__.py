"""The DuckDB warehouse: migrations, the typed store, baseline rules and user views.

This package is the only place in newsmon that holds SQL or imports duckdb.
"""
