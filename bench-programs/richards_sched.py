# args: 40
"""A richards-style operating-system task scheduler simulation.

Tasks (idle, worker, handlers, devices) exchange packets through a priority
scheduler.  Every task is an object whose class overrides `run`.
"""
import sys

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4


class SchedulerError(Exception):
    pass


class Packet:
    __slots__ = ("link", "dest", "kind", "datum", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue_head):
        """Append self at the end of the list starting at queue_head; return the new head."""
        self.link = None
        if queue_head is None:
            return self
        node = queue_head
        while node.link is not None:
            node = node.link
        node.link = self
        return queue_head

    def __repr__(self):
        kind = "work" if self.kind == KIND_WORK else "dev"
        return f"Packet({kind}, dest={self.dest}, datum={self.datum}, data={self.data})"


class Task:
    """Task control block plus behaviour; subclasses implement run()."""

    name = "task"

    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.next = None
        self.held = False
        self.waiting = queue is None
        self.runs = 0

    @property
    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def step(self):
        self.runs += 1
        packet = None
        if self.waiting and self.queue is not None:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
        return self.run(packet)

    def run(self, packet):
        raise NotImplementedError(self.name)

    def receive(self, packet, current):
        """Add packet to our queue; return the task that should run next."""
        if self.queue is None:
            self.queue = packet
            packet.link = None
            if self.priority > current.priority:
                return self
            return current
        self.queue = packet.append_to(self.queue)
        return current

    def __repr__(self):
        flags = ("H" if self.held else "-") + ("W" if self.waiting else "-")
        return f"<{self.name}#{self.ident} pri={self.priority} {flags} runs={self.runs}>"


class IdleTask(Task):
    name = "idle"

    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(ID_DEVICE_B)


class WorkerTask(Task):
    name = "worker"

    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.target = ID_HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait_current()
        self.target = ID_HANDLER_B if self.target == ID_HANDLER_A else ID_HANDLER_A
        packet.dest = self.target
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.sched.send(packet)


class HandlerTask(Task):
    name = "handler"

    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            index = work.datum
            if index >= DATA_SIZE:
                self.work_queue = work.link
                return self.sched.send(work)
            dev = self.device_queue
            if dev is not None:
                self.device_queue = dev.link
                dev.datum = work.data[index]
                work.datum = index + 1
                return self.sched.send(dev)
        return self.sched.wait_current()


class DeviceTask(Task):
    name = "device"

    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.pending = None
        self.output = 0

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.sched.wait_current()
            self.pending = None
            return self.sched.send(pending)
        self.pending = packet
        self.output = (self.output * 31 + packet.datum + self.ident) % 1000003
        return self.sched.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * NUM_TASKS
        self.head = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the task list ordered by descending priority
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return task
        node = self.head
        while node.next is not None and node.next.priority >= task.priority:
            node = node.next
        task.next = node.next
        node.next = task
        return task

    def find(self, ident):
        if not 0 <= ident < NUM_TASKS or self.tasks[ident] is None:
            raise SchedulerError(f"no task with id {ident}")
        return self.tasks[ident]

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.find(ident)
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.find(packet.dest)
        self.queue_count += 1
        packet.dest = self.current.ident
        return target.receive(packet, self.current)

    def run(self):
        task = self.head
        steps = 0
        while task is not None:
            if task.runnable:
                self.current = task
                task = task.step()
                steps += 1
            else:
                task = task.next
        return steps


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, ID_IDLE, 0, count))

    work = Packet(None, ID_WORKER, KIND_WORK)
    work = Packet(work, ID_WORKER, KIND_WORK)
    s.add(WorkerTask(s, ID_WORKER, 1000, work))

    for handler_id, device_id, pri in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                       (ID_HANDLER_B, ID_DEVICE_B, 3000)):
        q = Packet(None, device_id, KIND_DEVICE)
        q = Packet(q, device_id, KIND_DEVICE)
        q = Packet(q, device_id, KIND_DEVICE)
        s.add(HandlerTask(s, handler_id, pri, q))

    s.add(DeviceTask(s, ID_DEVICE_A, 4000, None))
    s.add(DeviceTask(s, ID_DEVICE_B, 5000, None))
    return s


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 25000
    rounds = 10
    total_q = total_h = 0
    for r in range(rounds):
        sched = build(count + r * 7)
        steps = sched.run()
        total_q += sched.queue_count
        total_h += sched.hold_count
        if r == 0 or r == rounds - 1:
            print(f"round {r}: count={count + r * 7} steps={steps} "
                  f"queued={sched.queue_count} held={sched.hold_count}")
            for t in sched.tasks:
                print("   ", t)
            outputs = [t.output for t in sched.tasks if isinstance(t, DeviceTask)]
            print("    device outputs:", outputs)
    print(f"total queued={total_q} held={total_h}")
    try:
        sched.find(NUM_TASKS + 1)
    except SchedulerError as exc:
        print("error check:", exc)
    p = Packet(None, ID_HANDLER_A, KIND_WORK)
    p.data = [1, 2, 3, 4]
    print(repr(p))


if __name__ == "__main__":
    main()
