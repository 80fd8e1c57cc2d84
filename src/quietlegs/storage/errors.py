"""Why a journal could not be opened or changed, in words a person can act on."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base of the storage layer's own errors; ``str()`` is a message for the user."""


class JournalDamaged(StorageError):
    def __init__(self, path: Path, detail: str):
        self.path, self.detail = path, detail
        super().__init__(
            f"The journal at {path} is damaged and cannot be opened safely ({detail}). "
            "It has not been changed. Restore it from a backup."
        )


class JournalTooNew(StorageError):
    def __init__(self, path: Path, revision: str):
        self.path, self.revision = path, revision
        super().__init__(
            f"The journal at {path} was written by a newer version of Quiet Legs "
            f"(schema {revision}). It has not been changed. Update Quiet Legs to open it, "
            "or restore a backup made by this version."
        )


class KindInUse(StorageError):
    def __init__(self, slug: str, uses: int):
        self.slug, self.uses = slug, uses
        super().__init__(
            f"The kind {slug!r} is used {uses} time{'s' if uses != 1 else ''} in the journal, "
            "so it cannot be deleted. Hide it instead."
        )


class NotFound(StorageError):
    pass
