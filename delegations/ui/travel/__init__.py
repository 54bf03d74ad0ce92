"""Travel in the window: a delegate's arrival and departure legs (issue 17)."""
