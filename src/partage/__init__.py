"""Partage: pool equipment, spaces and vehicles, and share what they cost."""

__version__ = "0.1.0"
APP_NAME = "Partage"
