"""The windows: Qt widgets, Qt models, dialogs, chart canvases. The only PySide6 importer."""

import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    # PySide6 6.12 returns None from void methods without a new reference. On Python 3.12+
    # None is immortal (PEP 683) and nothing happens; on 3.11 every such call takes one
    # reference from None, and after a few thousand calls (browsing a few dozen nights)
    # Python aborts with "none_dealloc". Give None a reference count it can never run out
    # of, as 3.12 does. Remove when 3.11 support or PySide6 6.12 is dropped.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
