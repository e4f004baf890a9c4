#!/usr/bin/env node
// The viewer's screenshots in docs/: the example set (examples/ukraine-2022) built by the binary and
// shown by Debian's chromium at a desktop (1440x900) and a phone (390x844) width.
//   CRISIS_BIN=build/release/crisis-timeline node viz/test/screenshots.mjs [--out DIR] [--all]
// --all also writes the other views (panel, graph, list at both widths) for a look, not for docs/.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, cleanup, launch, open, settle, work } from "./harness.mjs";

export async function screenshots({ out = join(ROOT, "docs"), all = false } = {}) {
  const bin = process.env.CRISIS_BIN || join(ROOT, "build", "release", "crisis-timeline");
  const dir = join(work(), "screenshots");
  execFileSync(bin, ["build", join(ROOT, "examples", "ukraine-2022"), "-o", dir, "--formats", "json,html", "--quiet"]);
  const file = join(dir, "timeline.html");
  const browser = await launch();
  const written = [];
  const shot = async (name, width, height, act) => {
    const { page, context, seen } = await open(browser, file, { width, height });
    if (act) await act(page);
    await settle(page);
    const path = join(out, `${name}.png`);
    await page.screenshot({ path });
    if (seen.errors.length || seen.requests.length) throw new Error(`${name}: ${[...seen.errors, ...seen.requests].join("; ")}`);
    written.push(path);
    await context.close();
  };
  // an event of the written answers of 26 January, with its evidence open in the panel
  const select = async (page) => {
    const id = await page.evaluate(() => {
      const json = JSON.parse(document.getElementById("data").textContent);
      const ev = json.events.filter((e) => e.start === "2022-01-26").sort((a, b) => b.evidence.length - a.evidence.length)[0] || json.events[0];
      return ev.id;
    });
    await page.evaluate((i) => window.crisisViewer.select(i), id);
  };
  try {
    await shot("screenshot-desktop", 1440, 900, select);
    await shot("screenshot-narrow", 390, 844);
    if (all) {
      await shot("desktop-timeline", 1440, 900);
      await shot("desktop-graph", 1440, 900, async (p) => { await p.click("#tab-graph"); await p.waitForFunction(() => document.querySelector("#graph canvas")); await p.waitForTimeout(0); });
      await shot("desktop-list", 1440, 900, (p) => p.click("#tab-list"));
      await shot("narrow-panel", 390, 844, select);
      await shot("narrow-list", 390, 844, (p) => p.click("#tab-list"));
      await shot("narrow-graph", 390, 844, (p) => p.click("#tab-graph"));
    }
  } finally {
    await browser.close();
    cleanup();
  }
  return written;
}

// (not when `node --test test/` runs every file under test/ as a test file)
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && !process.env.NODE_TEST_CONTEXT) {
  const i = process.argv.indexOf("--out");
  const out = i > 0 ? process.argv[i + 1] : undefined;
  for (const f of await screenshots({ out, all: process.argv.includes("--all") })) console.log(f);
}
