"""Table models for the item views: rows from the services, filtered without per-row SQL."""

from delegations.ui.models.table import ID_ROLE, Column, FoldFilterProxy, RowTableModel

__all__ = ["ID_ROLE", "Column", "FoldFilterProxy", "RowTableModel"]
