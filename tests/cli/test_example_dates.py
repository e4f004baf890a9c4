"""The time expressions of the example sets (their EXPECTED.md tables) as `dates` gives them (issue 3).

Every required row must be found at its byte offsets with its TIMEX3 value; rows marked `no` may
be missed or read differently. Run as a script to print the score and every miss:
    CRISIS_BIN=build/dev/crisis-timeline python3 tests/cli/test_example_dates.py
"""
import json
import os
import re
import sys
import unittest

from clitest import SOURCE_DIR, run

SETS = ["ukraine-2022"]
ROW = re.compile(r"^\| (?P<text>[^|]+?) \| (?P<n>\d+) \| (?P<b>\d+)\u2013(?P<e>\d+) \| (?P<type>[A-Z]+) \| "
                 r"(?P<value>[^|]+?) \| (?P<req>yes|no) \|")
HEAD = re.compile(r"^### (?P<file>\S+\.txt) \(DCT")


def expected(set_name):
    """{file: [row dict]} from the '## Time expressions' section of the set's EXPECTED.md."""
    path = os.path.join(SOURCE_DIR, "examples", set_name, "EXPECTED.md")
    rows, current, inside = {}, None, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                inside = line.strip() == "## Time expressions"
            if not inside:
                continue
            if m := HEAD.match(line):
                current = m["file"]
                rows[current] = []
            elif (m := ROW.match(line)) and current:
                rows[current].append({**m.groupdict(), "b": int(m["b"]), "e": int(m["e"])})
    return rows


def compare(set_name):
    """(required rows, found right, misses as lines)."""
    required, right, misses = 0, 0, []
    for name, rows in sorted(expected(set_name).items()):
        path = os.path.join(SOURCE_DIR, "examples", set_name, name)
        code, out, err = run("dates", path)
        if code != 0:
            raise AssertionError(f"dates {path} exited {code}: {err}")
        got = {(t["start"], t["end"]): t for t in json.loads(out)["timexes"]}
        for r in rows:
            if r["req"] != "yes":
                continue
            required += 1
            t = got.get((r["b"], r["e"]))
            if t and t["value"] == r["value"].strip():
                right += 1
                continue
            near = [g for (b, e), g in got.items() if b < r["e"] and r["b"] < e]
            seen = ", ".join(f"{g['text']!r} {g['value']}" for g in near) or "nothing"
            misses.append(f"{name} {r['b']}-{r['e']} {r['text']!r}: want {r['value'].strip()}, got {seen}")
    return required, right, misses


class ExampleDates(unittest.TestCase):
    def test_every_required_time_expression_of_the_example_set(self):
        for set_name in SETS:
            required, right, misses = compare(set_name)
            self.assertGreater(required, 50)
            self.assertEqual(misses, [], f"{right}/{required} right")


if __name__ == "__main__":
    for s in SETS:
        req, ok, miss = compare(s)
        print("\n".join(miss))
        print(f"{s}: {ok}/{req} required time expressions right")
