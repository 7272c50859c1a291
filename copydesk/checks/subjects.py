"""Moved to :mod:`copydesk.conflicts.subjects` (conflict reasoning lives outside the checks,
so that the timeline can read it without loading a check)."""

from ..conflicts.subjects import *  # noqa: F401,F403
from ..conflicts.subjects import subject_conflicts  # noqa: F401
