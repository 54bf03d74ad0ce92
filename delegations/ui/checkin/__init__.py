"""The check-in desk: the tab (scan input, result card, search, counters), its desk settings,
the exchange of journals between desks, restoring a backup, and desk mode.

`tab.CheckInTab` is the tab; `controller.DeskController` holds the window's desk commands.
"""

CHECKINS = "checkins"
"""`data_changed` argument: the journal changed (a merge, a restore)."""
