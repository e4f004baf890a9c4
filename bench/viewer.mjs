#!/usr/bin/env node
// Time to first render of timeline.html in Debian's chromium (playwright-core, headless): from the
// start of navigation to the moment the viewer has drawn its timeline (the page sets
// body[data-rendered] after vis-timeline's first draw of the initial window), measured inside the
// page with performance.now(). Each run opens the file in a fresh browser context; the MEDIAN of
// the runs is reported, with the min and max.
//   node bench/viewer.mjs [--runs N] [--json]
// Pages: the example set (examples/ukraine-2022 built by CRISIS_BIN, default build/release) and
// 10,000 generated events (viz/test/fixtures/generate.mjs) embedded into the same binary's viewer.
import { execFileSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { embed } from "../viz/test/embed.mjs";
import { bigTimeline } from "../viz/test/fixtures/generate.mjs";
import { ROOT, cleanup, launch, open, viewerTemplate, work } from "../viz/test/harness.mjs";

const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const runs = Math.max(1, +arg("--runs", 7));
process.env.CRISIS_BIN ||= join(ROOT, "build", "release", "crisis-timeline");
const bin = process.env.CRISIS_BIN;
if (!existsSync(bin)) { console.error(`bench: no binary at ${bin} (set CRISIS_BIN)`); process.exit(2); }

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

function pages() {
  const ex = join(work(), "example");
  execFileSync(bin, ["build", join(ROOT, "examples", "ukraine-2022"), "-o", ex, "--formats", "json,html", "--quiet"]);
  const big = join(work(), "big.html");
  writeFileSync(big, embed(viewerTemplate().html, JSON.stringify(bigTimeline(10000))));
  return [
    { name: "example set (examples/ukraine-2022)", file: join(ex, "timeline.html") },
    { name: "10,000 generated events", file: big },
  ];
}

const browser = await launch();
const results = [];
try {
  for (const p of pages()) {
    const times = [], walls = [];
    let events = 0;
    for (let i = 0; i < runs; i++) {
      const { page, context, ms, seen } = await open(browser, p.file, { width: 1440, height: 900 });
      if (seen.errors.length) throw new Error(`${p.name}: ${seen.errors.join("; ")}`);
      times.push(await page.evaluate(() => window.__crisisRendered));
      events = await page.evaluate(() => window.crisisViewer.eventCount());
      walls.push(ms);
      await context.close();
    }
    results.push({ page: p.name, events, bytes: statSync(p.file).size, runs, median_ms: Math.round(median(times)),
      min_ms: Math.round(Math.min(...times)), max_ms: Math.round(Math.max(...times)), median_wall_ms: Math.round(median(walls)) });
  }
} finally {
  await browser.close();
  cleanup();
}

if (process.argv.includes("--json")) console.log(JSON.stringify({ bin, loadavg: loadavg().map((x) => +x.toFixed(2)), results }));
else {
  console.log(`viewer: time to first render, median of ${runs} runs (chromium headless, load average ${loadavg()[0].toFixed(2)})`);
  for (const r of results)
    console.log(`  ${r.page.padEnd(38)} ${String(r.events).padStart(6)} events  ${(r.bytes / 1024).toFixed(0).padStart(6)} KiB  ` +
      `median ${r.median_ms} ms  (min ${r.min_ms}, max ${r.max_ms}; goto to drawn ${r.median_wall_ms} ms)`);
}
