"""Errors a user can cause; each carries a sentence fit to show them."""


class UserError(Exception):
    """Something the user can fix; `str()` is the sentence to show."""


class InvalidInput(UserError):
    """A field's value is refused; `field` names it as the form labels it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(UserError):
    pass
