"""Starting at login: an XDG autostart entry, ``$XDG_CONFIG_HOME/autostart/<desktop id>.desktop``.

The entry exists only while the person wants it (Settings → "Start Quiet Legs when I log in",
off by default); turning it off removes the file. It starts this very install (the bundle's
program, the ``quietlegs`` command beside this Python, or ``python -m quietlegs``) on the same
data folder, and, when asked, into the notification area without a window: the start-up reads
:data:`START_HIDDEN_ENV` (the command line's contract has no window options). The file is not
private (it names a program, never a value from the journal): it is written whole and renamed
into place, mode 0644. Nothing here reads the environment or the platform on its own: both are
passed in, so the rules are tested on any machine.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from quietlegs import APP_NAME, DESKTOP_ID

START_HIDDEN_ENV = "QUIETLEGS_START_HIDDEN"  # "1": start into the notification area, no window
ICON = "quietlegs"
FILE_MODE = 0o644

# Characters that oblige an Exec argument to be quoted (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = "\"`$\\"


class AutostartError(Exception):
    """The entry could not be made, written or removed. ``action`` is ``"write"``, ``"remove"``
    or ``"encode"`` (a program path that a desktop file cannot hold), ``path`` the file or the
    argument concerned, ``why`` the system's words; the face words the sentence."""

    def __init__(self, action: str, path: str, why: str):
        super().__init__(f"{action} {path}: {why}")
        self.action, self.path, self.why = action, path, why


@dataclass(frozen=True)
class AutostartState:
    enabled: bool  # the file is there and the desktop will run it
    hidden: bool   # it starts into the notification area, without a window


def supported(platform: str) -> bool:
    """Whether ``platform`` (``sys.platform``) has XDG autostart: Linux and the BSDs."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def autostart_dir(environ: Mapping[str, str], home: Path) -> Path:
    """``$XDG_CONFIG_HOME/autostart``; ``~/.config/autostart`` when it is unset, empty or relative
    (the Base Directory spec says to ignore a relative one)."""
    config = environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and os.path.isabs(config) else home / ".config"
    return base / "autostart"


def autostart_file(directory: Path) -> Path:
    return directory / f"{DESKTOP_ID}.desktop"


def launch_command(executable: str, argv0: str, frozen: bool, data_dir: Path | None = None) -> list[str]:
    """The command that starts this install: the bundle's own program; else the ``quietlegs``
    command it was started by, or the one beside this Python (a venv, pipx); else
    ``python -m quietlegs``. ``data_dir``: a data folder other than the platform's own."""
    if frozen:
        command = [os.path.abspath(executable)]
    else:
        script = Path(argv0)
        beside = Path(executable).parent / "quietlegs"
        if script.name == "quietlegs" and script.is_file():
            command = [os.path.abspath(script)]
        elif beside.is_file() and os.access(beside, os.X_OK):
            command = [str(beside)]
        else:
            command = [os.path.abspath(executable), "-m", "quietlegs"]
    if data_dir is not None:
        command += ["--data-dir", os.path.abspath(data_dir)]
    return command


def quote_argument(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks (before the string escapes)."""
    if "\0" in argument:
        raise AutostartError("encode", argument.replace("\0", "\\0"), "a NUL character")
    if argument and not (_RESERVED & set(argument)):
        return argument.replace("%", "%%")
    inner = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return '"' + inner.replace("%", "%%") + '"'


def _escape_string(value: str) -> str:
    """A key file's string escapes (applied after the Exec quoting, as the spec orders)."""
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))


def exec_value(command: Sequence[str], hidden: bool) -> str:
    """The value of ``Exec=`` for ``command``; ``hidden`` starts it through ``env`` with
    :data:`START_HIDDEN_ENV` set."""
    argv = (["env", f"{START_HIDDEN_ENV}=1"] if hidden else []) + list(command)
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise AutostartError("encode", shown, "not UTF-8") from None
    return _escape_string(" ".join(quote_argument(a) for a in argv))


def entry_text(command: Sequence[str], hidden: bool, comment: str) -> str:
    """The whole autostart entry (``comment`` in the person's language, one line)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        f"Comment={_escape_string(' '.join(comment.split()))}",
        f"Icon={ICON}",
        f"Exec={exec_value(command, hidden)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    return "\n".join(lines) + "\n"


def enable(path: Path, command: Sequence[str], hidden: bool, comment: str) -> None:
    """Write the entry at ``path``: whole, then renamed over any old one; mode 0644."""
    text = entry_text(command, hidden, comment)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise AutostartError("write", _shown(path), _why(exc)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            os.fchmod(f.fileno(), FILE_MODE)  # mkstemp makes it 0600; this file is not private
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except OSError as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise AutostartError("write", _shown(path), _why(exc)) from exc
    _sync_folder(path.parent)


def disable(path: Path) -> None:
    """Remove the entry (nothing to do when it is not there)."""
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise AutostartError("remove", _shown(path), _why(exc)) from exc
    _sync_folder(path.parent)


def read_state(path: Path) -> AutostartState:
    """Whether the entry at ``path`` starts the app at login, and whether hidden. An entry turned
    off by the desktop's own settings (``Hidden=true``, ``X-GNOME-Autostart-enabled=false``)
    counts as off; an unreadable one too."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return AutostartState(False, False)
    keys: dict[str, str] = {}
    in_entry = False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            in_entry = line == "[Desktop Entry]"
        elif in_entry and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())
    enabled = (keys.get("Hidden", "false").lower() != "true"
               and keys.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
               and bool(keys.get("Exec")))
    hidden = f"{START_HIDDEN_ENV}=1" in keys.get("Exec", "").split()
    return AutostartState(enabled, enabled and hidden)


def starts_hidden(environ: Mapping[str, str]) -> bool:
    """Whether this start was asked to stay in the notification area (the autostart entry's)."""
    return environ.get(START_HIDDEN_ENV, "") == "1"


def _shown(path: Path) -> str:
    """A path as a person can read it, even when its bytes are not UTF-8."""
    return os.fsencode(path).decode("utf-8", "replace")


def _why(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
