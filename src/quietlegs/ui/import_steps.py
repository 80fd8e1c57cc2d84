"""The questions an import asks before anything is written: which kind each habit of a habit
tracker's export is, which column of a CSV file of nights holds what (both remembered), and the
preview of what will be added, replaced and left out, whose Import button starts the writing.

Each is a window-modal dialog kept as ``io.preview`` while it is open (tests answer it there);
Cancel on any of them ends the import with the journal unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from quietlegs.ui.settings import app_settings
from quietlegs.ui.translation import tr

if TYPE_CHECKING:
    from quietlegs.ui.import_export import ImportExport


def _ask(io: ImportExport, dialog: QDialog, accepted: Callable[[], None]) -> None:
    """Open ``dialog`` as the import's current question; ``accepted`` goes on, anything else ends."""
    io.preview = dialog

    def closed(code: int) -> None:
        io.preview = None
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            accepted()
        else:
            io.finished.emit()

    dialog.finished.connect(closed)
    dialog.open()


def map_habits(io: ImportExport, path: Path, plan) -> None:
    """A habit tracker's export: which kind each habit is (remembered), then read it again so."""
    from quietlegs.ui.dialogs.habit_mapping_dialog import HabitMappingDialog, remember, remembered

    settings = app_settings(io.service.paths)
    dialog = HabitMappingDialog(plan.source, list(plan.habits), io.service.journal.kinds(include_hidden=False),
                                remembered(settings), io.window)

    def accepted() -> None:
        remember(settings, dialog.mapping())
        io._import(path, dialog.mapping())

    _ask(io, dialog, accepted)


def map_columns(io: ImportExport, path: Path, header: list[str]) -> None:
    """A CSV file of nights: which column holds what (remembered for these columns), then read it so."""
    from quietlegs.ui.dialogs.column_mapping_dialog import ColumnMappingDialog, remember, remembered

    settings = app_settings(io.service.paths)
    dialog = ColumnMappingDialog(path.name, header, remembered(settings, header), io.window)

    def accepted() -> None:
        remember(settings, header, dialog.columns())
        io._import(path, columns=dialog.columns())

    _ask(io, dialog, accepted)


def confirm(io: ImportExport, path: Path, plan, done, failed) -> None:
    """What will be added, replaced and left out, then (on Import) the writing."""
    from quietlegs.ui.dialogs.import_preview_dialog import ImportPreviewDialog

    dialog = ImportPreviewDialog(path.name, plan, io.window)
    service = io.service

    def write(_stage):
        from quietlegs.services.opening import CannotOpen

        try:
            return service.store_import(plan.to_write)
        except CannotOpen as refused:
            return refused

    def accepted() -> None:
        if plan.writes_anything and not plan.problems:
            io._run(tr("Adding the nights from {0}…").format(path.name), write, done, failed)
        else:
            io.finished.emit()

    _ask(io, dialog, accepted)
