"""The Matcha playground's Python side: messages to the page, the REPL console, fresh runs.

The page writes this file (and turtle.py) into the interpreter's filesystem at start-up.
"""

import sys

import js


def send_to_page(payload):
    """Hands a JSON-able payload to the page: a worker message, or a page callback on the main thread."""
    import json
    send_json_to_page(json.dumps(payload))


def send_json_to_page(payload_json):
    """send_to_page for a payload already in JSON."""
    text = '{"message":' + payload_json + "}"
    if hasattr(js, "document"):
        js.playgroundMessage(text)
    else:
        js.postMessage(js.JSON.parse(text))


def fresh_main():
    """Empties __main__'s namespace before a Run, keeping its dunder names (a new program each run)."""
    main = sys.modules["__main__"].__dict__
    for name in [n for n in main if not (n.startswith("__") and n.endswith("__"))]:
        del main[name]


def after_run():
    """Flushes what a program left for the page (turtle drawing commands) and stdout."""
    turtle = sys.modules.get("turtle")
    if turtle is not None:
        turtle._flush()
    sys.stdout.flush()


# Messages of compile() errors that mean "the statement goes on" in the interactive console:
# CPython's parser reports them as 'incomplete input' under PyCF_ALLOW_INCOMPLETE_INPUT (codeop).
_INCOMPLETE = ("expected an indented block", "was never closed", "unterminated triple-quoted string",
               "unexpected EOF while parsing")


class Console:
    """The REPL tab: code.InteractiveConsole's push() rules, with its own namespace.

    Errors propagate: the page shows the interpreter's own traceback without the frames of this
    module (as code.InteractiveInterpreter.showtraceback drops its own frame).
    """

    def __init__(self):
        self.namespace = {"__name__": "__console__", "__doc__": None}
        self.lines = []

    def push(self, line):
        """Adds a line; returns True when more input is needed (the page then prompts '...')."""
        self.lines.append(line)
        source = "\n".join(self.lines)
        try:
            code = compile(source, "<stdin>", "single")
        except SyntaxError as e:
            last = self.lines[-1]
            if any(m in e.msg for m in _INCOMPLETE) and last.strip() != "" or last.lstrip().startswith("@"):
                return True
            self.lines = []
            raise
        # a compound statement ends with an empty line, as in CPython's interactive loop
        first = self.lines[0].strip()
        if (first.endswith(":") or first.startswith("@")) and self.lines[-1].strip() != "":
            return True
        self.lines = []
        try:
            exec(code, self.namespace)
        except SystemExit:
            pass
        finally:
            sys.stdout.flush()
        return False


console = Console()
