"""Generic create / read / update / delete for the objects the forms and the CLI edit.

Each kind of object is described once by an EntitySpec: its model, its editable fields
(kind, label, rules) and the right needed to change it. The services below check the
right, clean and validate every value (naming the field and the value on error), write
an audit row, and call the spec's hooks. The GUI builds its forms from the same specs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.errors import (
    ChangedElsewhere,
    ConsoleError,
    DatabaseRefused,
    NotFound,
    ValidationError,
)
from desktop.models.base import LOCK_FOR_CHANGE, Base
from desktop.models.database import Sessions
from desktop.models.enums import Right
from desktop.models.ids import (
    INTEGER_MAX,
    INTEGER_MIN,
    fits_integer,
    integer_range,
    is_possible_id,
)
from desktop.services.access import audit
from desktop.services.access.rights import Actor, require
from desktop.services.audience.addresses import address_problem, clean_address_list
from desktop.services.audience.conditions import condition_from_json, validate_condition
from desktop.services.audience.json_text import MAX_DEPTH, load_json, nesting_depth
from desktop.services.entities.edit_conflicts import (
    changed_elsewhere,
    ensure_unchanged,
    overtaken,
    record_edit,
)
from desktop.services.runtime import busy_retry


class FieldKind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    HTML = "html"
    EMAIL = "email"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"
    CHOICE = "choice"  # one value of `choices` (a StrEnum)
    MULTI_CHOICE = "multi_choice"  # a list of values of `choices`
    REFERENCE = "reference"  # id of another entity kind (`reference`)
    MULTI_REFERENCE = "multi_reference"  # ids of another kind, through a relationship
    CONDITION = "condition"  # an audience condition tree (services.audience.conditions)
    TEXT_LIST = "text_list"  # a JSON list of strings
    EMAIL_LIST = "email_list"  # a JSON list of valid addresses, each once; `maximum`: how many
    JSON = "json"  # any JSON value (bands of a cost structure, custom fields)
    PASSWORD = "password"  # write-only; stored hashed by the spec's hook


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    choices: type[StrEnum] | None = None
    reference: str | None = None
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    max_length: int | None = None
    help: str = ""
    read_only: bool = False
    # Shown in the list of this kind (views pick their columns from these).
    listed: bool = False


@dataclass(frozen=True)
class ChildSpec:
    """A collection edited inside the parent's form (cost structures of a provider)."""

    kind: str
    parent_field: str
    label: str


Hook = Callable[[Session, Actor, Any, set[str]], None]
Check = Callable[[Session, Any], None]
# What a form saves beside the spec's fields (approval settings), given the object's id.
AfterSave = Callable[[Session, int], None]


@dataclass(frozen=True)
class EntitySpec:
    kind: str
    label: str
    plural: str
    model: type[Base]
    fields: tuple[FieldSpec, ...]
    edit_right: Right
    title_field: str = "label"
    children: tuple[ChildSpec, ...] = ()
    # Called by update before any value is applied, with the names of the values given;
    # raises to refuse the edit (a delivery being sent), so nothing is half-changed.
    before_change: Hook | None = None
    # Cross-field checks on the object after values are applied, before the flush.
    check: Check | None = None
    # Called after `check`, before the flush, with the names of the fields that changed:
    # derives stored columns (a password's hash, an address key) and refuses changes that
    # depend on who acts. On create, the object has no id yet.
    before_flush: Hook | None = None
    # Called after create/update with the names of the fields that changed.
    after_change: Hook | None = None
    # Called before delete; raises to refuse (an object still in use).
    before_delete: Callable[[Session, Actor, Any], None] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise ValidationError(name, f"is not a field of {self.label.lower()}")


_REGISTRY: dict[str, EntitySpec] = {}


def register(spec: EntitySpec) -> EntitySpec:
    """Registers the kind; each text field's longest value is its column's length."""
    spec = replace(spec, fields=tuple(_with_column_length(spec.model, f) for f in spec.fields))
    _REGISTRY[spec.kind] = spec
    return spec


_TEXT_KINDS = frozenset(
    {FieldKind.TEXT, FieldKind.MULTILINE, FieldKind.HTML, FieldKind.EMAIL, FieldKind.PASSWORD}
)


