"""Reading article sets: files, folders, JSON Lines, stdin, and bad input (issue 2)."""
import json
import os
import unittest

from clitest import SHARED_DIR, CliTest, run

GOOD = " date 2022-01-27 The ministers met on Wednesday in Geneva. Talks will resume next week.\n"


class Ingest(CliTest):
    def test_help_and_version(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        self.assertIn("crisis-timeline dates [--dct YYYY-MM-DD]", out)
        code, out, _ = run("--version")
        self.assertEqual(code, 0)
        self.assertRegex(out, r"^crisis-timeline \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2_with_a_message(self):
        code, _, err = run("frobnicate")
        self.assertEqual(code, 2)
        self.assertEqual(err, "crisis-timeline: unknown command 'frobnicate'\nTry 'crisis-timeline --help'.\n")
        code, _, err = run("build", self.tmp)
        self.assertEqual(code, 2)
        self.assertIn("crisis-timeline: missing -o DIR (the output folder)", err)
        code, _, err = run("dates", "--dct", "2022-02-30", "x.txt")
        self.assertEqual(code, 2)
        self.assertIn("option --dct takes a date YYYY-MM-DD, not '2022-02-30'", err)
        code, _, err = run("build", self.tmp, "-o", self.tmp, "--formats", "pdf")
        self.assertEqual(code, 2)
        self.assertIn("unknown format 'pdf'", err)

    @unittest.skipUnless(os.path.isdir(os.path.join(SHARED_DIR, "seeds")), "needs ../shared")
    def test_the_seed_is_read_with_its_header_date(self):
        out = os.path.join(self.tmp, "out")
        code, _, err = run("build", os.path.join(SHARED_DIR, "seeds"), "-o", out)
        self.assertEqual(code, 0, err)
        t = self.timeline(out)
        self.assertEqual(len(t["articles"]), 1)
        self.assertEqual(t["articles"][0]["date"], "2022-01-27")
        self.assertEqual([d["kind"] for d in t["diagnostics"]], ["read"])

    def test_a_broken_file_is_named_skipped_and_the_rest_is_processed(self):
        self.write("set/a-good.txt", GOOD)
        bad = self.write("set/b-broken.txt", b"date 2022-01-27 caf\xe9 talks\n")
        out = os.path.join(self.tmp, "out")
        code, _, err = run("build", os.path.join(self.tmp, "set"), "-o", out, "--quiet")
        self.assertEqual(code, 1)
        self.assertEqual(err, f"crisis-timeline: skipped {bad}: not valid UTF-8 (first bad byte at offset 19)\n")
        t = self.timeline(out)
        self.assertEqual([a["path"].endswith("a-good.txt") for a in t["articles"]], [True])
        kinds = {os.path.basename(d["input"]): (d["kind"], d["code"]) for d in t["diagnostics"]}
        self.assertEqual(kinds, {"a-good.txt": ("read", None), "b-broken.txt": ("skipped", "invalid_utf8")})

    def test_every_kind_of_bad_file_has_its_reason(self):
        self.write("set/empty.txt", b"")
        self.write("set/nodate.txt", "The talks failed.\n")
        self.write("set/baddate.txt", "date 2022-02-30 The talks failed.\n")
        self.write("set/onlyheader.txt", "date 2022-02-01\n")
        self.write("set/image.png", b"\x89PNG")
        code, _, err = run("build", os.path.join(self.tmp, "set"), "-o", os.path.join(self.tmp, "out"), "-q")
        self.assertEqual(code, 1)
        lines = sorted(l.replace(os.path.join(self.tmp, "set") + "/", "") for l in err.splitlines())
        self.assertEqual(lines, [
            "crisis-timeline: image.png: ignored: not an article file (a folder's .txt, .text, .jsonl, .ndjson and extensionless files are read)",
            "crisis-timeline: skipped baddate.txt: header date '2022-02-30' is not a calendar date",
            "crisis-timeline: skipped empty.txt: article is empty",
            "crisis-timeline: skipped nodate.txt: no article date: add a header line 'date YYYY-MM-DD' or pass --dct",
            "crisis-timeline: skipped onlyheader.txt: article has a date header but no text",
        ])
        t = self.timeline(os.path.join(self.tmp, "out"))
        self.assertEqual(sorted(d["kind"] for d in t["diagnostics"]), ["skipped"] * 4 + ["warning"])
        self.assertEqual(t["articles"], [])

    def test_files_beside_the_articles_are_listed_as_ignored_not_failures(self):
        self.write("set/a.txt", GOOD)
        self.write("set/README.md", "# notes")
        out = os.path.join(self.tmp, "out")
        code, _, err = run("build", os.path.join(self.tmp, "set"), "-o", out, "-q")
        self.assertEqual(code, 0)
        self.assertIn("README.md: ignored: not an article file", err)
        kinds = sorted((os.path.basename(d["input"]), d["kind"]) for d in self.timeline(out)["diagnostics"])
        self.assertEqual(kinds, [("README.md", "warning"), ("a.txt", "read")])

    def test_a_missing_file_is_named(self):
        missing = os.path.join(self.tmp, "nope.txt")
        code, _, err = run("dates", missing)
        self.assertEqual(code, 1)
        self.assertEqual(err, f"crisis-timeline: skipped {missing}: no such file\n")

    def test_dct_overrides_and_supplies_the_date(self):
        path = self.write("nodate.txt", "The envoys met yesterday.\n")
        code, out, _ = run("dates", "--dct", "2022-03-07", path)
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["dct"], "2022-03-07")

    def test_json_lines_records_are_articles_and_bad_lines_are_named(self):
        lines = [
            json.dumps({"id": "a", "date": "2022-02-14", "title": "T", "text": "Scholz flew to Kyiv on Monday."}),
            '{"id": "b", "text": "truncated',
            json.dumps({"id": "c", "text": "No date here."}),
            "",
            json.dumps({"id": "d", "date": "2022-02-15", "text": "Scholz met Putin on Tuesday."}),
        ]
        path = self.write("feed.jsonl", "\n".join(lines) + "\n")
        out = os.path.join(self.tmp, "out")
        code, _, err = run("build", path, "-o", out, "-q")
        self.assertEqual(code, 1)
        err_lines = err.splitlines()
        self.assertEqual(len(err_lines), 2)
        self.assertTrue(err_lines[0].startswith(f"crisis-timeline: skipped {path}:2: not valid JSON: "))
        self.assertEqual(err_lines[1], f"crisis-timeline: skipped {path}:3: no article date: add a header line 'date YYYY-MM-DD' or pass --dct")
        t = self.timeline(out)
        self.assertEqual(sorted(a["id"] for a in t["articles"]), ["a", "d"])
        self.assertEqual(sorted((d["line"], d["kind"]) for d in t["diagnostics"]),
                         [(1, "read"), (2, "skipped"), (3, "skipped"), (5, "read")])

    def test_stdin_text_and_stdin_json_lines(self):
        code, out, _ = run("dates", "-", stdin=GOOD.encode())
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["dct"], "2022-01-27")
        feed = json.dumps({"date": "2022-02-14", "text": "It happened today."}) + "\n"
        code, out, _ = run("dates", "-", stdin=feed.encode())
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out.splitlines()[0])["dct"], "2022-02-14")

    def test_dates_on_a_folder_prints_one_line_per_article_with_its_file(self):
        self.write("set/b.txt", GOOD)
        self.write("set/sub/a.txt", GOOD.replace("2022-01-27", "2022-02-01"))
        code, out, _ = run("dates", os.path.join(self.tmp, "set"))
        self.assertEqual(code, 0)
        rows = [json.loads(l) for l in out.splitlines()]
        self.assertEqual([os.path.relpath(r["file"], self.tmp) for r in rows], ["set/b.txt", "set/sub/a.txt"])
        self.assertEqual([r["dct"] for r in rows], ["2022-01-27", "2022-02-01"])

    def test_offsets_are_utf8_bytes_of_the_input_as_read(self):
        text = " date 2022-01-27 \u201cNo,\u201d said Kyiv \u2014 on Wednesday.\n"
        path = self.write("u.txt", text)
        code, out, _ = run("dates", path)
        self.assertEqual(code, 0)
        data = text.encode()
        for t in json.loads(out)["timexes"]:
            self.assertEqual(data[t["start"]:t["end"]].decode(), t["text"])

    def test_a_crlf_and_bom_article_is_read(self):
        path = self.write("crlf.txt", b"\xef\xbb\xbfdate 2022-01-27\r\nTalks failed on Monday.\r\n")
        code, out, err = run("dates", path)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["dct"], "2022-01-27")

    def test_an_output_folder_that_cannot_be_written_is_an_error(self):
        path = self.write("a.txt", GOOD)
        blocker = self.write("blocker", "a file, not a folder")
        code, _, err = run("build", path, "-o", os.path.join(blocker, "out"), "-q")
        self.assertEqual(code, 1)
        self.assertIn(f"crisis-timeline: cannot create output folder {blocker}/out", err)

    def test_outputs_are_written_atomically_no_temporary_left(self):
        path = self.write("a.txt", GOOD)
        out = os.path.join(self.tmp, "out")
        code, _, _ = run("build", path, "-o", out, "-q")
        self.assertEqual(code, 0)
        self.assertFalse([f for f in os.listdir(out) if ".tmp." in f])
        self.assertIn("timeline.json", os.listdir(out))


if __name__ == "__main__":
    unittest.main()
