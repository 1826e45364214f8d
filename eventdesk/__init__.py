"""eventdesk: conflict news in, ACLED-style event records out, every field with its evidence."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
