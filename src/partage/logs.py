"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers

from partage import paths


def setup_logging(level: int = logging.INFO) -> None:
    """Send Partage's log records to ``paths.log_file()`` (rotated at 1 MiB, 3 kept)."""
    root = logging.getLogger("partage")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file(), maxBytes=1_048_576, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
