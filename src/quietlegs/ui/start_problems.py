"""Why the window could not start, in one plain sentence on standard error and in a message
box: a data folder the app may not use (the system's or SQLite's own words, never the
journal's values), an unexpected problem (the details in the private error log), a journal
another Quiet Legs holds. Called by the composition root (``app.py``)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from quietlegs import APP_NAME
from quietlegs.paths import data_paths


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", text)  # lupdate: a bare tr is the empty context


def folder_problem(exc: BaseException) -> str | None:
    """What the operating system said when the data folder could not be used (``None``: the
    problem is something else). Looks through the causes: SQLite's "readonly database" and
    "unable to open database file" come wrapped."""
    import sqlite3

    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and not isinstance(e, (TimeoutError, ConnectionError)):
            return e.strerror or e.__class__.__name__
        if isinstance(e, sqlite3.OperationalError) and any(
                words in str(e).lower() for words in ("readonly", "read-only", "unable to open")):
            return tr("it cannot be written to")
        if isinstance(e, sqlite3.OperationalError) and "disk is full" in str(e).lower():
            return os.strerror(errno.ENOSPC)
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return None


def shown_path(path: Path) -> str:
    """A path as a person can read it, even when its bytes are not UTF-8."""
    return os.fsencode(path).decode("utf-8", "replace")


def folder_sentence(root: Path, why: str) -> str:
    if why in (os.strerror(errno.ENOSPC), os.strerror(errno.EDQUOT)):
        return tr("Quiet Legs cannot write to its data folder {0} ({1}). Make room on that disk, "
                      "then start Quiet Legs again.").format(shown_path(root), why)
    return tr("Quiet Legs cannot use its data folder {0} ({1}). Make sure the folder exists and that you "
                  "may write to it, or start Quiet Legs with --data-dir set to another folder.").format(
        shown_path(root), why)


def tell_and_print(message: str, information: bool = False, box: bool = True) -> None:
    """One plain sentence on standard error, and in a message box (``box``: not in a smoke run)."""
    print(message, file=sys.stderr)
    if box:
        from PySide6.QtWidgets import QMessageBox

        from quietlegs.ui.widgets.plain_text import tell

        tell(QMessageBox.Icon.Information if information else QMessageBox.Icon.Critical, APP_NAME, message)


def explain_crash(exc: BaseException, data_dir: str | None, box: bool = True) -> None:
    """Write the details to the error log, and tell the user in one plain sentence what happened
    and what to do. Neither the sentence nor the log holds the error's own text beyond the system's
    or SQLite's own words: a database error's text can quote the journal's values."""
    from quietlegs.services.error_log import write_error_log

    try:
        root = data_paths(data_dir).root
    except Exception:  # a data folder that cannot even be named: no log, the words still show
        root = Path(str(data_dir or "."))
    log = root / "logs" / "errors.log"
    written = write_error_log(log, exc, "quietlegs gui", make_parents=True)
    why = folder_problem(exc)
    if why is not None:
        message = folder_sentence(root, why)
    elif written:
        message = tr("Quiet Legs could not start because of an unexpected problem ({0}). Start it again; "
                         "if it happens again, the details are in {1}.").format(
            exc.__class__.__name__, shown_path(log))
    else:
        message = tr("Quiet Legs could not start because of an unexpected problem ({0}). "
                         "Start it again.").format(exc.__class__.__name__)
    tell_and_print(message, box=box)


def explain_claim(claim, instance=None, data_dir: str | None = None, box: bool = True) -> int:
    """A second start: the first app came forward (0); or the journal is busy, or its folder
    cannot hold the lock file (1, after saying so in a message box)."""
    from quietlegs.ui.single_instance import Claim

    if claim is Claim.FORWARDED:
        return 0
    if claim is Claim.UNUSABLE:
        problem = getattr(instance, "problem", None)
        root = instance.paths.root if instance is not None else data_paths(data_dir).root
        why = (problem.strerror if isinstance(problem, OSError) and problem.strerror else tr("unknown reason"))
        tell_and_print(folder_sentence(root, why), box=box)
        return 1
    tell_and_print(tr(
        "The journal is in use by another Quiet Legs program (perhaps an import from the command line). "
        "Try again in a moment."), information=True, box=box)
    return 1
