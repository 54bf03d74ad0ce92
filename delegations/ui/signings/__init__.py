"""The Agreement signings window: the register and the ceremonies' running orders."""
