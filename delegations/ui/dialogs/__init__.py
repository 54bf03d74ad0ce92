"""Form dialogs: they collect values and hand them to a submit callback (the services)."""