def _with_column_length(model: type[Base], spec: FieldSpec) -> FieldSpec:
    """The field with max_length set to its column's (String(n)): SQLite would store a
    longer value, PostgreSQL refuses it, so the check says so first, on both."""
    column = model.__table__.c.get(spec.name)  # type: ignore[attr-defined]
    length = getattr(column.type, "length", None) if column is not None else None
    if spec.kind not in _TEXT_KINDS or length is None:
        return spec
    if spec.max_length is not None and spec.max_length < length:
        return spec  # a rule of the field's own, stricter than the column
    return replace(spec, max_length=length)


def spec_for(kind: str) -> EntitySpec:
    try:
        return _REGISTRY[kind]
    except KeyError:
        raise ConsoleError(f"unknown kind of object: {kind!r}") from None


def all_specs() -> dict[str, EntitySpec]:
    return dict(_REGISTRY)


# ---- cleaning values -------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_length(spec: FieldSpec, text: str) -> None:
    if spec.max_length and len(text) > spec.max_length:
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise ValidationError(
            spec.label,
            f"{len(text):,} characters, at most {spec.max_length:,} allowed",
            shown,
        )


def clean_value(session: Session, spec: FieldSpec, value: Any) -> Any:
    """The typed value for a field, from a typed value or its text; ValidationError if bad."""
    name = spec.label
    if _blank(value) and spec.kind not in (FieldKind.BOOLEAN, FieldKind.MULTI_REFERENCE):
        if spec.required:
            raise ValidationError(name, "is required")
        return _empty(spec)
    match spec.kind:
        case FieldKind.TEXT | FieldKind.MULTILINE | FieldKind.HTML | FieldKind.PASSWORD:
            text = str(value) if spec.kind is not FieldKind.TEXT else str(value).strip()
            _check_length(spec, text)
            return text
        case FieldKind.EMAIL:
            text = str(value).strip()
            _check_length(spec, text)
            problem = address_problem(text)
            if problem is not None:
                raise ValidationError(name, f"is not a valid e-mail address: {problem}", text)
            return text
        case FieldKind.INTEGER:
            try:
                number = int(str(value).strip()) if not isinstance(value, int) else value
            except ValueError:
                raise ValidationError(name, "must be a whole number", value) from None
            if not fits_integer(number):  # the column could not hold it
                bound = f"at most {INTEGER_MAX}" if number > 0 else f"at least {INTEGER_MIN}"
                raise ValidationError(name, f"must be {bound}", value)
            return _in_range(spec, number)
        case FieldKind.DECIMAL:
            try:
                number = Decimal(str(value).strip().replace(",", "."))
            except InvalidOperation:
                raise ValidationError(name, "must be a number", value) from None
            if not number.is_finite():
                raise ValidationError(name, "must be a finite number", value)
            return _in_range(spec, number)
        case FieldKind.DATE:
            if isinstance(value, datetime):
                return value.date()
            if isinstance(value, date):
                return value
            try:
                return date.fromisoformat(str(value).strip())
            except ValueError:
                raise ValidationError(name, "must be a date as YYYY-MM-DD", value) from None
        case FieldKind.DATETIME:
            if not isinstance(value, datetime):
                try:
                    value = datetime.fromisoformat(str(value).strip())
                except ValueError:
                    raise ValidationError(
                        name, "must be a date and time as YYYY-MM-DD HH:MM", value
                    ) from None
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        case FieldKind.BOOLEAN:
            if isinstance(value, bool):
                return value
            lowered = str(value or "").strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"", "0", "false", "no", "off"}:
                return False
            raise ValidationError(name, "must be true or false", value)
        case FieldKind.CHOICE:
            assert spec.choices is not None
            try:
                return spec.choices(value)
            except ValueError:
                allowed = ", ".join(c.value for c in spec.choices)
                raise ValidationError(name, f"must be one of {allowed}", value) from None
        case FieldKind.MULTI_CHOICE:
            assert spec.choices is not None
            values = value if isinstance(value, list | tuple | set) else [value]
            return [clean_value(session, _as_choice(spec), v).value for v in values]
        case FieldKind.REFERENCE:
            return _reference(session, spec, value)
        case FieldKind.MULTI_REFERENCE:
            values = [] if _blank(value) else value
            if not isinstance(values, list | tuple | set):
                raise ValidationError(name, "must be a list of ids", value)
            return [_reference(session, spec, v) for v in values]
        case FieldKind.CONDITION:
            if isinstance(value, str):
                return condition_from_json(value, source=name, path=spec.name)
            validate_condition(value, path=spec.name)
            return value
        case FieldKind.TEXT_LIST:
            if isinstance(value, str):
                value = [part.strip() for part in value.split(",")]
            if not isinstance(value, list | tuple):
                raise ValidationError(name, "must be a list of texts", value)
            return [str(v).strip() for v in value if str(v).strip()]
        case FieldKind.EMAIL_LIST:
            if not isinstance(value, str | list | tuple):
                raise ValidationError(name, "must be a list of e-mail addresses", value)
            maximum = int(spec.maximum) if spec.maximum is not None else None
            return clean_address_list(value, field=name, maximum=maximum)
        case FieldKind.JSON:
            if isinstance(value, str):
                return load_json(value, name)
            if nesting_depth(value) > MAX_DEPTH:
                raise ValidationError(name, f"is nested deeper than {MAX_DEPTH} levels")
            return value
    raise ValidationError(name, f"has an unknown kind {spec.kind}")


