"""copydesk: an automated copy desk for news."""

__version__ = "0.1.0"

from .errors import ConfigError, CopydeskError, InputError, ModelError  # noqa: E402
from .model import Article, Finding, Report, Span  # noqa: E402


def __getattr__(name: str):
    # the pipeline (and with it every check) loads on first use, so that a layer such as
    # copydesk.facts can be imported without the checks that read it
    if name in ("Checker", "check"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Article", "Checker", "ConfigError", "CopydeskError", "Finding", "InputError",
           "ModelError", "Report", "Span", "check", "__version__"]
