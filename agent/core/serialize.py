"""Introductions and commands to and from plain JSON dicts, for the store and its outbox.

Decoding checks every field and raises ``ValueError`` naming the field, so a damaged
record is refused rather than half read. Times are ISO 8601 strings with their offset.
"""

from __future__ import annotations

import dataclasses
import types
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from agent.core.commands import COMMAND_TYPES, Command
from agent.core.intro import Consent, HistoryEntry, Intro, Party, Person, Status
from agent.core.policy import Policy

FORMAT_VERSION = 1
E = TypeVar("E", bound=StrEnum)
_COMMANDS_BY_NAME: dict[str, type[Command]] = {cls.__name__: cls for cls in COMMAND_TYPES}


def intro_to_dict(intro: Intro) -> dict[str, Any]:
    """The introduction as a JSON-ready dict."""
    return {
        "version": FORMAT_VERSION,
        "id": intro.id,
        "requester": _person_out(intro.requester),
        "a": _party_out(intro.a),
        "b": _party_out(intro.b),
        "context": intro.context,
        "status": str(intro.status),
        "policy": dataclasses.asdict(intro.policy),
        "created_at": intro.created_at.isoformat(),
        "updated_at": intro.updated_at.isoformat(),
        "request_message_id": intro.request_message_id,
        "requester_token_hash": intro.requester_token_hash,
        "closed_at": _time_out(intro.closed_at),
        "applied": list(intro.applied),
        "history": [_entry_out(e) for e in intro.history],
    }


def intro_from_dict(data: Any) -> Intro:
    """The introduction a dict from ``intro_to_dict`` describes; ``ValueError`` if damaged."""
    d = _mapping(data, "intro")
    if d.get("version") != FORMAT_VERSION:
        raise ValueError(f"intro: unknown format version {d.get('version')!r}")
    policy = _mapping(d.get("policy"), "policy")
    try:
        decoded_policy = Policy(
            ask=_choice(policy, "ask", ("both", "sequential")),
            reminder_after_days=_number(policy, "reminder_after_days"),
            max_reminders=_int(policy, "max_reminders"),
            expire_after_days=_number(policy, "expire_after_days"),
            requester_copy=_choice(policy, "requester_copy", ("cc", "bcc", "none")),
        )
    except ValueError as exc:
        raise ValueError(f"policy: {exc}") from None
    return Intro(
        id=_str(d, "id"),
        requester=_person_in(d.get("requester"), "requester"),
        a=_party_in(d.get("a"), "a"),
        b=_party_in(d.get("b"), "b"),
        context=_str(d, "context"),
        status=_enum(Status, d, "status"),
        policy=decoded_policy,
        created_at=_time(d, "created_at"),
        updated_at=_time(d, "updated_at"),
        request_message_id=_str(d, "request_message_id"),
        requester_token_hash=_opt_str(d, "requester_token_hash"),
        closed_at=_opt_time(d, "closed_at"),
        applied=_str_tuple(d, "applied"),
        history=tuple(_entry_in(e, f"history[{i}]") for i, e in enumerate(_list(d, "history"))),
    )


def command_to_dict(command: Command) -> dict[str, Any]:
    """The command as a JSON-ready dict, its type named under ``"type"``."""
    out: dict[str, Any] = {"type": type(command).__name__}
    for f in dataclasses.fields(command):
        value = getattr(command, f.name)
        out[f.name] = _person_out(value) if isinstance(value, Person) else _plain(value)
    return out


def command_from_dict(data: Any) -> Command:
    """The command a dict from ``command_to_dict`` describes; ``ValueError`` if damaged."""
    d = _mapping(data, "command")
    name = d.get("type")
    cls = _COMMANDS_BY_NAME.get(name) if isinstance(name, str) else None
    if cls is None:
        raise ValueError(f"command: unknown type {name!r}")
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in d:
            raise ValueError(f"{name}.{f.name}: missing")
        values[f.name] = _typed(hints[f.name], d[f.name], f"{name}.{f.name}")
    extra = set(d) - {"type"} - set(values)
    if extra:
        raise ValueError(f"{name}: unknown fields {sorted(extra)}")
    return cls(**values)


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, StrEnum) else value


