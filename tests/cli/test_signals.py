"""Hardening: a build killed by SIGINT or SIGTERM in the middle (while it reads and analyses, or
while it writes its outputs) leaves the previous outputs of its -o DIR intact, byte for byte,
and no temporary file behind (docs/limits.md)."""
import datetime
import json
import os
import shutil
import signal
import subprocess
import time
import unittest

from clitest import BIN, CliTest, run, sanitized




SANITIZED = sanitized()
TEXT = ("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva on Friday. "
        "Lavrov demanded security guarantees from NATO. Germany halted the pipeline on Tuesday, a day after "
        "Moscow recognised the separatist regions. Britain sanctioned five Russian banks. ")


class Signals(CliTest):
    def setUp(self):
        super().setUp()
        self.out = os.path.join(self.tmp, "out")
        small = self.write("small.txt", "date 2022-01-27 " + TEXT)
        code, _, err = run("build", small, "-o", self.out, "-q")
        self.assertEqual(code, 0, err)
        self.before = self.snapshot()
        # Big enough that the run is still going when the signal comes half a second in (about 4 s
        # in a release build on 2 cores; 3,000 articles took 0.5 s, too close); every article on its
        # own day, so no merge is large.
        count = 6000 if SANITIZED else 20000
        start = datetime.date(2015, 1, 1)
        self.big = self.write("big.jsonl", "".join(
            json.dumps({"date": (start + datetime.timedelta(days=i)).isoformat(), "text": f"Report {i}. {TEXT}"}) + "\n"
            for i in range(count)))

    def snapshot(self):
        files = {}
        for name in os.listdir(self.out):
            with open(os.path.join(self.out, name), "rb") as f:
                files[name] = f.read()
        return files

    def start(self):
        return subprocess.Popen([BIN, "build", self.big, "-o", self.out, "-q", "-j", "2"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def finish(self, p, sig):
        _, err = p.communicate(timeout=120)
        self.assertEqual(p.returncode, -sig, err.decode("utf-8", "replace"))
        after = self.snapshot()
        self.assertEqual(sorted(after), sorted(self.before), "a temporary or a new file was left behind")
        for name, data in self.before.items():
            self.assertTrue(after[name] == data, f"{name} changed")

    def kill_while_reading(self, sig):
        p = self.start()
        time.sleep(0.5)
        self.assertIsNone(p.poll(), "the run ended before the signal: make the input bigger")
        p.send_signal(sig)
        self.finish(p, sig)

    def kill_while_writing(self, sig):
        """Sends the signal as soon as the temporary of a second output appears in the folder
        (timeline.json is written first): by then one output is complete but not in place."""
        p = self.start()
        deadline = time.monotonic() + 120
        while not any(".tmp." in name and not name.startswith("timeline.json.") for name in os.listdir(self.out)):
            self.assertIsNone(p.poll(), "the run ended before a second temporary output was seen")
            self.assertLess(time.monotonic(), deadline)
            time.sleep(0.001)
        p.send_signal(sig)
        self.finish(p, sig)

    def test_sigint_while_reading(self):
        self.kill_while_reading(signal.SIGINT)

    def test_sigterm_while_reading(self):
        self.kill_while_reading(signal.SIGTERM)

    def test_sigint_while_writing(self):
        self.kill_while_writing(signal.SIGINT)

    def test_sigterm_while_writing(self):
        self.kill_while_writing(signal.SIGTERM)

    def test_an_uninterrupted_run_replaces_every_output(self):
        code, _, err = run("build", self.big, "-o", self.out, "-q", "-j", "2")
        self.assertEqual(code, 0, err)
        after = self.snapshot()
        self.assertEqual(sorted(after), sorted(self.before))
        self.assertTrue(all(after[name] != self.before[name] for name in after))


if __name__ == "__main__":
    unittest.main()
