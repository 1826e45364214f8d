"""Storage behind one interface: DuckDB embedded by default (server databases later).

`open_store("events.duckdb")` or `open_store("duckdb:path")` picks the backend by name
from STORES; an unknown scheme lists the available ones.
"""

from eventdesk.store.base import STORES, AddOutcome, Store, Summary, open_store

__all__ = ["STORES", "AddOutcome", "Store", "Summary", "open_store"]
