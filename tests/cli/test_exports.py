"""Every export read by a real consumer: jsonschema, xml.etree, csv, json, TimelineJS3's fields;
--formats; atomic replacement; and input order (command line, file names, JSON Lines order)
changes no output byte."""
import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

from clitest import SOURCE_DIR, CliTest, run

try:
    import jsonschema
except ImportError:  # pragma: no cover - python3-jsonschema is a test dependency
    jsonschema = None

TXT_SET = os.path.join(SOURCE_DIR, "examples", "ukraine-2022")
JSONL = os.path.join(SOURCE_DIR, "examples", "ukraine-2022-jsonl", "articles.jsonl")
SCHEMA = os.path.join(SOURCE_DIR, "schema", "timeline.schema.json")
OUTPUTS = ["events.csv", "events.ndjson", "graph.dot", "graph.gexf", "graph.graphml", "timeline.html",
           "timeline.json", "timelinejs.json"]
# Outputs that name no input path: identical bytes whatever the files are called.
PATH_FREE = ["events.csv", "events.ndjson", "graph.dot", "graph.gexf", "graph.graphml"]
CSV_COLUMNS = ["id", "date", "precision", "start", "end", "date_inferred", "cameo", "label", "quad_class",
               "goldstein", "status", "source", "target", "source_names", "target_names", "summary",
               "confidence", "storyline", "reports", "articles", "alternative_dates", "evidence_article",
               "evidence_text"]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


def txt_articles():
    return sorted(os.path.join(TXT_SET, f) for f in os.listdir(TXT_SET) if f.endswith(".txt"))


def read_bytes(folder):
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            out[name] = f.read()
    return out


def graph_counts(t):
    """(nodes, edges) the graph formats must hold, from timeline.json: actors (listed or named by
    an event) and events; actor→event role edges and event→event edges."""
    actors = {a["id"] for a in t["actors"]}
    for e in t["events"]:
        actors.update(e["source"] + e["target"])
    roles = sum(len(e["source"]) + len(e["target"]) for e in t["events"])
    return len(actors) + len(t["events"]), roles + len(t["event_edges"])


def typed(kind, text):
    """Parses an attribute value as its declared GraphML/GEXF type (raises when it is not one)."""
    if kind in ("int", "integer", "long"):
        return int(text)
    if kind in ("double", "float"):
        return float(text)
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ValueError(text)
        return text == "true"
    return text


