"""A deterministic offline WordPress-style Arabic news site for the generic spider's tests."""

from __future__ import annotations

from .site import WordPressSite

__all__ = ["WordPressSite"]
