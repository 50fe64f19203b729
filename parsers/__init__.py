"""Pure parsers: bytes or str in, frozen dataclasses out. No I/O, no prefect, duckdb or httpx."""