def _typed(hint: Any, value: Any, where: str) -> Any:
    """``value`` checked against a field's type and turned into it."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        args = get_args(hint)
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _typed(inner, value, where)
    if origin is Literal:
        if value not in get_args(hint):
            raise ValueError(f"{where}: expected one of {get_args(hint)}, got {value!r}")
        return value
    if hint is Person:
        return _person_in(value, where)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        try:
            return hint(value)
        except ValueError:
            raise ValueError(f"{where}: unknown value {value!r}") from None
    # bool is an int in Python; a count of `true` is damage, not 1.
    if hint in (str, int) and isinstance(value, hint) and not isinstance(value, bool):
        return value
    raise ValueError(f"{where}: expected {getattr(hint, '__name__', hint)}, got {value!r}")


def _person_out(person: Person) -> dict[str, str]:
    return {"name": person.name, "email": person.email}


def _person_in(data: Any, where: str) -> Person:
    d = _mapping(data, where)
    return Person(name=_str(d, "name", where), email=_str(d, "email", where))


def _party_out(party: Party) -> dict[str, Any]:
    return {
        "person": _person_out(party.person),
        "context": party.context,
        "consent": str(party.consent),
        "token_hashes": list(party.token_hashes),
        "asked_at": _time_out(party.asked_at),
        "prompted_at": _time_out(party.prompted_at),
        "reminders_sent": party.reminders_sent,
        "clarified": party.clarified,
        "unclear_replies": party.unclear_replies,
        "answered_at": _time_out(party.answered_at),
        "answer_message_id": party.answer_message_id,
        "answer_words": party.answer_words,
        "delivery_failed": party.delivery_failed,
    }


def _party_in(data: Any, where: str) -> Party:
    d = _mapping(data, where)
    return Party(
        person=_person_in(d.get("person"), f"{where}.person"),
        context=_str(d, "context", where),
        consent=_enum(Consent, d, "consent", where),
        token_hashes=_str_tuple(d, "token_hashes", where),
        asked_at=_opt_time(d, "asked_at", where),
        prompted_at=_opt_time(d, "prompted_at", where),
        reminders_sent=_int(d, "reminders_sent", where),
        clarified=_bool(d, "clarified", where),
        unclear_replies=_int(d, "unclear_replies", where),
        answered_at=_opt_time(d, "answered_at", where),
        answer_message_id=_opt_str(d, "answer_message_id", where),
        answer_words=_str(d, "answer_words", where),
        delivery_failed=_bool(d, "delivery_failed", where),
    )


def _entry_out(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(),
        "kind": entry.kind,
        "role": entry.role,
        "message_id": entry.message_id,
        "words": entry.words,
        "note": entry.note,
    }


def _entry_in(data: Any, where: str) -> HistoryEntry:
    d = _mapping(data, where)
    role = d.get("role")
    if role not in (None, "requester", "a", "b"):
        raise ValueError(f"{where}.role: unknown role {role!r}")
    return HistoryEntry(
        at=_time(d, "at", where),
        kind=_str(d, "kind", where),
        role=role,
        message_id=_opt_str(d, "message_id", where),
        words=_str(d, "words", where),
        note=_str(d, "note", where),
    )


def _time_out(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _mapping(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
    return data


def _field(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d:
        raise ValueError(f"{_name(where, key)}: missing")
    return d[key]


def _name(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _str(d: dict[str, Any], key: str, where: str = "") -> str:
    value = _field(d, key, where)
    if not isinstance(value, str):
        raise ValueError(f"{_name(where, key)}: expected text, got {value!r}")
    return value


def _opt_str(d: dict[str, Any], key: str, where: str = "") -> str | None:
    return None if _field(d, key, where) is None else _str(d, key, where)


def _int(d: dict[str, Any], key: str, where: str = "") -> int:
    value = _field(d, key, where)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{_name(where, key)}: expected a whole number, got {value!r}")
    return value


def _number(d: dict[str, Any], key: str, where: str = "") -> float:
    value = _field(d, key, where)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{_name(where, key)}: expected a number, got {value!r}")
    return float(value)


def _bool(d: dict[str, Any], key: str, where: str = "") -> bool:
    value = _field(d, key, where)
    if not isinstance(value, bool):
        raise ValueError(f"{_name(where, key)}: expected true or false, got {value!r}")
    return value


def _choice(d: dict[str, Any], key: str, choices: tuple[str, ...]) -> Any:
    value = _field(d, key, "")
    if value not in choices:
        raise ValueError(f"{key}: expected one of {choices}, got {value!r}")
    return value


def _enum(cls: type[E], d: dict[str, Any], key: str, where: str = "") -> E:
    value = _str(d, key, where)
    try:
        return cls(value)
    except ValueError:
        raise ValueError(f"{_name(where, key)}: unknown value {value!r}") from None


def _time(d: dict[str, Any], key: str, where: str = "") -> datetime:
    value = _str(d, key, where)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{_name(where, key)}: not an ISO 8601 time: {value!r}") from None
    if parsed.tzinfo is None:
        raise ValueError(f"{_name(where, key)}: time without offset: {value!r}")
    return parsed


def _opt_time(d: dict[str, Any], key: str, where: str = "") -> datetime | None:
    return None if _field(d, key, where) is None else _time(d, key, where)


def _str_tuple(d: dict[str, Any], key: str, where: str = "") -> tuple[str, ...]:
    values = _list(d, key, where)
    if not all(isinstance(v, str) for v in values):
        raise ValueError(f"{_name(where, key)}: expected a list of text")
    return tuple(values)


def _list(d: dict[str, Any], key: str, where: str = "") -> list[Any]:
    value = _field(d, key, where)
    if not isinstance(value, list):
        raise ValueError(f"{_name(where, key)}: expected a list, got {value!r}")
    return value
