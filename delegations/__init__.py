"""Delegations: the delegate side of an international cooperation week."""

__version__ = "0.1.0"
