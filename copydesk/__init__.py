"""copydesk: an automated copy desk for news."""

__version__ = "0.1.0"

from .errors import ConfigError, CopydeskError, InputError, ModelError  # noqa: E402
from .model import Article, Finding, Report, Span  # noqa: E402
from .pipeline import Checker, check  # noqa: E402

__all__ = ["Article", "Checker", "ConfigError", "CopydeskError", "Finding", "InputError",
           "ModelError", "Report", "Span", "check", "__version__"]
