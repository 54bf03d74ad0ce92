"""Undoable agenda edits: each write is one use case of `services.agenda_undo`.

The editor (the Agenda tab) performs a command's first write itself, so that a refusal can
be shown in the form or as a message before anything reaches the undo stack; `push_done`
then records it without writing a second time. Undo writes the previous values back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from delegations.domain.errors import UserError
from delegations.services import agenda, bilaterals
from delegations.services.agenda_undo import SessionState, restore_sessions, write_session
from delegations.services.event import EventFile


class Editor(Protocol):
    def agenda_written(self, select: Sequence[int]) -> None:
        """The agenda changed: show the file as it is, selecting `select`."""

    def command_failed(self, title: str, error: UserError) -> None:
        """An undo or redo was refused (the file changed under it)."""


class AgendaCommand(QUndoCommand):
    def __init__(self, editor: Editor, event_file: EventFile, text: str) -> None:
        super().__init__(text)
        self._editor = editor
        self._event_file = event_file
        self._done = False  # the first write was made by the editor

    # Subclasses: the writes, and the sessions to select after each.
    def write_redo(self) -> None:
        raise NotImplementedError

    def write_undo(self) -> None:
        raise NotImplementedError

    def ids_after_redo(self) -> Sequence[int]:
        return ()

    def ids_after_undo(self) -> Sequence[int]:
        return ()

    def apply(self) -> None:
        """The first write (raises UserError); then push with `push_done`."""
        self.write_redo()

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.write_redo, self.ids_after_redo())

    def undo(self) -> None:
        self._run(self.write_undo, self.ids_after_undo())

    def _run(self, write: Callable[[], None], select: Sequence[int]) -> None:
        try:
            write()
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


class EditSessionCommand(AgendaCommand):
    """Any change to one session: moved, resized, another room, edited in the form."""

    def __init__(
        self,
        editor: Editor,
        event_file: EventFile,
        text: str,
        before: SessionState,
        after: SessionState,
    ) -> None:
        super().__init__(editor, event_file, text)
        self.before, self.after = before, after
        self._speakers = before.speakers != after.speakers

    def write_redo(self) -> None:
        write_session(self._event_file, self.after, speakers=self._speakers)

    def write_undo(self) -> None:
        write_session(self._event_file, self.before, speakers=self._speakers)

    def ids_after_redo(self) -> Sequence[int]:
        return (self.after.session_id,)

    def ids_after_undo(self) -> Sequence[int]:
        return (self.before.session_id,)


class AddSessionCommand(AgendaCommand):
    """A new session; undo deletes it, redo restores it under the same id."""

    def __init__(
        self, editor: Editor, event_file: EventFile, text: str, state: SessionState
    ) -> None:
        super().__init__(editor, event_file, text)
        self.state = state

    def write_redo(self) -> None:
        restore_sessions(self._event_file, [self.state])

    def write_undo(self) -> None:
        agenda.delete_sessions(self._event_file, [self.state.session_id])

    def ids_after_redo(self) -> Sequence[int]:
        return (self.state.session_id,)


class DeleteSessionsCommand(AgendaCommand):
    """Sessions deleted; undo recreates them with their speakers, under their ids."""

    def __init__(
        self, editor: Editor, event_file: EventFile, text: str, states: Sequence[SessionState]
    ) -> None:
        super().__init__(editor, event_file, text)
        self.states = list(states)

    def write_redo(self) -> None:
        agenda.delete_sessions(self._event_file, [state.session_id for state in self.states])

    def write_undo(self) -> None:
        restore_sessions(self._event_file, self.states)

    def ids_after_undo(self) -> Sequence[int]:
        return [state.session_id for state in self.states]


class MoveMeetingCommand(AgendaCommand):
    """A bilateral meeting moved on the grid (`services.bilaterals.move_meeting`); undo puts
    it back in its room, day and time. Places are (room name, day, start)."""

    def __init__(
        self,
        editor: Editor,
        event_file: EventFile,
        text: str,
        request_id: int,
        before: tuple[str, dt.date, dt.time],
        after: tuple[str, dt.date, dt.time],
    ) -> None:
        super().__init__(editor, event_file, text)
        self.request_id, self.before, self.after = request_id, before, after

    def _move(self, place: tuple[str, dt.date, dt.time]) -> None:
        room, day, start = place
        bilaterals.move_meeting(self._event_file, self.request_id, room=room, day=day, start=start)

    def write_redo(self) -> None:
        self._move(self.after)

    def write_undo(self) -> None:
        self._move(self.before)
