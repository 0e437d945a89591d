"""A deterministic offline replica of RT Arabic for end-to-end tests and demos."""

from __future__ import annotations

from .server import ReplicaServer
from .site import ReplicaSite, Route

__all__ = ["ReplicaServer", "ReplicaSite", "Route"]
