"""Prefect flows and tasks, and the I/O edges: HTTP fetcher, notifiers, CLI."""