def _as_choice(spec: FieldSpec) -> FieldSpec:
    return FieldSpec(spec.name, spec.label, FieldKind.CHOICE, True, spec.choices)


def _empty(spec: FieldSpec) -> Any:
    if spec.kind in (FieldKind.TEXT, FieldKind.MULTILINE, FieldKind.HTML, FieldKind.EMAIL):
        return ""
    if spec.kind in (
        FieldKind.TEXT_LIST,
        FieldKind.EMAIL_LIST,
        FieldKind.MULTI_CHOICE,
        FieldKind.MULTI_REFERENCE,
    ):
        return []
    return None


def _in_range(spec: FieldSpec, number: Any) -> Any:
    if spec.minimum is not None and number < spec.minimum:
        raise ValidationError(spec.label, f"must be at least {spec.minimum}", number)
    if spec.maximum is not None and number > spec.maximum:
        raise ValidationError(spec.label, f"must be at most {spec.maximum}", number)
    return number


def _reference(session: Session, spec: FieldSpec, value: Any) -> Any:
    assert spec.reference is not None
    target = spec_for(spec.reference)
    if isinstance(value, target.model):
        return value
    try:
        key = int(value)
    except (TypeError, ValueError):
        raise ValidationError(spec.label, "must be an id", value) from None
    if not _possible_id(session, target.model, key):  # no row has it: the driver could not bind it
        raise ValidationError(spec.label, f"no {target.label.lower()} with this id", key)
    obj = session.get(target.model, key)
    if obj is None:
        raise ValidationError(spec.label, f"no {target.label.lower()} with this id", key)
    return obj if spec.kind is FieldKind.MULTI_REFERENCE else key


# ---- the operations ---------------------------------------------------------------------


def _possible_id(session: Session, model: Any, key: int) -> bool:
    """Whether a row of `model` could have this id: positive, and within its id column's
    type on this backend (32 bits on PostgreSQL's integer)."""
    low, high = integer_range(session.get_bind().dialect.name, model.__table__.c.id.type)
    return is_possible_id(key) and low <= key <= high


def get(session: Session, kind: str, entity_id: int, *, for_update: bool = False) -> Any:
    """The object; `for_update` reads it as stored now and locks its row until the
    transaction ends (where the database locks rows), so that a check made on it holds."""
    spec = spec_for(kind)
    if isinstance(entity_id, int) and not _possible_id(session, spec.model, entity_id):
        raise NotFound(spec.label.lower(), entity_id)  # the driver could not even bind it
    if for_update:
        obj = session.get(
            spec.model, entity_id, with_for_update=LOCK_FOR_CHANGE, populate_existing=True
        )
    else:
        obj = session.get(spec.model, entity_id)
    if obj is None:
        raise NotFound(spec.label.lower(), entity_id)
    return obj


def stored_version(session: Session, kind: str, entity_id: int) -> int | None:
    """The version of an object as stored now (None when it no longer exists): one small
    read, for a form to know whether what it shows is still what is stored."""
    model = spec_for(kind).model
    return session.scalar(select(model.version).where(model.id == entity_id))


def change_since(
    session: Session, kind: str, entity_id: int, loaded_version: int | None
) -> ChangedElsewhere | NotFound | None:
    """What became of an object a form loaded at `loaded_version`: None while no edit
    moved its version (a send's counters and status moves do not), the refusal a save of
    the form would meet (who changed it and when) once one did, NotFound once deleted.
    One small read while nothing moved."""
    spec = spec_for(kind)
    version = stored_version(session, kind, entity_id)
    if version is not None and version == loaded_version:
        return None
    obj = session.get(spec.model, entity_id) if version is not None else None
    if obj is None:
        return NotFound(spec.label.lower(), entity_id)
    return changed_elsewhere(spec.label, obj)