class Exports(CliTest):
    """One build of both example sets, shared by the checks of each format."""

    min_events = 50

    @classmethod
    def inputs(cls):
        return [*txt_articles(), JSONL]

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="crisis-exports-")
        cls.out = os.path.join(cls.dir, "out")
        code, _, err = run("build", *cls.inputs(), "-o", cls.out, "--quiet")
        if code != 0:
            raise AssertionError(err)
        with open(os.path.join(cls.out, "timeline.json"), encoding="utf-8") as f:
            cls.t = json.load(f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.out, name)

    def test_every_format_is_written(self):
        self.assertEqual(sorted(os.listdir(self.out)), OUTPUTS)
        self.assertGreater(len(self.t["events"]), self.min_events)
        self.assertGreaterEqual(len(self.t["mentions"]), len(self.t["events"]))

    @unittest.skipUnless(jsonschema, "needs python3-jsonschema")
    def test_timeline_json_is_valid_against_the_published_schema(self):
        with open(SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in cls(schema).iter_errors(self.t)]
        self.assertEqual(errors, [])

    @unittest.skipUnless(jsonschema, "needs python3-jsonschema")
    def test_the_schema_refuses_what_the_contract_forbids(self):
        with open(SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.validators.validator_for(schema)(schema)
        broken = json.loads(json.dumps(self.t))
        del broken["events"][0]["date_inferred"]
        broken["events"][1]["quad_class"] = 5
        broken["events"][2]["date"] = "Wednesday"
        broken["actors"][0]["kind"] = "robot"
        del broken["articles"][0]["title"]
        self.assertEqual(len(list(validator.iter_errors(broken))), 5)

    def test_ids_refer_to_what_the_timeline_lists(self):
        actors = {a["id"] for a in self.t["actors"]}
        articles = {a["id"] for a in self.t["articles"]}
        events = [e["id"] for e in self.t["events"]]
        self.assertEqual(len(set(events)), len(events))
        for e in self.t["events"] + self.t["mentions"]:
            self.assertLessEqual(set(e["source"] + e["target"]), actors, e["id"])
            self.assertLessEqual({v["article"] for v in e["evidence"]}, articles, e["id"])
            self.assertFalse(set(e["source"]) & set(e["target"]), f"{e['id']}: an actor acts on itself")
        for edge in self.t["event_edges"]:
            self.assertLessEqual({edge["from"], edge["to"]}, set(events))
        s = self.t["summary"]
        self.assertEqual((s["articles"], s["events"], s["mentions"], s["actors"]),
                         (len(articles), len(events), len(self.t["mentions"]), len(actors)))

    def test_every_mention_is_in_exactly_one_event(self):
        mentions = {m["id"]: m for m in self.t["mentions"]}
        members = [m for e in self.t["events"] for m in e["mentions"]]
        self.assertEqual(sorted(members), sorted(mentions))
        key = lambda v: (v["article"], v["start"], v["end"])
        for e in self.t["events"]:
            self.assertEqual(e["id"], min(e["mentions"]))
            told = {key(v) for m in e["mentions"] for v in mentions[m]["evidence"]}
            self.assertEqual({key(v) for v in e["evidence"]}, told, e["id"])
        self.assertNotIn("mentions", self.t["mentions"][0])

    def test_evidence_offsets_are_the_sentence_bytes(self):
        texts = {}
        for a in self.t["articles"]:
            m = re.match(r"^(.*\.jsonl):(\d+)$", a["path"])
            if m:
                with open(m.group(1), encoding="utf-8") as f:
                    texts[a["id"]] = json.loads(f.read().splitlines()[int(m.group(2)) - 1])["text"].encode()
            else:
                with open(a["path"], "rb") as f:
                    texts[a["id"]] = f.read()
        for e in self.t["events"]:
            for v in e["evidence"]:
                self.assertEqual(texts[v["article"]][v["start"]:v["end"]].decode("utf-8"), v["text"])

    def test_graphml_has_typed_named_keys_and_every_node_and_edge(self):
        root = ET.parse(self.path("graph.graphml")).getroot()
        self.assertEqual(root.tag, GRAPHML + "graphml")
        keys = {k.get("id"): k for k in root.iter(GRAPHML + "key")}
        for key in keys.values():
            self.assertNotRegex(key.get("attr.name"), r"^(key|d)\d+$")
            self.assertIn(key.get("attr.type"), {"string", "int", "long", "double", "float", "boolean"})
            self.assertIn(key.get("for"), {"node", "edge"})
        node_keys = {k.get("attr.name") for k in keys.values() if k.get("for") == "node"}
        self.assertLessEqual({"kind", "label", "date", "cameo", "quad_class", "summary", "confidence"}, node_keys)
        graph = root.find(GRAPHML + "graph")
        self.assertEqual(graph.get("edgedefault"), "directed")
        nodes, edges = graph.findall(GRAPHML + "node"), graph.findall(GRAPHML + "edge")
        self.assertEqual((len(nodes), len(edges)), graph_counts(self.t))
        ids = {n.get("id") for n in nodes}
        self.assertEqual(len(ids), len(nodes))
        for e in edges:
            self.assertIn(e.get("source"), ids)
            self.assertIn(e.get("target"), ids)
        for data in root.iter(GRAPHML + "data"):
            typed(keys[data.get("key")].get("attr.type"), data.text or "")
        kinds = [d.text for n in nodes for d in n if keys[d.get("key")].get("attr.name") == "kind"]
        self.assertEqual(kinds.count("event"), len(self.t["events"]))

    def test_graphml_and_gexf_load_in_networkx_when_it_is_installed(self):
        try:
            import networkx
        except ImportError:
            self.skipTest("networkx is not installed")
        g = networkx.read_graphml(self.path("graph.graphml"))
        self.assertEqual((g.number_of_nodes(), g.number_of_edges()), graph_counts(self.t))
        event = next(d for n, d in g.nodes(data=True) if d["kind"] == "event")
        self.assertIsInstance(event["quad_class"], int)
        self.assertIsInstance(event["date_inferred"], bool)
        g = networkx.read_gexf(self.path("graph.gexf"), version="1.3")
        self.assertEqual((g.number_of_nodes(), g.number_of_edges()), graph_counts(self.t))

    def test_gexf_is_dynamic_and_has_every_node_and_edge(self):
        root = ET.parse(self.path("graph.gexf")).getroot()
        self.assertEqual((root.tag, root.get("version")), (GEXF + "gexf", "1.3"))
        graph = root.find(GEXF + "graph")
        self.assertEqual((graph.get("mode"), graph.get("timeformat")), ("dynamic", "date"))
        declared = {}
        for block in graph.findall(GEXF + "attributes"):
            for a in block.findall(GEXF + "attribute"):
                declared[(block.get("class"), a.get("id"))] = a.get("type")
        nodes = graph.find(GEXF + "nodes").findall(GEXF + "node")
        edges = graph.find(GEXF + "edges").findall(GEXF + "edge")
        self.assertEqual((len(nodes), len(edges)), graph_counts(self.t))
        day = re.compile(r"^\d{4}-\d{2}-\d{2}$")
        for n in nodes:
            if n.get("start") is not None:
                self.assertRegex(n.get("start"), day)
                self.assertLessEqual(n.get("start"), n.get("end"))
            for v in n.iter(GEXF + "attvalue"):
                typed(declared[("node", v.get("for"))], v.get("value"))
        events = [n for n in nodes if n.get("id").startswith("event:")]
        self.assertEqual(len(events), len(self.t["events"]))
        self.assertTrue(all(n.get("start") for n in events), "every event lives over its date range")
        ids = {n.get("id") for n in nodes}
        for e in edges:
            self.assertLessEqual({e.get("source"), e.get("target")}, ids)
            for v in e.iter(GEXF + "attvalue"):
                typed(declared[("edge", v.get("for"))], v.get("value"))

    def test_csv_has_one_row_per_event_and_the_documented_header(self):
        with open(self.path("events.csv"), encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
        self.assertEqual(reader.fieldnames, CSV_COLUMNS)
        self.assertEqual(len(rows), len(self.t["events"]))
        for row, e in zip(rows, self.t["events"]):
            self.assertEqual((row["id"], row["date"], row["cameo"]), (e["id"], e["date"], e["cameo"]))
            self.assertEqual(int(row["reports"]), len(e["evidence"]))
            self.assertEqual(row["source"], ";".join(e["source"]))
            self.assertAlmostEqual(float(row["confidence"]), e["confidence"])
            self.assertIn(row["date_inferred"], ("true", "false"))

    def test_ndjson_has_one_event_object_per_line(self):
        with open(self.path("events.ndjson"), encoding="utf-8") as f:
            text = f.read()
        self.assertTrue(text.endswith("\n"))
        lines = text.splitlines()
        self.assertEqual(len(lines), len(self.t["events"]))
        for line, e in zip(lines, self.t["events"]):
            obj = json.loads(line)
            self.assertIsInstance(obj, dict)
            self.assertEqual(len(obj["source_names"]), len(obj["source"]))
            del obj["source_names"], obj["target_names"]
            self.assertEqual(obj, e)

    def test_timelinejs_has_the_fields_timelinejs3_reads(self):
        with open(self.path("timelinejs.json"), encoding="utf-8") as f:
            tl = json.load(f)
        self.assertIsInstance(tl["title"]["text"]["headline"], str)
        self.assertEqual(len(tl["events"]), len(self.t["events"]))
        ids = set()
        for slide, e in zip(tl["events"], self.t["events"]):
            start = slide["start_date"]
            self.assertIsInstance(start["year"], int)
            self.assertTrue(set(start) <= {"year", "month", "day"})
            if "day" in start:
                self.assertIn("month", start)
            if "month" in start:
                self.assertTrue(1 <= start["month"] <= 12)
            if "end_date" in slide:
                end = slide["end_date"]
                key = lambda d: (d["year"], d.get("month", 0), d.get("day", 0))
                self.assertLessEqual(key(start), key(end))
                self.assertIsInstance(slide["display_date"], str)
            self.assertEqual(start["year"], int(e["start"][:4]))
            self.assertTrue(slide["text"]["headline"])
            self.assertIsInstance(slide["text"]["text"], str)
            self.assertIsInstance(slide["group"], str)
            self.assertNotIn(slide["unique_id"], ids)
            ids.add(slide["unique_id"])

    def test_dot_is_a_well_formed_digraph(self):
        with open(self.path("graph.dot"), encoding="utf-8") as f:
            text = f.read()
        lines = text.splitlines()
        self.assertEqual((lines[0], lines[-1]), ("digraph crisis {", "}"))
        nodes = edges = 0
        quoted = r'"(?:[^"\\]|\\.)*"'
        stmt = re.compile(rf'^  (?:{quoted}(?: -> {quoted})?|graph|node) \[[^\n]*\];$')
        for line in lines[1:-1]:
            self.assertRegex(line, stmt)
            if re.match(rf"^  {quoted} -> ", line):
                edges += 1
            elif line.startswith('  "'):
                nodes += 1
        self.assertEqual((nodes, edges), graph_counts(self.t))
        if shutil.which("gc"):  # Graphviz's own parser, without a layout (dot -Tsvg takes long)
            p = subprocess.run(["gc", "-n", "-e", self.path("graph.dot")], capture_output=True, timeout=60, text=True)
            self.assertEqual((p.returncode, p.stderr), (0, ""))
            self.assertEqual([int(x) for x in p.stdout.split()[:2]], list(graph_counts(self.t)))


# Text that each format must escape: markup, quotes, separators, line breaks, a C0 control and a
# noncharacter (both valid UTF-8, both forbidden in XML), a line separator, an emoji, and fields a
# spreadsheet would run as formulas.
HOSTILE = [
    {"id": "h1", "date": "2022-02-01", "source": "A&B <Wire>", "url": "https://example.org/?a=1&b=<2>",
     "title": "=HYPERLINK(\"x\") <b>&amp;</b> \u2028 \"quoted\", comma\r\nnewline \x01ctrl \ufffe",
     "text": "Russia rejected the \"proposal\", calling it <unacceptable> & absurd on Tuesday. "
             "=Putin met Macron in Moscow on Monday \U0001F600.\tNATO warned Russia\x01 on Wednesday; "
             "\"Kremlin\" said -2 things.\r\nThe United States imposed sanctions on Russia on Friday."},
    {"id": "h2\"<x>&,", "date": "2022-02-02", "title": "@Ukraine, \"protests\"",
     "text": "@Ukraine protested against Russia on Tuesday.\n\n+NATO warned Russia on Tuesday."},
]


class HostileExports(Exports):
    """The same consumers over articles whose text, titles and ids need escaping in every format."""

    min_events = 3

    @classmethod
    def inputs(cls):
        cls.dir_inputs = tempfile.mkdtemp(prefix="crisis-hostile-")
        path = os.path.join(cls.dir_inputs, "hostile.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(json.dumps(r) for r in HOSTILE) + "\n")
        return [path]

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.dir_inputs, ignore_errors=True)

    def test_text_reads_back_as_written(self):
        titles = {a["id"]: a["title"] for a in self.t["articles"]}
        self.assertEqual(titles, {r["id"]: r["title"] for r in HOSTILE})
        with open(self.path("events.csv"), encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for row, e in zip(rows, self.t["events"]):
            self.assertEqual(row["evidence_text"].lstrip("'"), e["evidence"][0]["text"])
            self.assertEqual(row["summary"].lstrip("'"), e["summary"])
            for column in ("summary", "evidence_text", "source_names", "target_names", "label"):
                self.assertFalse(row[column][:1] in ("=", "+", "-", "@"), f"{column}: {row[column]!r}")
        root = ET.parse(self.path("graph.graphml")).getroot()
        summaries = {d.text for d in root.iter(GRAPHML + "data") if d.get("key") == "summary"}
        self.assertEqual(summaries, {e["summary"] for e in self.t["events"]})


class SkippedInputs(CliTest):
    @unittest.skipUnless(jsonschema, "needs python3-jsonschema")
    def test_every_kind_of_skipped_input_is_valid_against_the_schema(self):
        self.write("set/empty.txt", b"")
        self.write("set/bad.txt", b"date 2022-01-27 caf\xe9\n")
        self.write("set/big.txt", " date 2022-01-01 " + "a" * 2000 + "\n")
        self.write("set/r.jsonl", '{"text": 5}\nnot json\n{"date": "2022-02-30", "text": "x"}\n'
                                  '{"date": "2022-02-01", "text": "Russia rejected the plan in the 1990s."}\n')
        out = os.path.join(self.tmp, "out")
        code, _, _ = run("build", os.path.join(self.tmp, "set"), "--max-article-bytes", "1000", "-o", out, "-q")
        self.assertEqual(code, 1)
        t = self.timeline(out)
        self.assertEqual(sorted(d["code"] or "" for d in t["diagnostics"]),
                         ["", "bad_date", "empty", "invalid_utf8", "malformed_record", "malformed_record", "too_large"])
        with open(SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.validators.validator_for(schema)(schema).validate(t)


class Formats(CliTest):
    def test_formats_json_csv_writes_only_those(self):
        out = os.path.join(self.tmp, "out")
        code, _, err = run("build", JSONL, "-o", out, "--formats", "json,csv", "-q")
        self.assertEqual(code, 0, err)
        self.assertEqual(sorted(os.listdir(out)), ["events.csv", "timeline.json"])

    def test_outputs_are_replaced_by_rename_and_no_temporary_is_left(self):
        out = os.path.join(self.tmp, "out")
        self.assertEqual(run("build", JSONL, "-o", out, "-q")[0], 0)
        first = read_bytes(out)
        keep = os.path.join(self.tmp, "old")
        os.mkdir(keep)
        for name in first:  # hard links keep the old files: a rename leaves them as they were
            os.link(os.path.join(out, name), os.path.join(keep, name))
        code, _, err = run("build", *txt_articles()[:2], "-o", out, "-q")
        self.assertEqual(code, 0, err)
        self.assertEqual(sorted(os.listdir(out)), OUTPUTS)
        self.assertEqual(read_bytes(keep), first)
        second = read_bytes(out)
        for name in OUTPUTS:
            self.assertNotEqual(second[name], first[name], name)
            self.assertNotEqual(os.stat(os.path.join(out, name)).st_ino, os.stat(os.path.join(keep, name)).st_ino)


class GazetteerDoc(CliTest):
    """The example of docs/gazetteer.md gives the output the page shows."""

    def test_the_documented_example_works(self):
        with open(os.path.join(SOURCE_DIR, "docs", "gazetteer.md"), encoding="utf-8") as f:
            doc = f.read()
        example = doc[doc.index("## Example"):]
        blocks = re.findall(r"```(\w*)\n(.*?)```", example, re.S)
        gazetteer = next(body for lang, body in blocks if lang == "json")
        article = next(body for lang, body in blocks if lang == "text")
        without, expected = [[json.loads(l) for l in body.splitlines() if l] for lang, body in blocks if lang == ""]
        g, a = self.write("my-actors.json", gazetteer), self.write("article.txt", article)
        out = os.path.join(self.tmp, "out")
        rows = lambda: [[e["date"], e["label"], e["source"], e["target"]] for e in self.timeline(out)["events"]]
        self.assertEqual(run("build", a, "-o", out, "-q", "--formats", "json")[0], 0)
        self.assertEqual(rows(), without)
        code, _, err = run("build", a, "--gazetteer", g, "-o", out, "-q", "--formats", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(rows(), expected)

    def test_a_bad_entry_is_a_usage_error_that_names_it(self):
        g = self.write("bad.json", '{"actors": [{"name": "X", "kind": "robot"}]}')
        a = self.write("a.txt", " date 2022-02-16 Kallas met Sandu on Tuesday.\n")
        code, _, err = run("build", a, "--gazetteer", g, "-o", os.path.join(self.tmp, "out"))
        self.assertEqual(code, 2)
        self.assertIn('actors[0] (X): unknown kind "robot"', err)


class InputOrder(CliTest):
    """Input order is not information: no output byte depends on it."""

    def build(self, name, *inputs, cwd=None):
        out = os.path.join(self.tmp, name)
        code, _, err = run("build", *inputs, "-o", out, "-q", cwd=cwd)
        self.assertEqual(code, 0, err)
        return read_bytes(out)

    def test_files_in_any_order_on_the_command_line_give_the_same_bytes(self):
        files = txt_articles()
        reference = self.build("ref", *files, JSONL)
        rng = random.Random(20220224)
        for i in range(3):
            order = files + [JSONL]
            rng.shuffle(order)
            self.assertEqual(self.build(f"order{i}", *order), reference, f"order {order}")

    def test_files_under_shuffled_names_give_the_same_events_and_graphs(self):
        files = txt_articles()
        names = [f"{i:02d}.txt" for i in range(len(files))]
        random.Random(7).shuffle(names)
        ordered, shuffled = os.path.join(self.tmp, "ordered"), os.path.join(self.tmp, "shuffled")
        os.mkdir(ordered), os.mkdir(shuffled)
        renamed = {}
        for i, (src, name) in enumerate(zip(files, names)):
            shutil.copy(src, os.path.join(ordered, f"a{i:02d}.txt"))
            shutil.copy(src, os.path.join(shuffled, f"a{name}"))
            renamed[f"shuffled/a{name}"] = f"ordered/a{i:02d}.txt"
        self.assertNotEqual(sorted(renamed), sorted(renamed.values()))
        a = self.build("out-a", "ordered", cwd=self.tmp)
        b = self.build("out-b", "shuffled", cwd=self.tmp)
        for name in PATH_FREE:
            self.assertEqual(a[name], b[name], name)
        self.assertEqual(self.without_paths(a, {}), self.without_paths(b, renamed))

    def test_json_lines_in_any_order_give_the_same_events_and_graphs(self):
        with open(JSONL, encoding="utf-8") as f:
            lines = f.read().splitlines()
        reference = self.build("ref", JSONL)
        rng = random.Random(2022)
        for i in range(2):
            rng.shuffle(lines)
            path = self.write(f"shuffled{i}.jsonl", "\n".join(lines) + "\n")
            got = self.build(f"out{i}", path)
            for name in PATH_FREE + ["timelinejs.json"]:  # every record has a title: no path in the slides
                self.assertEqual(got[name], reference[name], name)
            self.assertEqual(self.without_paths(got, {}), self.without_paths(reference, {}))

    @staticmethod
    def without_paths(outputs, renamed):
        """timeline.json with each input path replaced by its name in the reference build (JSON
        Lines articles by their id) and the diagnostics as a sorted list."""
        t = json.loads(outputs["timeline.json"])
        for a in t["articles"]:
            a["path"] = a["id"] if re.search(r"\.jsonl:\d+$", a["path"]) else renamed.get(a["path"], a["path"])
        for d in t["diagnostics"]:
            d["input"] = "jsonl" if d["input"].endswith(".jsonl") else renamed.get(d["input"], d["input"])
            d["line"] = None
        t["diagnostics"].sort(key=lambda d: json.dumps(d, sort_keys=True))
        return t


if __name__ == "__main__":
    unittest.main()
