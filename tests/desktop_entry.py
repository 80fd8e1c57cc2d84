"""Reading a desktop entry's Exec value back as a desktop does (the Desktop Entry spec), for
the tests of the login entry: written independently of the code that writes it."""

from __future__ import annotations


def parse_exec(value: str) -> list[str]:
    """The arguments of an Exec value, read back as the Desktop Entry spec says a launcher does:
    the string escapes first, then the quoting; ``%%`` is a literal percent sign."""
    unescaped, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
            unescaped.append(escapes.get(value[i + 1], "\\" + value[i + 1]))
            i += 2
        else:
            unescaped.append(c)
            i += 1
    text = "".join(unescaped)
    args, current, quoted, started, i = [], [], False, False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\" and i + 1 < len(text) and text[i + 1] in "\"`$\\":
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted = started = True
        elif c == " ":
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(c)
            started = True
        i += 1
    assert not quoted, value
    if started:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]
