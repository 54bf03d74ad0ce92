"""Undoable agenda edits: each command writes through the services in one transaction.

The editor (the Agenda tab) performs a command's first write itself, so that a refusal can
be shown in the form or as a message before anything reaches the undo stack; `push_done`
then records it without writing a second time. Undo writes the previous values back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from delegations.domain.errors import UserError
from delegations.services import agenda as service
from delegations.services.agenda_undo import SessionState, restore_session

if TYPE_CHECKING:
    from sqlmodel import Session


class Editor(Protocol):
    def write_agenda(self, write: Callable[[Session], object]) -> None:
        """Run `write` in one transaction; raises UserError when refused."""

    def agenda_written(self, select: Sequence[int]) -> None:
        """The agenda changed: show the file as it is, selecting `select`."""

    def command_failed(self, title: str, error: UserError) -> None:
        """An undo or redo was refused (the file changed under it)."""


class AgendaCommand(QUndoCommand):
    def __init__(self, editor: Editor, text: str) -> None:
        super().__init__(text)
        self._editor = editor
        self._done = False  # the first write was made by the editor

    # Subclasses: the writes, and the sessions to select after each.
    def write_redo(self, session: Session) -> None:
        raise NotImplementedError

    def write_undo(self, session: Session) -> None:
        raise NotImplementedError

    def ids_after_redo(self) -> Sequence[int]:
        return ()

    def ids_after_undo(self) -> Sequence[int]:
        return ()

    def apply(self) -> None:
        """The first write (raises UserError); then push with `push_done`."""
        self._editor.write_agenda(self.write_redo)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.write_redo, self.ids_after_redo())

    def undo(self) -> None:
        self._run(self.write_undo, self.ids_after_undo())

    def _run(self, write: Callable[[Session], None], select: Sequence[int]) -> None:
        try:
            self._editor.write_agenda(write)
        except UserError as error:
            self.setObsolete(True)
            self._editor.command_failed(self.text(), error)
            self._editor.agenda_written(())
            return
        self._editor.agenda_written(select)


def push_done(stack: QUndoStack, command: AgendaCommand) -> None:
    """Record a command whose first write has been made (see `AgendaCommand.apply`)."""
    command._done = True  # noqa: SLF001
    stack.push(command)


def _write_state(session: Session, state: SessionState, *, speakers: bool) -> None:
    service.update_session(session=session, session_id=state.session_id, **state.fields)
    if speakers:
        service.set_session_speakers(
            session=session, session_id=state.session_id, speakers=list(state.speakers)
        )


class EditSessionCommand(AgendaCommand):
    """Any change to one session: moved, resized, another room, edited in the form."""

    def __init__(
        self, editor: Editor, text: str, before: SessionState, after: SessionState
    ) -> None:
        super().__init__(editor, text)
        self.before, self.after = before, after
        self._speakers = before.speakers != after.speakers

    def write_redo(self, session: Session) -> None:
        _write_state(session, self.after, speakers=self._speakers)

    def write_undo(self, session: Session) -> None:
        _write_state(session, self.before, speakers=self._speakers)

    def ids_after_redo(self) -> Sequence[int]:
        return (self.after.session_id,)

    def ids_after_undo(self) -> Sequence[int]:
        return (self.before.session_id,)


class AddSessionCommand(AgendaCommand):
    """A new session; undo deletes it, redo restores it under the same id."""

    def __init__(self, editor: Editor, text: str, state: SessionState) -> None:
        super().__init__(editor, text)
        self.state = state

    def write_redo(self, session: Session) -> None:
        restore_session(session=session, state=self.state)

    def write_undo(self, session: Session) -> None:
        service.delete_session(session=session, session_id=self.state.session_id)

    def ids_after_redo(self) -> Sequence[int]:
        return (self.state.session_id,)


class DeleteSessionsCommand(AgendaCommand):
    """Sessions deleted; undo recreates them with their speakers, under their ids."""

    def __init__(self, editor: Editor, text: str, states: Sequence[SessionState]) -> None:
        super().__init__(editor, text)
        self.states = list(states)

    def write_redo(self, session: Session) -> None:
        for state in self.states:
            service.delete_session(session=session, session_id=state.session_id)

    def write_undo(self, session: Session) -> None:
        for state in self.states:
            restore_session(session=session, state=state)

    def ids_after_undo(self) -> Sequence[int]:
        return [state.session_id for state in self.states]
