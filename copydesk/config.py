"""Settings: defaults, then `[tool.copydesk]` in pyproject.toml or copydesk.toml found upward
from the article (as ruff does), then command-line flags, which win."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import SEVERITIES

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_severity: str = "info"
    fail_on: str = "error"
    known_names: tuple[str, ...] = ()
    allow_words: tuple[str, ...] = ()
    model: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    loaded_encoder: bool = False  # CD601/CD602's scorer also reads an encoder (copydesk.loaded_encoder)
    config_file: str | None = None

    def merged(self, **overrides: Any) -> "Settings":
        """Overrides that are None are left out, so unset flags do not mask the file's values."""
        given = {k: _normalise(k, v) for k, v in overrides.items() if v is not None}
        return replace(self, **given)

    @property
    def allowed(self) -> frozenset[str]:
        """Names and words the house says are right as written, case-folded."""
        return frozenset(w.casefold() for w in (*self.known_names, *self.allow_words))


_KEYS = {f.name.replace("_", "-"): f.name for f in fields(Settings) if f.name != "config_file"}


def _normalise(name: str, value: Any) -> Any:
    if name in ("select", "ignore", "known_names", "allow_words"):
        if isinstance(value, str):
            value = [v for v in value.replace(",", " ").split() if v] if name in ("select", "ignore") else [value]
        return tuple(str(v).strip() for v in value if str(v).strip())
    if name in ("min_severity", "fail_on"):
        allowed = SEVERITIES + (("never",) if name == "fail_on" else ())
        if value not in allowed:
            raise ConfigError(f"{name.replace('_', '-')} must be one of {', '.join(allowed)}, not {value!r}")
    if name == "max_bytes":
        if not isinstance(value, int) or value <= 0:
            raise ConfigError(f"max-bytes must be a positive integer, not {value!r}")
    if name == "loaded_encoder":
        if not isinstance(value, bool):
            raise ConfigError(f"loaded-encoder must be true or false, not {value!r}")
        from .loaded_encoder import missing

        if value and missing():
            raise ConfigError(missing())
    return value


def find_config(start: Path) -> Path | None:
    """The nearest copydesk.toml, or pyproject.toml with a [tool.copydesk] table, at or above start."""
    here = start if start.is_dir() else start.parent
    for folder in [here, *here.parents]:
        candidate = folder / "copydesk.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "copydesk" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}):
                    return pyproject
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                continue
    return None


def load_file(path: Path) -> Settings:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    table = data.get("tool", {}).get("copydesk", {}) if path.name == "pyproject.toml" else data
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    values = {_KEYS[k]: v for k, v in table.items()}
    return Settings(config_file=str(path)).merged(**values)


def settings_for(article_path: Path | None, **overrides: Any) -> Settings:
    """Settings for one article: its nearest config file, then the overrides."""
    start = article_path.resolve() if article_path else Path.cwd()
    found = find_config(start)
    base = load_file(found) if found else Settings()
    return base.merged(**overrides)
