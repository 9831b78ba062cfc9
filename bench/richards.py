# A Richards-style operating-system simulation: a scheduler picks the highest-priority runnable
# task; an idle task, a worker, two handlers and two devices pass packets between them. Method
# dispatch through subclasses, linked lists, attribute updates.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.buffer = [0] * BUFFER_SIZE

    def add_to(self, queue):
        """Appends self at the end of the queue; returns the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.next = kernel.tasks
        kernel.tasks = self
        kernel.table[ident] = self

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
        return pkt


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, IDLE, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.kernel.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        Task.__init__(self, kernel, WORKER, 1000, queue)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.kernel.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.count = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.buffer[i] = self.letter
        return self.kernel.send(pkt)


class HandlerTask(Task):
    def __init__(self, kernel, ident, queue):
        Task.__init__(self, kernel, ident, 2000 + ident, queue)
        self.work = None
        self.device = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.add_to(self.work)
            else:
                self.device = pkt.add_to(self.device)
        work = self.work
        if work is not None:
            if work.count < BUFFER_SIZE:
                dev = self.device
                if dev is not None:
                    self.device = dev.link
                    dev.count = work.buffer[work.count]
                    work.count += 1
                    return self.kernel.send(dev)
            else:
                self.work = work.link
                return self.kernel.send(work)
        return self.kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident):
        Task.__init__(self, kernel, ident, 4000 + ident, None)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.kernel.wait()
            self.pending = None
            return self.kernel.send(pkt)
        self.pending = pkt
        self.kernel.checksum = (self.kernel.checksum * 31 + pkt.count) % 1000003
        return self.kernel.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.sends = 0
        self.holds = 0
        self.checksum = 0

    def run(self):
        task = self.tasks
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.step(task.take_packet())
            else:
                task = task.next

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, pkt):
        self.sends += 1
        dest = self.table[pkt.dest]
        pkt.link = None
        pkt.dest = self.current.ident
        if dest.queue is None:
            dest.queue = pkt
            dest.waiting = False
            return dest if dest.priority > self.current.priority else self.current
        pkt.add_to(dest.queue)
        return self.current


def build_and_run(idle_count):
    k = Kernel()
    IdleTask(k, idle_count)
    work = Packet(Packet(None, WORKER, KIND_WORK), WORKER, KIND_WORK)
    WorkerTask(k, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(Packet(Packet(None, device, KIND_DEVICE), device, KIND_DEVICE), device, KIND_DEVICE)
        HandlerTask(k, handler, q)
    DeviceTask(k, DEVICE_A)
    DeviceTask(k, DEVICE_B)
    # the list is built newest first; order it by descending priority like a real scheduler
    tasks = []
    t = k.tasks
    while t is not None:
        tasks.append(t)
        t = t.next
    tasks.sort(key=lambda task: -task.priority)
    for a, b in zip(tasks, tasks[1:] + [None]):
        a.next = b
    k.tasks = tasks[0]
    k.run()
    return k


for rounds in (10000, 40000, 40000):
    k = build_and_run(rounds)
    print("idle=%d sends=%d holds=%d checksum=%d" % (rounds, k.sends, k.holds, k.checksum))
