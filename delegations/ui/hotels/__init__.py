"""The Hotels and rooming window (Travel ▸ Hotels and rooming…)."""
