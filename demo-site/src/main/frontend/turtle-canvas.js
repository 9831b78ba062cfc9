// The turtle panel: replays the drawing commands of our Python turtle module (webapp/python/turtle.py)
// on a canvas, animating each move and turn at the turtle's speed (0 = instant, 1 slowest .. 10).

const PIXELS_PER_FRAME = 3;   // times the speed
const DEGREES_PER_FRAME = 5;  // times the speed

export class TurtleCanvas {
  constructor(canvas, onIdle) {
    this.canvas = canvas;
    this.onIdle = onIdle || (() => {});
    this.queue = [];
    this.running = false;
    this.reset();
  }

  reset() {
    this.frames = 0;
    this.queue.length = 0;
    this.items = [];
    this.turtles = new Map();
    this.fillStarts = new Map();
    this.background = "white";
    this.current = null;
    this.resize(640, 480);
  }

  resize(width, height) {
    this.canvas.width = width;
    this.canvas.height = height;
    this.draw();
  }

  get idle() {
    return this.queue.length === 0 && this.current === null;
  }

  /** Adds commands from Python ([op, turtleId, ...]) and starts the animation loop. */
  push(commands) {
    this.queue.push(...commands);
    if (!this.running) {
      this.running = true;
      requestAnimationFrame(() => this.frame());
    }
  }

  turtle(id) {
    let t = this.turtles.get(id);
    if (!t) {
      t = { x: 0, y: 0, heading: 0, visible: true, color: "black" };
      this.turtles.set(id, t);
    }
    return t;
  }

  frame() {
    this.frames++;
    let budget = 1; // one animated step per frame; instant commands take no budget
    while (budget > 0 && (this.current || this.queue.length > 0)) {
      if (!this.current) this.current = this.start(this.queue.shift());
      if (!this.current) continue;
      if (this.current.advance()) this.current = null;
      else budget--;
    }
    this.draw();
    if (this.current || this.queue.length > 0) {
      requestAnimationFrame(() => this.frame());
    } else {
      this.running = false;
      this.onIdle();
    }
  }

  /** Applies an instant command (returns null) or returns an animation {advance() -> done}. */
  start(command) {
    const [op, id, ...a] = command;
    switch (op) {
      case "line": case "move": {
        const t = this.turtle(id);
        const [x1, y1, x2, y2, color, width, speed] = op === "line" ? a : [t.x, t.y, a[0], a[1], null, 0, a[2]];
        const item = op === "line" ? { kind: "line", x1, y1, x2: x1, y2: y1, color, width } : null;
        if (item) this.items.push(item);
        t.color = color || t.color;
        const length = Math.hypot(x2 - x1, y2 - y1);
        const steps = speed === 0 ? 1 : Math.max(1, Math.ceil(length / (speed * PIXELS_PER_FRAME)));
        let step = 0;
        return { advance: () => {
          step++;
          const f = step / steps;
          t.x = x1 + (x2 - x1) * f;
          t.y = y1 + (y2 - y1) * f;
          if (item) { item.x2 = t.x; item.y2 = t.y; }
          return step >= steps;
        } };
      }
      case "turn": {
        const t = this.turtle(id);
        const [heading, speed] = a;
        let delta = ((heading - t.heading) % 360 + 540) % 360 - 180;
        const steps = speed === 0 ? 1 : Math.max(1, Math.ceil(Math.abs(delta) / (speed * DEGREES_PER_FRAME)));
        const from = t.heading;
        let step = 0;
        return { advance: () => {
          step++;
          t.heading = from + delta * step / steps;
          return step >= steps;
        } };
      }
      case "new": this.turtle(id).visible = a[0]; return null;
      case "show": this.turtle(id).visible = a[0]; return null;
      case "dot": this.items.push({ kind: "dot", x: a[0], y: a[1], size: a[2], color: a[3] }); return null;
      case "write":
        this.items.push({ kind: "text", x: a[0], y: a[1], text: a[2], color: a[3], align: a[4], font: a[5] });
        return null;
      case "beginfill": this.fillStarts.set(id, this.items.length); return null;
      case "endfill": {
        const at = this.fillStarts.has(id) ? this.fillStarts.get(id) : this.items.length;
        this.items.splice(at, 0, { kind: "fill", points: a[0], color: a[1] });
        return null;
      }
      case "bg": this.background = id; return null;
      case "setup": this.resize(id, a[0]); return null;
      case "title": document.title = id; return null;
      case "clear": this.items = []; return null;
      case "reset": this.items = []; this.turtles.clear(); this.background = "white"; return null;
      case "clearturtle": this.items = []; return null;
      case "resetturtle": this.turtles.delete(id); return null;
      default: console.warn("turtle: unknown command", op); return null;
    }
  }

  draw() {
    const c = this.canvas.getContext("2d");
    const w = this.canvas.width;
    const h = this.canvas.height;
    const X = (x) => w / 2 + x;
    const Y = (y) => h / 2 - y;
    c.fillStyle = this.background;
    c.fillRect(0, 0, w, h);
    c.lineCap = "round";
    c.lineJoin = "round";
    for (const it of this.items) {
      if (it.kind === "line") {
        c.strokeStyle = it.color;
        c.lineWidth = it.width;
        c.beginPath();
        c.moveTo(X(it.x1), Y(it.y1));
        c.lineTo(X(it.x2), Y(it.y2));
        c.stroke();
      } else if (it.kind === "fill") {
        c.fillStyle = it.color;
        c.beginPath();
        it.points.forEach(([x, y], i) => (i === 0 ? c.moveTo(X(x), Y(y)) : c.lineTo(X(x), Y(y))));
        c.closePath();
        c.fill();
      } else if (it.kind === "dot") {
        c.fillStyle = it.color;
        c.beginPath();
        c.arc(X(it.x), Y(it.y), it.size / 2, 0, 2 * Math.PI);
        c.fill();
      } else if (it.kind === "text") {
        c.fillStyle = it.color;
        c.font = it.font;
        c.textAlign = it.align;
        c.fillText(it.text, X(it.x), Y(it.y));
      }
    }
    for (const t of this.turtles.values()) {
      if (!t.visible) continue;
      const a = (t.heading * Math.PI) / 180;
      c.save();
      c.translate(X(t.x), Y(t.y));
      c.rotate(-a);
      c.fillStyle = t.color;
      c.strokeStyle = "#222";
      c.lineWidth = 1;
      c.beginPath();
      c.moveTo(10, 0);
      c.lineTo(-6, 6);
      c.lineTo(-3, 0);
      c.lineTo(-6, -6);
      c.closePath();
      c.fill();
      c.stroke();
      c.restore();
    }
  }
}
