"""A call past its time limit fails with ``TimeLimitExceeded``, also where the exception raised into
it is swallowed inside the call (a garbage-collector callback ignores exceptions; Dask's workers
run one), so that a slow document is never reported read."""
from __future__ import annotations

import threading
import time
from typing import Callable

import pytest

from dhr_extract.time_limit import TimeLimitExceeded, call_with_time_limit


def swallowing(seconds: float) -> Callable[[], str]:
    """A call that runs for ``seconds`` and ignores every exception raised into it meanwhile."""
    def run() -> str:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                sum(range(1000))
            except BaseException:  # noqa: BLE001 (what a garbage-collector callback's caller does)
                pass
        return "read"
    return run


def test_a_swallowed_limit_still_fails_the_call_in_the_main_thread() -> None:
    with pytest.raises(TimeLimitExceeded):
        call_with_time_limit(swallowing(1.0), 0.2)


def test_a_swallowed_limit_still_fails_the_call_in_another_thread() -> None:
    outcome: list[str] = []

    def run() -> None:
        try:
            outcome.append(call_with_time_limit(swallowing(1.0), 0.2))
        except TimeLimitExceeded:
            outcome.append("time limit")

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(10)
    assert outcome == ["time limit"]


def test_a_call_within_its_limit_gives_its_value() -> None:
    assert call_with_time_limit(lambda: "read", 5.0) == "read"
    assert call_with_time_limit(swallowing(0.05), 5.0) == "read"
