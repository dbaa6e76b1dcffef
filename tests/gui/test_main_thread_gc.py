"""Garbage collection happens on the GUI thread only (a Qt object destroyed in a worker crashes the app)."""

import gc
import threading

from kamdesk.gui.main_thread_gc import MainThreadCollector


class Cycle:
    def __init__(self):
        self.me = self


def test_a_worker_thread_never_collects(qapp):
    gc.enable()  # as Python starts; the collector must switch it off
    collector = MainThreadCollector(qapp)
    try:
        collected_in = []
        gc.callbacks.append(lambda phase, info: collected_in.append(threading.current_thread()))

        def allocate():
            for _ in range(50_000):
                Cycle()

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert worker not in collected_in
        assert collector.collect_due() > 0  # the cycles are collected once the GUI thread's timer runs
        assert collected_in and set(collected_in) == {threading.main_thread()}
    finally:
        gc.callbacks.pop()
        collector.timer.stop()
        collector.deleteLater()
