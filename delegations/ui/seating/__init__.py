"""Seating plans: a session's plan drawn to scale, seats swapped by dragging."""
