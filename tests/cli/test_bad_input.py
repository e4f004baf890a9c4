"""Hardening: bad input (issue "nothing lost"). Every case checks that the run does not crash,
that stderr names the input (and the line of a JSON Lines record) in so many words, that every
other article is still in the output, that `diagnostics` in timeline.json accounts for every
input, and the documented exit status: 0 all read, 1 something skipped or an output not
writable, 2 usage. See docs/limits.md."""
import json
import os
import shutil
import subprocess
import tempfile
import time
import unittest

from clitest import BIN, CliTest, run, sanitized




SANITIZED = sanitized()
GOOD = "date 2022-01-27 The ministers met on Wednesday in Geneva. Talks will resume next week.\n"
LIMIT = 16 * 1024 * 1024  # the default --max-article-bytes
LIMIT_MSG = "more than the limit of 16777216 (--max-article-bytes)"


class BadInput(CliTest):
    def setUp(self):
        super().setUp()
        self.set = os.path.join(self.tmp, "set")
        self.good = self.write("set/a-good.txt", GOOD)

    def build(self, *inputs, extra=()):
        """build INPUTS -o tmp/out -q; returns (status, stderr lines, timeline or None)."""
        out = os.path.join(self.tmp, "out")
        code, _, err = run("build", *(inputs or [self.set]), "-o", out, "-q", *extra)
        self.assertGreaterEqual(code, 0, f"killed by signal {-code}: {err[-2000:]}")
        path = os.path.join(out, "timeline.json")
        return code, err.splitlines(), (self.timeline(out) if os.path.exists(path) else None)

    def rel(self, path):
        return os.path.relpath(path, self.tmp) if path.startswith(self.tmp + os.sep) else path

    def diagnostics(self, t):
        """Every diagnostic as (input relative to tmp, line, kind, code), sorted."""
        return sorted((self.rel(d["input"]), d["line"] or 0, d["kind"], d["code"] or "") for d in t["diagnostics"])

    def check(self, code, err, t, status, err_lines, diagnostics, articles):
        """The exit status, stderr word for word (any order), the diagnostics and the articles
        (their paths, relative to tmp) of one run."""
        self.assertEqual(code, status, "\n".join(err))
        self.assertEqual(sorted(err), sorted(err_lines))
        self.assertIsNotNone(t, "no timeline.json written")
        self.assertEqual(self.diagnostics(t), sorted(diagnostics))
        self.assertEqual(sorted(self.rel(a["path"]) for a in t["articles"]), sorted(articles))
        # Every input has exactly one read or skipped entry.
        seen = [(d[0], d[1]) for d in self.diagnostics(t) if d[2] != "warning"]
        self.assertEqual(len(seen), len(set(seen)))

    # -- encodings ---------------------------------------------------------------------------

    def test_invalid_utf8_is_skipped_with_the_offset_of_the_first_bad_byte(self):
        latin1 = self.write("set/b-latin1.txt", b"date 2022-01-27 caf\xe9 talks in Geneva.\n")
        utf16 = self.write("set/c-utf16.txt", GOOD.encode("utf-16"))
        surrogate = self.write("set/d-surrogate.txt", b"date 2022-01-27 A \xed\xa0\x80 B.\n")
        overlong = self.write("set/e-overlong.txt", b"date 2022-01-27 A \xc0\xaf B.\n")
        feed = self.write("set/f-feed.jsonl", b'{"date": "2022-01-28", "text": "Talks failed on Monday."}\n'
                                              b'{"date": "2022-01-28", "text": "caf\xe9"}\n')
        code, err, t = self.build()
        msg = "crisis-timeline: skipped {}: not valid UTF-8 (first bad byte at offset {})"
        self.check(code, err, t, 1, [
            msg.format(latin1, 19), msg.format(utf16, 0), msg.format(surrogate, 18), msg.format(overlong, 18),
            msg.format(feed + ":2", "35 of the line"),
        ], [
            ("set/a-good.txt", 0, "read", ""), ("set/b-latin1.txt", 0, "skipped", "invalid_utf8"),
            ("set/c-utf16.txt", 0, "skipped", "invalid_utf8"), ("set/d-surrogate.txt", 0, "skipped", "invalid_utf8"),
            ("set/e-overlong.txt", 0, "skipped", "invalid_utf8"), ("set/f-feed.jsonl", 1, "read", ""),
            ("set/f-feed.jsonl", 2, "skipped", "invalid_utf8"),
        ], ["set/a-good.txt", "set/f-feed.jsonl:1"])

    def test_nul_bytes_are_read_with_a_warning(self):
        nul = self.write("set/b-nul.txt", b"date 2022-01-27 Talks\x00 failed on Monday.\n")
        feed = self.write("set/c-nul.jsonl", json.dumps({"date": "2022-01-28", "text": "Talks\u0000 on Monday."}) + "\n")
        code, err, t = self.build()
        warning = "contains NUL bytes (first at offset {}), read as text: is it UTF-16 or a binary file?"
        self.check(code, err, t, 0, [
            f"crisis-timeline: {nul}: " + warning.format(21), f"crisis-timeline: {feed}:1: " + warning.format(5),
        ], [
            ("set/a-good.txt", 0, "read", ""), ("set/b-nul.txt", 0, "read", ""), ("set/b-nul.txt", 0, "warning", ""),
            ("set/c-nul.jsonl", 1, "read", ""), ("set/c-nul.jsonl", 1, "warning", ""),
        ], ["set/a-good.txt", "set/b-nul.txt", "set/c-nul.jsonl:1"])

    def test_a_utf8_byte_order_mark_is_no_obstacle(self):
        bom = b"\xef\xbb\xbf"
        text = self.write("set/b-bom.txt", bom + b"date 2022-01-28 Talks failed on Monday.\n")
        self.write("set/c-bom.jsonl", bom + json.dumps({"date": "2022-01-29", "text": "Talks on Friday."}).encode() + b"\n")
        code, err, t = self.build()
        self.check(code, err, t, 0, [], [
            ("set/a-good.txt", 0, "read", ""), ("set/b-bom.txt", 0, "read", ""), ("set/c-bom.jsonl", 1, "read", ""),
        ], ["set/a-good.txt", "set/b-bom.txt", "set/c-bom.jsonl:1"])
        self.assertEqual(sorted(a["date"] for a in t["articles"]), ["2022-01-27", "2022-01-28", "2022-01-29"])
        # Offsets count the mark: they are bytes of the file as read.
        code, out, _ = run("dates", text)
        self.assertEqual(code, 0)
        with open(text, "rb") as f:
            data = f.read()
        self.assertEqual([data[x["start"]:x["end"]] for x in json.loads(out)["timexes"]], [b"Monday"])
        # On standard input too, JSON Lines after a byte order mark are JSON Lines.
        feed = bom + json.dumps({"date": "2022-01-29", "text": "Talks on Friday."}).encode() + b"\n"
        code, out, err = run("dates", "-", stdin=feed)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(json.loads(out)["dct"], "2022-01-29")

    def test_crlf_line_ends(self):
        self.write("set/b-crlf.txt", b"date 2022-01-28\r\nTalks in Geneva\r\nThe talks failed on Monday.\r\n")
        self.write("set/c-crlf.jsonl", (json.dumps({"date": "2022-01-29", "text": "Talks on Friday."}) + "\r\n"
                                        + json.dumps({"date": "2022-01-30", "text": "Talks on Sunday."}) + "\r\n").encode())
        code, err, t = self.build()
        self.check(code, err, t, 0, [], [
            ("set/a-good.txt", 0, "read", ""), ("set/b-crlf.txt", 0, "read", ""),
            ("set/c-crlf.jsonl", 1, "read", ""), ("set/c-crlf.jsonl", 2, "read", ""),
        ], ["set/a-good.txt", "set/b-crlf.txt", "set/c-crlf.jsonl:1", "set/c-crlf.jsonl:2"])
        titles = {self.rel(a["path"]): a["title"] for a in t["articles"]}
        self.assertEqual(titles["set/b-crlf.txt"], "Talks in Geneva")

    def test_text_in_other_scripts(self):
        texts = {
            "set/b-кириллица.txt": "date 2022-02-24 Москва и Киев\nПереговоры в Женеве. Talks failed on Monday.\n",
            "set/c-arabic.txt": "date 2022-02-24 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a "
                                "\u0641\u064a \u062c\u0646\u064a\u0641. Talks failed on Monday.\n",
            "set/d-emoji.txt": "date 2022-02-24 \U0001F1FA\U0001F1E6 \U0001F54A\uFE0F e\u0301 \u4f1a\u8c08 "
                               "Talks failed on Monday. \U0001F4A5\n",
        }
        paths = [self.write(name, text) for name, text in texts.items()]
        code, err, t = self.build()
        self.check(code, err, t, 0, [], [("set/a-good.txt", 0, "read", "")] + [(n, 0, "read", "") for n in texts],
                   ["set/a-good.txt", *texts])
        titles = {self.rel(a["path"]): a["title"] for a in t["articles"]}
        self.assertEqual(titles["set/b-кириллица.txt"], "Москва и Киев")
        for path in paths:
            code, out, err = run("dates", path)
            self.assertEqual((code, err), (0, ""))
            with open(path, "rb") as f:
                data = f.read()
            spans = [data[x["start"]:x["end"]].decode("utf-8") for x in json.loads(out)["timexes"]]
            self.assertEqual(spans, ["Monday"])

    # -- empty and header-only -----------------------------------------------------------------

    def test_empty_files(self):
        empty = self.write("set/b-empty.txt", b"")
        blank = self.write("set/c-blank.txt", b"  \r\n\t\n")
        jsonl = self.write("set/d-empty.jsonl", b"")
        blank_jsonl = self.write("set/e-blank.jsonl", b"\n \r\n\n")
        code, err, t = self.build()
        self.check(code, err, t, 1, [
            f"crisis-timeline: skipped {empty}: article is empty",
            f"crisis-timeline: skipped {blank}: article is empty",
            f"crisis-timeline: skipped {jsonl}: JSON Lines file has no records",
            f"crisis-timeline: skipped {blank_jsonl}: JSON Lines file has no records",
        ], [
            ("set/a-good.txt", 0, "read", ""), ("set/b-empty.txt", 0, "skipped", "empty"),
            ("set/c-blank.txt", 0, "skipped", "empty"), ("set/d-empty.jsonl", 0, "skipped", "empty"),
            ("set/e-blank.jsonl", 0, "skipped", "empty"),
        ], ["set/a-good.txt"])
        code, _, err = run("dates", "-", stdin=b"")
        self.assertEqual((code, err), (1, "crisis-timeline: skipped -: article is empty\n"))

    def test_a_file_of_only_a_header(self):
        names = {"set/b-header.txt": "date 2022-01-27\n", "set/c-no-newline.txt": "date 2022-01-27",
                 "set/d-bom-crlf.txt": "\ufeff date: 2022-01-27 \r\n\r\n"}
        paths = [self.write(n, text) for n, text in names.items()]
        code, err, t = self.build()
        self.check(code, err, t, 1, [f"crisis-timeline: skipped {p}: article has a date header but no text" for p in paths],
                   [("set/a-good.txt", 0, "read", "")] + [(n, 0, "skipped", "empty") for n in names], ["set/a-good.txt"])

    def test_impossible_header_dates(self):
        dates = {"b": "2022-02-30", "c": "0000-01-27", "d": "99999-01-27", "e": "2022-13-01", "f": "2021-02-29"}
        paths = {k: self.write(f"set/{k}.txt", f"date {d} The talks failed.\n") for k, d in dates.items()}
        feed = self.write("set/g.jsonl", "".join(json.dumps({"date": d, "text": "The talks failed."}) + "\n"
                                                 for d in ["2022-02-30", "0000-06-01", "99999-01-01"]))
        code, err, t = self.build()
        self.check(code, err, t, 1, [
            f"crisis-timeline: skipped {paths[k]}: header date '{d}' is not a calendar date" for k, d in dates.items()
        ] + [
            f"crisis-timeline: skipped {feed}:{i}: field \"date\" '{d}' is not a calendar date"
            for i, d in enumerate(["2022-02-30", "0000-06-01", "99999-01-01"], 1)
        ], [("set/a-good.txt", 0, "read", "")] + [(f"set/{k}.txt", 0, "skipped", "bad_date") for k in dates]
           + [("set/g.jsonl", i, "skipped", "bad_date") for i in (1, 2, 3)], ["set/a-good.txt"])

    # -- size ------------------------------------------------------------------------------------

    def test_a_50_mb_article_on_one_line_is_skipped_by_the_default_limit(self):
        size = 50 * 1024 * 1024
        body = b"The talks failed on Monday and resumed on Friday. " * (size // 50)
        big = self.write("set/b-big.txt", b"date 2022-01-27 " + body + b"\n")
        record = b'{"date": "2022-01-27", "text": "' + body + b'"}\n'
        feed = self.write("set/c-big.jsonl", record + json.dumps({"date": "2022-01-28", "text": "Talks on Friday."}).encode())
        started = time.monotonic()
        code, err, t = self.build()
        self.check(code, err, t, 1, [
            f"crisis-timeline: skipped {big}: article is {len(body) + 17} bytes, {LIMIT_MSG}",
            f"crisis-timeline: skipped {feed}:1: article is {len(body)} bytes, {LIMIT_MSG}",
        ], [
            ("set/a-good.txt", 0, "read", ""), ("set/b-big.txt", 0, "skipped", "too_large"),
            ("set/c-big.jsonl", 1, "skipped", "too_large"), ("set/c-big.jsonl", 2, "read", ""),
        ], ["set/a-good.txt", "set/c-big.jsonl:2"])
        # From a stream its size is not known in advance: reading stops at the limit.
        code, _, err = run("dates", "-", stdin=b"date 2022-01-27 " + body)
        self.assertEqual((code, err), (1, "crisis-timeline: skipped -: article is more than the limit of "
                                          "16777216 bytes (--max-article-bytes)\n"))
        self.assertLess(time.monotonic() - started, 60)

    def test_a_long_single_line_within_the_limit_is_processed(self):
        n = 1 if SANITIZED else 4
        line = b"date 2022-01-27 " + b"The talks failed on Monday and resumed on Friday. " * (n * 20000)
        path = self.write("long.txt", line)
        code, out, err = run("dates", path)
        self.assertEqual((code, err), (0, ""))
        timexes = json.loads(out)["timexes"]
        self.assertEqual(len(timexes), n * 40000)
        self.assertEqual(line[timexes[-1]["start"]:timexes[-1]["end"]], b"Friday")

    def test_max_article_bytes_exceeded(self):
        big = self.write("set/b-big.txt", "date 2022-01-27 " + "Talks failed. " * 20)
        feed = self.write("set/c-feed.jsonl", json.dumps({"date": "2022-01-27", "text": "Talks on Monday."}) + "\n"
                          + json.dumps({"date": "2022-01-27", "text": "Talks failed. " * 20}) + "\n"
                          + json.dumps({"date": "2022-01-27", "text": "x" * 70000}) + "\n")
        code, err, t = self.build(extra=("--max-article-bytes", "100"))
        self.check(code, err, t, 1, [
            f"crisis-timeline: skipped {big}: article is 296 bytes, more than the limit of 100 (--max-article-bytes)",
            f"crisis-timeline: skipped {feed}:2: article is 280 bytes, more than the limit of 100 (--max-article-bytes)",
            f"crisis-timeline: skipped {feed}:3: record is 70034 bytes, more than six times the limit of 100 "
            "(--max-article-bytes)",
        ], [
            ("set/a-good.txt", 0, "read", ""), ("set/b-big.txt", 0, "skipped", "too_large"),
            ("set/c-feed.jsonl", 1, "read", ""), ("set/c-feed.jsonl", 2, "skipped", "too_large"),
            ("set/c-feed.jsonl", 3, "skipped", "too_large"),
        ], ["set/a-good.txt", "set/c-feed.jsonl:1"])
        # An endless device is read only up to the limit.
        if os.path.exists("/dev/zero"):
            code, _, err = run("dates", "--max-article-bytes", "1000", "/dev/zero")
            self.assertEqual((code, err), (1, "crisis-timeline: skipped /dev/zero: article is more than the limit of "
                                              "1000 bytes (--max-article-bytes)\n"))
        for bad in ("0", "-5", "12k", ""):
            code, _, err = run("dates", "--max-article-bytes", bad, self.good)
            self.assertEqual((code, err), (2, f"crisis-timeline: option --max-article-bytes takes a positive whole "
                                              f"number, not '{bad}'\nTry 'crisis-timeline --help'.\n"))
        code, _, err = run("dates", "--max-article-bytes", "4294967296", self.good)
        self.assertEqual((code, err), (2, "crisis-timeline: option --max-article-bytes takes at most 4294967295, not "
                                          "'4294967296'\nTry 'crisis-timeline --help'.\n"))

    def test_100000_tiny_files(self):
        # 100,000 by default (the build itself takes about 12 s with the release build on a
        # loaded 2-core machine, docs/limits.md); sanitized builds are ~3x slower: a tenth.
        # CRISIS_TINY_FILES sets another count. The files go to /dev/shm when there is one:
        # creating and removing 100,000 files on a disk costs minutes.
        count = int(os.environ.get("CRISIS_TINY_FILES", 10000 if SANITIZED else 100000))
        base = tempfile.mkdtemp(prefix="crisis-tiny-", dir="/dev/shm" if os.path.isdir("/dev/shm") else self.tmp)
        self.addCleanup(shutil.rmtree, base, True)
        folder = os.path.join(base, "many")
        for d in range(100):
            os.makedirs(os.path.join(folder, f"{d:02d}"))
        for i in range(count):
            with open(os.path.join(folder, f"{i % 100:02d}", f"{i:06d}.txt"), "w") as f:
                f.write(f"date 2022-{1 + i % 12:02d}-{1 + i % 28:02d} Note {i} on the talks.\n")
        code, err, t = self.build(folder, extra=("-j", "2"))
        self.assertEqual((code, err), (0, []))
        self.assertEqual(len(t["articles"]), count)
        self.assertEqual(len(t["diagnostics"]), count)
        self.assertEqual({d["kind"] for d in t["diagnostics"]}, {"read"})

    # -- JSON Lines --------------------------------------------------------------------------------

    def test_deeply_nested_and_truncated_json_lines(self):
        good = lambda d, text: json.dumps({"date": d, "text": text})
        lines = [
            good("2022-01-28", "Talks failed on Monday."),
            '{"date": "2022-01-28", "text": "x", "n": ' + "[" * 100000 + "]" * 100000 + "}",
            "[" * 1000000,
            '{"a": ' * 300000,
            '{"date": "2022-01-28", "text": "x", "n": ' + "[" * 500 + "]" * 500 + "}",
            '{"date": "2022-01-27", "text": "Talks fa',
            '{"date": "2022-01-27", "text": "' + "word " * 100000,
            '[1, 2]',
            '{"date": "2022-01-27", "text": 5}',
            good("2022-01-29", "Talks resumed on Friday."),
            '{"date": "2022-01-3',  # the last line, without its newline
        ]
        feed = self.write("set/b-feed.jsonl", "\n".join(lines))
        code, err, t = self.build()
        deep = "record nests arrays or objects more than 1000 levels deep"
        long_token = next(l for l in err if f"{feed}:7:" in l)
        self.assertTrue(long_token.endswith("..."), long_token)
        self.assertLess(len(long_token), 300)
        self.check(code, err, t, 1, [
            f"crisis-timeline: skipped {feed}:2: {deep}",
            f"crisis-timeline: skipped {feed}:3: {deep}",
            f"crisis-timeline: skipped {feed}:4: {deep}",
            f"crisis-timeline: skipped {feed}:6: not valid JSON: parse error at line 1, column 41: syntax error while "
            "parsing value - invalid string: missing closing quote; last read: '\"Talks fa'",
            long_token,
            f"crisis-timeline: skipped {feed}:8: record is not a JSON object",
            f"crisis-timeline: skipped {feed}:9: record has no string field \"text\"",
            f"crisis-timeline: skipped {feed}:11: not valid JSON: parse error at line 1, column 20: syntax error while "
            "parsing value - invalid string: missing closing quote; last read: '\"2022-01-3'",
        ], [("set/a-good.txt", 0, "read", "")]
           + [("set/b-feed.jsonl", i, "read", "") for i in (1, 5, 10)]
           + [("set/b-feed.jsonl", i, "skipped", "malformed_record") for i in (2, 3, 4, 6, 7, 8, 9, 11)],
           ["set/a-good.txt", "set/b-feed.jsonl:1", "set/b-feed.jsonl:10", "set/b-feed.jsonl:5"])

    def test_a_number_out_of_range_in_a_record(self):  # found by fuzz_ingest: it aborted the run
        feed = self.write("set/b-feed.jsonl", '{"date": "2022-01-28", "text": "Talks.", "n": [3e3333]}\n'
                          + json.dumps({"date": "2022-01-29", "text": "Talks on Friday."}) + "\n")
        code, err, t = self.build()
        self.check(code, err, t, 1, [f"crisis-timeline: skipped {feed}:1: not valid JSON: number overflow parsing '3e3333'"],
                   [("set/a-good.txt", 0, "read", ""), ("set/b-feed.jsonl", 1, "skipped", "malformed_record"),
                    ("set/b-feed.jsonl", 2, "read", "")], ["set/a-good.txt", "set/b-feed.jsonl:2"])

    # -- the file system ---------------------------------------------------------------------------

    def test_a_directory_loop_through_a_symlink_is_read_once(self):
        sub = self.write("set/sub/b.txt", GOOD.replace("2022-01-27", "2022-01-28"))
        os.symlink("..", os.path.join(self.set, "sub", "up"))
        os.symlink(".", os.path.join(self.set, "self"))
        code, err, t = self.build()
        loop = "folder already read through another path (symlink loop?)"
        self.check(code, err, t, 0, [
            f"crisis-timeline: {self.set}/self: {loop}", f"crisis-timeline: {self.set}/sub/up: {loop}",
        ], [
            ("set/a-good.txt", 0, "read", ""), ("set/self", 0, "warning", ""), ("set/sub/b.txt", 0, "read", ""),
            ("set/sub/up", 0, "warning", ""),
        ], ["set/a-good.txt", self.rel(sub)])

    def test_unreadable_inputs(self):
        # We may run as root, where chmod 000 does not stop reading: these paths fail for anyone.
        os.symlink(os.path.join(self.tmp, "nowhere.txt"), os.path.join(self.set, "b-dangling.txt"))
        os.mkfifo(os.path.join(self.set, "c-fifo.txt"))
        blocker = self.write("blocker", "a file, not a folder")
        under_file = os.path.join(blocker, "x.txt")
        missing = os.path.join(self.tmp, "missing.txt")
        named = [self.set, under_file, missing]
        expected_err = [
            f"crisis-timeline: skipped {self.set}/b-dangling.txt: broken symbolic link",
            f"crisis-timeline: skipped {self.set}/c-fifo.txt: not a regular file (a FIFO, socket or device is not read "
            "from a folder; name it on the command line to read it)",
            f"crisis-timeline: skipped {under_file}: cannot open file: Not a directory",
            f"crisis-timeline: skipped {missing}: no such file",
        ]
        expected = [("set/a-good.txt", 0, "read", ""), ("set/b-dangling.txt", 0, "skipped", "unreadable"),
                    ("set/c-fifo.txt", 0, "skipped", "unreadable"), ("blocker/x.txt", 0, "skipped", "unreadable"),
                    ("missing.txt", 0, "skipped", "unreadable")]
        if os.path.exists("/proc/self/mem"):  # opens, but reading it at offset 0 fails (EIO)
            named.append("/proc/self/mem")
            expected_err.append("crisis-timeline: skipped /proc/self/mem: read error: Input/output error")
            expected.append(("/proc/self/mem", 0, "skipped", "unreadable"))
        code, err, t = self.build(*named)
        self.check(code, err, t, 1, expected_err, expected, ["set/a-good.txt"])

    def test_a_file_without_read_permission(self):
        path = self.write("set/b-secret.txt", GOOD)
        os.chmod(path, 0)
        try:
            with open(path, "rb"):
                self.skipTest("running as root: chmod 000 does not stop reading (test_unreadable_inputs "
                              "covers unreadable paths that fail for anyone)")
        except PermissionError:
            pass
        code, err, t = self.build()
        self.check(code, err, t, 1, [f"crisis-timeline: skipped {path}: cannot open file: Permission denied"],
                   [("set/a-good.txt", 0, "read", ""), ("set/b-secret.txt", 0, "skipped", "unreadable")],
                   ["set/a-good.txt"])

    # -- outputs -----------------------------------------------------------------------------------

    def test_an_output_folder_that_cannot_be_written(self):
        blocker = self.write("blocker", "a file, not a folder")
        code, _, err = run("build", self.set, "-o", os.path.join(blocker, "out"), "-q")
        self.assertEqual((code, err), (1, f"crisis-timeline: cannot create output folder {blocker}/out: Not a directory\n"))
        code, _, err = run("build", self.set, "-o", blocker, "-q")
        self.assertEqual((code, err), (1, f"crisis-timeline: cannot create output folder {blocker}: Not a directory\n"))
        # One output that cannot be replaced (a folder in its place): the others are written.
        out = os.path.join(self.tmp, "out")
        os.makedirs(os.path.join(out, "timeline.html"))
        code, _, err = run("build", self.set, "-o", out, "-q")
        self.assertEqual((code, err), (1, f"crisis-timeline: cannot write {out}/timeline.html: Is a directory\n"))
        self.assertEqual(self.diagnostics(self.timeline(out)), [("set/a-good.txt", 0, "read", "")])
        self.assertFalse([f for f in os.listdir(out) if ".tmp." in f])

    def test_an_output_folder_inside_the_input_folder_is_not_read_back(self):
        out = os.path.join(self.set, "out")
        for _ in range(2):  # the second run finds the outputs of the first
            code, _, err = run("build", self.set, "-o", out, "-q")
        self.assertEqual((code, err), (0, f"crisis-timeline: {out}: ignored: the output folder (-o)\n"))
        self.assertEqual(self.diagnostics(self.timeline(out)),
                         [("set/a-good.txt", 0, "read", ""), ("set/out", 0, "warning", "")])

    def test_json_lines_on_standard_input_name_each_record(self):
        feed = "".join(json.dumps({"date": f"2022-01-2{i}", "text": "Talks on Monday."}) + "\n" for i in (7, 8))
        code, out, err = run("dates", "-", stdin=feed.encode())
        self.assertEqual((code, err), (0, ""))
        self.assertEqual([json.loads(l)["file"] for l in out.splitlines()], ["-:1", "-:2"])

    def test_merge_inputs_that_hold_no_records(self):
        code, parts, _ = run("extract", self.good)
        self.assertEqual(code, 0)
        good = self.write("good.ndjson", parts)
        empty = self.write("empty.ndjson", "")
        missing = os.path.join(self.tmp, "missing.ndjson")
        out = os.path.join(self.tmp, "out")
        code, _, err = run("merge", good, self.set, empty, missing, "-o", out)
        self.assertEqual(code, 1)
        self.assertEqual(err.splitlines(), [
            f"crisis-timeline: skipped {self.set}: is a folder (merge reads files of extract records or timeline.json files)",
            f"crisis-timeline: skipped {empty}: no extract records in the file",
            f"crisis-timeline: skipped {missing}: no such file",
        ])
        self.assertEqual(self.diagnostics(self.timeline(out)), [("set/a-good.txt", 0, "read", "")])

    def test_a_format_named_twice_is_written_once(self):
        out = os.path.join(self.tmp, "out")
        code, _, err = run("build", self.set, "-o", out, "-q", "--formats", "json,csv,json")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(sorted(os.listdir(out)), ["events.csv", "timeline.json"])

    def test_standard_output_that_cannot_be_written(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        for cmd in (["dates", self.good], ["extract", self.good]):
            with open("/dev/full", "wb") as full:
                p = subprocess.run([BIN, *cmd], stdout=full, stderr=subprocess.PIPE, timeout=60)
            self.assertEqual((p.returncode, p.stderr.decode()), (1, "crisis-timeline: cannot write standard output\n"))


if __name__ == "__main__":
    unittest.main()
