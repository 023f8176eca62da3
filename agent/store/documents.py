"""Copying documents in and out of the store, refusing what JSON cannot hold.

``copy.deepcopy`` is several times slower than a walk that knows the value can only
be JSON, and a put of a non-JSON value must fail at the put, not at a later commit
where it would take the rest of the transaction down with it.
"""

from __future__ import annotations

import math
from typing import Any

from agent.store.base import Document


def copy_value(value: Any, where: str) -> Any:
    """Return a deep copy of a JSON value, or raise TypeError/ValueError naming ``where``."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: {value!r} cannot be stored as JSON")
        return value
    if isinstance(value, dict):
        copied: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where}: key {key!r} is not a string")
            copied[key] = copy_value(item, f"{where}.{key}")
        return copied
    if isinstance(value, list | tuple):
        return [copy_value(item, f"{where}[{i}]") for i, item in enumerate(value)]
    raise TypeError(f"{where}: {type(value).__name__} cannot be stored as JSON")


def copy_document(document: Any, where: str) -> Document:
    """Return a deep copy of ``document``, which must be a dict holding only JSON."""
    if not isinstance(document, dict):
        raise TypeError(f"{where}: a document must be a dict, not {type(document).__name__}")
    copied: Document = copy_value(document, where)
    return copied


def copy_trusted(document: Document) -> Document:
    """Return a deep copy of a document already known to hold only JSON (a stored one)."""
    return {key: _copy_trusted_value(value) for key, value in document.items()}


def _copy_trusted_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy_trusted_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_trusted_value(item) for item in value]
    return value
