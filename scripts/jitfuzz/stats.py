"""Parsing pyjit's --stats report: trace counters and abort reasons."""

import collections
import re


STAT_FIELDS = {"traces": r"traces compiled: (\d+)", "aborts": r"aborted recordings: (\d+)",
               "side": r"side traces: (\d+)", "trees": r"trace trees: (\d+)"}


def parse_stats(err):
    """Counters and abort reasons ("reason: detail" -> count) of a --stats report."""
    text = err.decode(errors="replace")
    text = text[text.rfind("\nJIT:\n"):] if "\nJIT:\n" in text else ""
    counts = collections.Counter()
    for key, pattern in STAT_FIELDS.items():
        m = re.search(pattern, text)
        counts[key] += int(m.group(1)) if m else 0
    aborts = collections.Counter()
    reason = None
    for line in text.splitlines():
        m = re.match(r"  abort: (.*) x(\d+)$", line)
        d = re.match(r"    (.*) x(\d+)$", line)
        if m:
            reason = m.group(1)
            aborts[reason] += int(m.group(2))
        elif d and reason:
            aborts[f"{reason} ({d.group(1)})"] += int(d.group(2))
        elif not line.startswith("    "):
            reason = None
    return counts, aborts
