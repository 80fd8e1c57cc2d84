"""Storage: the SQLite journal behind SQLAlchemy, its migrations and its backups.

The only layer that imports SQLAlchemy or Alembic. It hands plain domain records up.
"""
