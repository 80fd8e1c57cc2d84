"""A person's words are shown as they were typed, never read as markup.

Qt guesses: a QLabel (``Qt.AutoText``), a tooltip and a message box read any text that looks
like HTML (``Qt.mightBeRichText``) as HTML. A note holding ``<img src='/dev/zero'>`` would then
make Qt read that file, and 600 nested ``<table>`` tags would freeze the layout. So every place
that shows a user's words (notes, appointments, kind names and units, anything imported, and
file names and error texts that may quote them) goes through this module:

- ``plain_label`` / ``set_plain``: a QLabel that shows its text as plain text, always;
- ``plain_tip``: a tooltip (or item tooltip) that shows the text literally, line breaks kept;
- ``escaped``: the user's part of a rich string the app builds itself (a bold heading, a link);
- ``plain_box`` / ``tell``: a message box whose text and informative text are plain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


def shown(text: object) -> str:
    """``text`` as a string: a lone surrogate (a folder name that is not UTF-8, say) becomes
    U+FFFD, which shows, where Qt would silently drop it."""
    s = "" if text is None else str(text)
    if not s.isascii() and any("\ud800" <= ch <= "\udfff" for ch in s):
        s = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s)
    return s


def set_plain(label: QLabel, text: object) -> None:
    """Show ``text`` on ``label`` as plain text (the label keeps the plain format afterwards)."""
    label.setTextFormat(PLAIN)
    label.setText(shown(text))


def plain_label(text: object = "", parent: QWidget | None = None) -> QLabel:
    """A new QLabel that never reads its text as markup."""
    label = QLabel(parent)
    set_plain(label, text)
    return label


def escaped(text: object) -> str:
    """The user's ``text`` made safe inside a rich string: ``<``, ``>``, ``&`` and quotes become
    entities, and line breaks stay line breaks."""
    # html.escape(text, quote=True), step by step as it does it, without loading the html module
    # (and its entity tables) before Today is usable.
    s = shown(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s.replace("\r\n", "\n").replace("\n", "<br>")


def plain_tip(text: object) -> str | None:
    """A tooltip showing ``text`` literally. It is always rich text (``<qt>``), so the escapes
    show as the characters typed and a long line wraps instead of running off the screen.
    ``None`` or empty text gives ``None`` (no tooltip)."""
    if text is None or text == "":
        return None
    return f"<qt>{escaped(text)}</qt>"


def plain_box(box: QMessageBox) -> QMessageBox:
    """Make ``box`` show its text and informative text as plain text (call after setting them,
    or before: both labels keep the format). The detailed text is plain already."""
    box.setTextFormat(PLAIN)
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setTextFormat(PLAIN)
    return box


def message_box(icon: QMessageBox.Icon, title: str, text: str, info: str = "",
                parent: QWidget | None = None) -> QMessageBox:
    """A message box with plain ``text`` and ``info`` and an OK button."""
    box = QMessageBox(icon, shown(title), "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(PLAIN)
    box.setText(shown(text))
    if info:
        box.setInformativeText(shown(info))
    return plain_box(box)


def tell(icon: QMessageBox.Icon, title: str, text: str, info: str = "", parent: QWidget | None = None) -> int:
    """Show a plain message box and wait for the person to close it."""
    return message_box(icon, title, text, info, parent).exec()
