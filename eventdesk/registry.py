"""Swappable parts chosen by name: gazetteers, stores, date resolvers, extractors.

Our own defaults register through the same door a third-party plugin would use.
A lookup of a name that is not there raises UnknownComponent listing what is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from eventdesk.errors import UnknownComponent

T = TypeVar("T")


class Registry(Generic[T]):
    """A mapping from names to factories of one kind of component."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[..., T]] = {}

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        def decorator(factory: Callable[..., T]) -> Callable[..., T]:
            self._factories[name] = factory
            return factory

        return decorator

    def get(self, name: str) -> Callable[..., T]:
        try:
            return self._factories[name]
        except KeyError:
            raise UnknownComponent(self.kind, name, list(self._factories)) from None

    def names(self) -> list[str]:
        return sorted(self._factories)
