"""Measuring whether the event loop was blocked: a timer that notes when it fires."""

import time

from PySide6.QtCore import QTimer

TICK_MS = 5


class Heartbeat:
    """`with Heartbeat() as beat: ...` then `beat.longest_gap_ms()`: the longest time no tick could fire."""

    def __enter__(self) -> "Heartbeat":
        self.ticks = [time.perf_counter()]
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    def longest_gap_ms(self) -> float:
        return max(later - earlier for earlier, later in zip(self.ticks, self.ticks[1:])) * 1000
