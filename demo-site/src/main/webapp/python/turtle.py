"""Turtle graphics for the Matcha playground: CPython's common turtle API, drawn on the page's canvas.

Not tkinter: each drawing step becomes a small command (a JSON list) that the playground page
receives through Matcha's worker messages (playground.send_to_page) and replays, animated at the
turtle's speed, on its canvas panel. Coordinates, headings and circle() follow CPython's
Lib/turtle.py (standard mode: 0 degrees is east, angles counterclockwise, y grows upwards).
"""

import math

import playground

__all__ = ["Turtle", "Pen", "RawTurtle", "Screen", "Terminator", "done", "mainloop", "bye"]

_FLUSH_AT = 200
_pending = []


def _json(value):
    """A JSON text for the command values we send (str, bool, int, float, lists and tuples of them);
    much cheaper here than the general json.dumps."""
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if math.isfinite(value) else "0"
    return "[" + ",".join(map(_json, value)) + "]"


def _json_string(text):
    """json.dumps(text, ensure_ascii=False) for one string."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    if any(c < " " for c in text):
        text = "".join(c if c >= " " else "\\u%04x" % ord(c) for c in text)
    return '"' + text + '"'


def _send(*command):
    _pending.append(_json(command))
    if len(_pending) >= _FLUSH_AT:
        _flush()


def _flush():
    """Sends the buffered drawing commands to the page (the playground also calls it after a run)."""
    if _pending:
        playground.send_json_to_page('{"turtle":[' + ",".join(_pending) + "]}")
        _pending.clear()


class Terminator(Exception):
    pass


class _Screen:
    def __init__(self):
        self._bg = "white"
        self._colormode = 1.0
        self._turtles = []
        self._width, self._height = 640, 480

    def bgcolor(self, *color):
        if not color:
            return self._bg
        self._bg = _color_arg(color, self._colormode)
        _send("bg", self._bg)

    def setup(self, width=640, height=480, startx=None, starty=None):
        self._width = int(width) if width > 1 else int(640 * width)
        self._height = int(height) if height > 1 else int(480 * height)
        _send("setup", self._width, self._height)

    def screensize(self, canvwidth=None, canvheight=None, bg=None):
        if canvwidth is None and canvheight is None and bg is None:
            return self._width, self._height
        self.setup(canvwidth or self._width, canvheight or self._height)
        if bg is not None:
            self.bgcolor(bg)

    def window_width(self):
        return self._width

    def window_height(self):
        return self._height

    def title(self, text):
        _send("title", str(text))

    def colormode(self, mode=None):
        if mode is None:
            return self._colormode
        if mode not in (1.0, 255):
            raise ValueError("colormode must be 1.0 or 255")
        self._colormode = 1.0 if mode == 1.0 else 255

    def tracer(self, n=None, delay=None):
        return 1

    def update(self):
        _flush()

    def delay(self, delay=None):
        return 0

    def turtles(self):
        return list(self._turtles)

    def clear(self):
        """Clears the drawings of every turtle (CPython's clearscreen keeps the turtles' state here)."""
        _send("clear")

    clearscreen = clear

    def reset(self):
        for t in self._turtles:
            t.reset()

    resetscreen = reset

    def mainloop(self):
        _flush()

    done = mainloop
    exitonclick = mainloop

    def bye(self):
        _flush()


_screen = None


def Screen():
    """The one screen (CPython's Screen() is a singleton too)."""
    global _screen
    if _screen is None:
        _screen = _Screen()
        _send("reset")
    return _screen


def _color_arg(args, colormode):
    """A CSS color from turtle color arguments: a name or '#rrggbb', or r, g, b (0-1 or 0-255)."""
    if len(args) == 1:
        args = args[0]
        if isinstance(args, str):
            return args
    r, g, b = args
    if colormode == 1.0:
        if not all(0 <= c <= 1 for c in (r, g, b)):
            raise ValueError(f"bad color sequence: {(r, g, b)!r}")
        r, g, b = (round(c * 255) for c in (r, g, b))
    return f"rgb({int(r)}, {int(g)}, {int(b)})"


_SPEEDS = {"fastest": 0, "fast": 10, "normal": 6, "slow": 3, "slowest": 1}


class Turtle:
    """A turtle on the playground canvas (CPython's RawTurtle/Turtle methods of the same names)."""

    def __init__(self, shape="classic", visible=True):
        self.screen = Screen()
        self.screen._turtles.append(self)
        self._id = len(self.screen._turtles)
        self._visible = visible
        self._init_state()
        _send("new", self._id, visible)

    def _init_state(self):
        self._x = 0.0
        self._y = 0.0
        self._heading = 0.0
        self._pen = True
        self._pencolor = "black"
        self._fillcolor = "black"
        self._width = 1
        self._speed = 3
        self._fill_points = None
        self._degrees = 360.0

    # -- motion --
    def _go(self, x, y):
        x, y = float(x), float(y)
        if self._pen:
            _send("line", self._id, self._x, self._y, x, y, self._pencolor, self._width, self._speed)
        else:
            _send("move", self._id, x, y, self._speed)
        self._x, self._y = x, y
        if self._fill_points is not None:
            self._fill_points.append((x, y))

    def forward(self, distance):
        angle = math.radians(self._heading)
        self._go(self._x + distance * math.cos(angle), self._y + distance * math.sin(angle))

    def back(self, distance):
        self.forward(-distance)

    def _rotate(self, degrees):
        self._heading = (self._heading + degrees) % 360.0
        _send("turn", self._id, self._heading, self._speed)

    def left(self, angle):
        self._rotate(angle * 360.0 / self._degrees)

    def right(self, angle):
        self._rotate(-angle * 360.0 / self._degrees)

    def goto(self, x, y=None):
        if y is None:
            x, y = x
        self._go(x, y)

    def setx(self, x):
        self._go(x, self._y)

    def sety(self, y):
        self._go(self._x, y)

    def setheading(self, to_angle):
        self._heading = (to_angle * 360.0 / self._degrees) % 360.0
        _send("turn", self._id, self._heading, self._speed)

    def home(self):
        self.goto(0, 0)
        self.setheading(0)

    def circle(self, radius, extent=None, steps=None):
        """A polygon approximating the arc, as CPython's RawTurtle.circle computes it."""
        if extent is None:
            extent = self._degrees
        extent = extent * 360.0 / self._degrees
        if steps is None:
            frac = abs(extent) / 360.0
            steps = 1 + int(min(11 + abs(radius) / 6.0, 59.0) * frac)
        w = extent / steps
        w2 = 0.5 * w
        length = 2.0 * radius * math.sin(math.radians(w2))
        if radius < 0:
            length, w, w2 = -length, -w, -w2
        self._rotate(w2)
        for _ in range(steps):
            self.forward(length)
            self._rotate(w)
        self._rotate(-w2)

    def dot(self, size=None, *color):
        if size is None:
            size = max(self._width + 4, self._width * 2)
        css = _color_arg(color, self.screen._colormode) if color else self._pencolor
        _send("dot", self._id, self._x, self._y, size, css)

    def stamp(self):
        self.dot(10)
        return 0

    def write(self, arg, move=False, align="left", font=("Arial", 8, "normal")):
        name, size, style = (tuple(font) + ("Arial", 8, "normal")[len(font):])[:3]
        _send("write", self._id, self._x, self._y, str(arg), self._pencolor, align,
              f"{style if style != 'normal' else ''} {size}pt {name}".strip())

    # -- state --
    def position(self):
        return Vec2D(self._x, self._y)

    pos = position

    def xcor(self):
        return self._x

    def ycor(self):
        return self._y

    def heading(self):
        return self._heading * self._degrees / 360.0

    def towards(self, x, y=None):
        if y is None:
            x, y = x
        return (math.degrees(math.atan2(y - self._y, x - self._x)) % 360.0) * self._degrees / 360.0

    def distance(self, x, y=None):
        if y is None:
            x, y = x
        return math.hypot(x - self._x, y - self._y)

    def degrees(self, fullcircle=360.0):
        self._degrees = fullcircle

    def radians(self):
        self._degrees = 2 * math.pi

    def penup(self):
        self._pen = False

    def pendown(self):
        self._pen = True

    def isdown(self):
        return self._pen

    def pensize(self, width=None):
        if width is None:
            return self._width
        self._width = width

    def speed(self, speed=None):
        if speed is None:
            return self._speed
        speed = _SPEEDS.get(speed, speed)
        self._speed = int(round(speed)) if 0.5 < speed < 10.5 else 0

    def pencolor(self, *args):
        if not args:
            return self._pencolor
        self._pencolor = _color_arg(args, self.screen._colormode)

    def fillcolor(self, *args):
        if not args:
            return self._fillcolor
        self._fillcolor = _color_arg(args, self.screen._colormode)

    def color(self, *args):
        """color(c) sets both, color(pen, fill) each; no arguments give (pencolor, fillcolor)."""
        if not args:
            return self._pencolor, self._fillcolor
        if len(args) == 2:
            self.pencolor(args[0])
            self.fillcolor(args[1])
        elif len(args) == 3:
            self.pencolor(*args)
            self.fillcolor(*args)
        else:
            self.pencolor(args[0])
            self.fillcolor(args[0])

    def begin_fill(self):
        self._fill_points = [(self._x, self._y)]
        _send("beginfill", self._id)

    def end_fill(self):
        if self._fill_points is not None and len(self._fill_points) > 2:
            _send("endfill", self._id, self._fill_points, self._fillcolor)
        self._fill_points = None

    def filling(self):
        return self._fill_points is not None

    def hideturtle(self):
        self._visible = False
        _send("show", self._id, False)

    def showturtle(self):
        self._visible = True
        _send("show", self._id, True)

    def isvisible(self):
        return self._visible

    def shape(self, name=None):
        return "classic"

    def clear(self):
        _send("clearturtle", self._id)

    def reset(self):
        self._init_state()
        _send("resetturtle", self._id)

    def getscreen(self):
        return self.screen

    def done(self):
        _flush()

    fd = forward
    bk = backward = back
    lt = left
    rt = right
    setpos = setposition = goto
    seth = setheading
    pu = up = penup
    pd = down = pendown
    width = pensize
    ht = hideturtle
    st = showturtle


RawTurtle = Pen = Turtle


class Vec2D(tuple):
    """CPython's turtle.Vec2D: a 2-tuple with vector arithmetic."""

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __add__(self, other):
        return Vec2D(self[0] + other[0], self[1] + other[1])

    def __sub__(self, other):
        return Vec2D(self[0] - other[0], self[1] - other[1])

    def __mul__(self, other):
        if isinstance(other, Vec2D):
            return self[0] * other[0] + self[1] * other[1]
        return Vec2D(self[0] * other, self[1] * other)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec2D(-self[0], -self[1])

    def __abs__(self):
        return math.hypot(*self)

    def __repr__(self):
        return "(%.2f,%.2f)" % self


_default = None


def _turtle():
    global _default
    if _default is None:
        _default = Turtle()
    return _default


def _module_function(name):
    def call(*args, **kwargs):
        return getattr(_turtle(), name)(*args, **kwargs)
    call.__name__ = name
    call.__doc__ = getattr(Turtle, name).__doc__
    return call


_TURTLE_FUNCTIONS = [
    "forward", "fd", "back", "bk", "backward", "left", "lt", "right", "rt", "goto", "setpos",
    "setposition", "setx", "sety", "setheading", "seth", "home", "circle", "dot", "stamp", "write",
    "position", "pos", "xcor", "ycor", "heading", "towards", "distance", "degrees", "radians",
    "penup", "pu", "up", "pendown", "pd", "down", "isdown", "pensize", "width", "speed", "pencolor",
    "fillcolor", "color", "begin_fill", "end_fill", "filling", "hideturtle", "ht", "showturtle",
    "st", "isvisible", "shape", "clear", "reset",
]
for _name in _TURTLE_FUNCTIONS:
    globals()[_name] = _module_function(_name)
    __all__.append(_name)

_SCREEN_FUNCTIONS = ["bgcolor", "setup", "screensize", "title", "colormode", "tracer", "update",
                     "delay", "window_width", "window_height", "clearscreen", "resetscreen",
                     "exitonclick"]
for _name in _SCREEN_FUNCTIONS:
    globals()[_name] = (lambda name: lambda *a, **k: getattr(Screen(), name)(*a, **k))(_name)
    __all__.append(_name)


def done():
    _flush()


mainloop = done
bye = done
