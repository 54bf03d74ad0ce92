"""Message boxes in GUI tests: each one a test did not declare fails that test.

Message boxes are modal and would hang a test, so the GUI conftest replaces them (the static
`QMessageBox.question/warning/critical/information/about` and `exec()`/`open()` of a box
instance) with a recorder. A test that expects a box declares it first, with the words the box
must say and, for a question, the button the user presses:

    def test_delete(message_boxes: MessageBoxes) -> None:
        message_boxes.expect("question", "Delete the delegate", answer=Yes)
        ...

Boxes must come in the declared order. A box nobody declared, or a declared box that never
came, fails the test with the box's text; an undeclared box is answered with Cancel meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

Button = QMessageBox.StandardButton
KINDS = ("question", "warning", "critical", "information", "about", "message")
_ICON_KINDS = {
    QMessageBox.Icon.Question: "question",
    QMessageBox.Icon.Warning: "warning",
    QMessageBox.Icon.Critical: "critical",
    QMessageBox.Icon.Information: "information",
}


@dataclass(frozen=True)
class Box:
    """One message box as the user would have seen it."""

    kind: str
    title: str
    text: str

    def __str__(self) -> str:
        return f"{self.kind} box “{self.title}”: {self.text!r}"


@dataclass
class _Expected:
    kind: str
    text: str
    answer: Button

    def matches(self, box: Box) -> bool:
        return box.kind == self.kind and self.text in box.text


@dataclass
class MessageBoxes:
    """The boxes a test showed, and the ones it declared it expects."""

    shown: list[Box] = field(default_factory=list)
    unexpected: list[Box] = field(default_factory=list)
    _expected: list[_Expected] = field(default_factory=list)
    _reported: int = 0

    def expect(self, kind: str, text: str, *, answer: Button | None = None) -> None:
        """Declare that the next box is a `kind` box whose text contains `text`.

        A question needs the `answer` the user gives; other boxes are answered with Ok.
        """
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        if not text:
            raise ValueError("say which words the box must show")
        if answer is None:
            if kind == "question":
                raise ValueError("a question needs the answer the user gives")
            answer = Button.Ok
        self._expected.append(_Expected(kind, text, answer))

    @property
    def texts(self) -> list[str]:
        """The texts of every box shown so far, in order."""
        return [box.text for box in self.shown]

    def show(self, kind: str, title: str, text: str) -> Button:
        """Record a box and give the answer declared for it (Cancel if none was)."""
        box = Box(kind, title, text)
        self.shown.append(box)
        if self._expected and self._expected[0].matches(box):
            return self._expected.pop(0).answer
        self.unexpected.append(box)
        return Button.Cancel

    def problems(self, *, finished: bool) -> list[str]:
        """What is wrong so far: new unexpected boxes, and (once finished) boxes never shown."""
        lines = [f"unexpected {box}" for box in self.unexpected[self._reported :]]
        self._reported = len(self.unexpected)
        if finished:
            lines += [
                f"expected {e.kind} box saying {e.text!r} was never shown" for e in self._expected
            ]
            self._expected.clear()
        return lines

    def install(self, monkeypatch: object) -> None:
        """Replace every way the app can show a QMessageBox with this recorder."""
        setattr_ = monkeypatch.setattr  # type: ignore[attr-defined]

        def static(kind: str):  # noqa: ANN202
            def shown(_parent: object, title: str, text: str, *_args: object) -> Button:
                return self.show(kind, title, text)

            return staticmethod(shown)

        for kind in ("question", "warning", "critical", "information", "about"):
            setattr_(QMessageBox, kind, static(kind))
        setattr_(QMessageBox, "aboutQt", staticmethod(lambda *_a: self.show("about", "Qt", "Qt")))

        def box_answer(box: QMessageBox) -> Button:
            kind = _ICON_KINDS.get(box.icon(), "message")
            return self.show(kind, box.windowTitle(), box.text())

        def exec_(box: QMessageBox) -> int:
            return int(box_answer(box).value)

        def open_(box: QMessageBox, *_args: object) -> None:
            answer = box_answer(box)
            QTimer.singleShot(0, lambda: box.done(int(answer.value)))

        setattr_(QMessageBox, "exec", exec_)
        setattr_(QMessageBox, "open", open_)