def values_of(kind: str, obj: Any) -> dict[str, Any]:
    """The current values of an object's fields (references as ids), for forms and JSON."""
    spec = spec_for(kind)
    values: dict[str, Any] = {"id": obj.id, "version": obj.version}
    for f in spec.fields:
        if f.kind is FieldKind.PASSWORD:
            continue
        value = getattr(obj, f.name)
        if f.kind is FieldKind.MULTI_REFERENCE:
            value = [item.id for item in value]
        values[f.name] = value
    return values


def _apply(session: Session, spec: EntitySpec, obj: Any, values: Mapping[str, Any]) -> set[str]:
    changed: set[str] = set()
    for name, raw in values.items():
        if name in ("id", "version"):
            continue
        field_spec = spec.field(name)
        if field_spec.read_only:
            # A form may send back every value it shows: only a real change is refused.
            if not _same_value(session, field_spec, raw, getattr(obj, name, None)):
                raise ValidationError(field_spec.label, "cannot be changed")
            continue
        value = clean_value(session, field_spec, raw)
        if field_spec.kind is FieldKind.PASSWORD:
            if value:
                changed.add(name)
                setattr(obj, name, value)  # the spec's after_change hook hashes it
            continue
        current = getattr(obj, name, None)
        if field_spec.kind is FieldKind.MULTI_REFERENCE:
            current = list(current or [])
        if isinstance(current, datetime) and current.tzinfo is None:
            # SQLite hands back naive UTC; compare like with like, or every save "changes" it.
            current = current.replace(tzinfo=UTC)
        if current != value:
            setattr(obj, name, value)
            changed.add(name)
    for field_spec in spec.fields:
        if field_spec.required and _blank(getattr(obj, field_spec.name, None)):
            raise ValidationError(field_spec.label, "is required")
    return changed


def _same_value(session: Session, spec: FieldSpec, raw: Any, current: Any) -> bool:
    if raw == current:
        return True
    try:
        return clean_value(session, spec, raw) == current
    except ConsoleError:
        return False


def _flush(session: Session, spec: EntitySpec) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        message = str(exc.orig).lower()
        if "unique" in message or "duplicate" in message:
            what = _unique_field_label(spec, message)
            raise ConsoleError(f"{spec.label}: another one already has this {what}") from None
        if "foreign key" in message:
            raise ConsoleError(f"{spec.label}: it is still used elsewhere") from None
        raise ConsoleError(f"{spec.label}: refused by the database ({exc.orig})") from None


def _unique_field_label(spec: EntitySpec, message: str) -> str:
    """The field a unique constraint names: `table.column` (SQLite), `uq_table_column` (PG)."""
    table = spec.model.__tablename__
    for f in spec.fields:
        if f"{table}.{f.name}" in message or f"uq_{table}_{f.name}" in message:
            return f.label.lower()
    return "name"


def _column_default(model: type[Base], name: str) -> Any:
    """A column's constant default, or None (no column, or a callable default)."""
    attribute = getattr(model, name, None)
    column = getattr(attribute, "property", None)
    columns = getattr(column, "columns", None)
    if not columns:
        return None  # a relationship, a property, or a write-only field (password)
    default = columns[0].default
    if default is None or callable(default.arg):
        return None
    return default.arg


def create(session: Session, actor: Actor, kind: str, values: Mapping[str, Any]) -> Any:
    spec = spec_for(kind)
    require(actor, spec.edit_right, f"create a {spec.label.lower()}")
    obj = spec.model()
    for f in spec.fields:  # start from the column defaults, so required checks see them
        if getattr(obj, f.name, None) is None:
            default = _column_default(spec.model, f.name)
            if default is not None:
                setattr(obj, f.name, default)
    # A relationship set on the new object can pull it into the session: no flush until
    # every value is checked.
    with session.no_autoflush:
        changed = _apply(session, spec, obj, values)
        if spec.check:
            spec.check(session, obj)
        if spec.before_flush:
            spec.before_flush(session, actor, obj, changed)
    session.add(obj)
    _flush(session, spec)
    if spec.after_change:
        spec.after_change(session, actor, obj, changed | {"id"})
        _flush(session, spec)
    audit.record(session, actor, spec.kind, obj.id, "create", details=_loggable(spec, changed))
    return obj


