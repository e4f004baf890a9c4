"""Shared helpers for the end-to-end tests: run the binary as a user does."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

BIN = os.environ.get("CRISIS_BIN", "crisis-timeline")
SOURCE_DIR = os.environ.get("CRISIS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.path.join(SOURCE_DIR, "..", "shared")


def run(*args, stdin=None, cwd=None):
    """Runs crisis-timeline with args; returns (exit status, stdout text, stderr text)."""
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, cwd=cwd, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def sanitized():
    """CRISIS_SANITIZED is set, or the binary is built with the address sanitizer (~3x slower)."""
    if os.environ.get("CRISIS_SANITIZED"):
        return True
    try:
        with open(shutil.which(BIN) or BIN, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="crisis-cli-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def timeline(self, out_dir):
        with open(os.path.join(out_dir, "timeline.json"), encoding="utf-8") as f:
            return json.load(f)
