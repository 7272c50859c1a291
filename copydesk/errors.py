"""Errors a user can act on: each carries a one-line message and maps to exit code 2."""


class CopydeskError(Exception):
    """A problem with the input or the invocation, never a bug: one line for the user."""


class InputError(CopydeskError):
    """The article cannot be read or is not one copydesk can check."""


class TooLarge(InputError):
    """The article is over the size limit (--max-bytes)."""


class ConfigError(CopydeskError):
    """A bad setting, in a configuration file or on the command line."""


class ModelError(CopydeskError):
    """The spaCy pipeline cannot be loaded."""