def update(
    session: Session,
    actor: Actor,
    kind: str,
    entity_id: int,
    values: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    edited_apart: bool = False,
) -> Any:
    """Changes the object's fields. `expected_version`: the version the editor loaded; a
    save since then refuses the edit (ChangedElsewhere). `edited_apart`: something stored
    beside the fields changes too (a campaign's reviewers), which counts as an edit."""
    spec = spec_for(kind)
    require(actor, spec.edit_right, f"edit a {spec.label.lower()}")
    # Read as stored now and locked: a save or a status move from elsewhere waits, and the
    # checks below see what it left.
    obj = get(session, kind, entity_id, for_update=True)
    ensure_unchanged(spec.label, obj, expected_version)
    if spec.before_change:
        spec.before_change(session, actor, obj, set(values) - {"id", "version"})
    with session.no_autoflush:  # a half-applied object must not reach the database
        changed = _apply(session, spec, obj, values)
        if not changed and not edited_apart:
            return obj
        record_edit(obj, actor.name)
        if spec.check:
            spec.check(session, obj)
        if spec.before_flush:
            spec.before_flush(session, actor, obj, changed)
    _flush(session, spec)
    if spec.after_change:
        spec.after_change(session, actor, obj, changed)
        _flush(session, spec)
    audit.record(session, actor, spec.kind, obj.id, "update", details=_loggable(spec, changed))
    return obj


def save(
    sessions: Sessions,
    actor: Actor,
    kind: str,
    entity_id: int | None,
    values: Mapping[str, Any],
    then: AfterSave | None = None,
    *,
    wait: float | None = None,
    expected_version: int | None = None,
) -> int:
    """Creates the object (entity_id None) or updates it, then calls `then` with its id,
    all in one transaction; returns its id. Whatever refuses, nothing is half-saved. An
    update given the version its editor loaded is refused (ChangedElsewhere) when another
    save came in between. A
    database another process keeps busy is waited for (`wait` seconds, see
    services.runtime.busy_retry). What the checks let through but the database still
    refuses, up to the commit, raises DatabaseRefused with the database's reason."""

    def attempt() -> int:
        with sessions.begin() as session:
            if entity_id is None:
                obj = create(session, actor, kind, values)
            else:
                obj = update(
                    session,
                    actor,
                    kind,
                    entity_id,
                    values,
                    expected_version=expected_version,
                    edited_apart=then is not None,
                )
            saved_id = int(obj.id)
            if then is not None:
                then(session, saved_id)
        return saved_id

    spec = spec_for(kind)
    label = spec.label.lower()
    what = f"save the {label}" + (f" {entity_id}" if entity_id is not None else "")
    try:
        return busy_retry.call(attempt, what=what, wait=wait)
    except StaleDataError:
        # Another save moved the version between our read and our write: refused whole.
        if entity_id is None:
            raise
        raise overtaken(sessions, spec.label, spec.model, entity_id) from None
    except SQLAlchemyError as error:
        raise DatabaseRefused(str(error.orig if hasattr(error, "orig") else error)) from error


def delete(session: Session, actor: Actor, kind: str, entity_id: int) -> None:
    spec = spec_for(kind)
    require(actor, spec.edit_right, f"delete a {spec.label.lower()}")
    obj = get(session, kind, entity_id)
    if spec.before_delete:
        spec.before_delete(session, actor, obj)
    title = getattr(obj, spec.title_field, None)
    audit.record(session, actor, spec.kind, obj.id, "delete", details={"title": title})
    session.delete(obj)
    _flush(session, spec)


def find_by(session: Session, kind: str, field_name: str, value: Any) -> Any | None:
    spec = spec_for(kind)
    return session.scalar(select(spec.model).where(getattr(spec.model, field_name) == value))


def refuse_if_used(session: Session, obj_label: str, title: Any, users: str, query: Select) -> None:
    """Refuses a deletion while `query` (one column: the users' titles) finds rows, naming a
    few of them, so that nothing is silently detached or cascaded away."""
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    if not total:
        return
    names = [str(n) for n in session.scalars(query.limit(3))]
    shown = ", ".join(repr(n) for n in names)
    if total > len(names):
        shown += f" and {total - len(names)} more"
    raise ConsoleError(f"{obj_label} {title!r} cannot be deleted: used by {users} ({shown})")


def _loggable(spec: EntitySpec, changed: set[str]) -> dict[str, Any]:
    # Field names only: contents (HTML, passwords) do not belong in the audit trail.
    return {"fields": sorted(n for n in changed if n != "id")}
