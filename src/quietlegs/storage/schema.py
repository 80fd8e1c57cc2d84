"""The schema revisions this version of the app knows, without importing Alembic.

Start-up compares the journal's revision (read with the standard library) against these, so
Alembic loads only when there is a migration to run. A test keeps them equal to what the
migration scripts say.
"""

HEAD_REVISION = "0006"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005", "0006"})
