// Shared by the browser tests and the benchmark: Debian's chromium driven by playwright-core
// (never a downloaded browser), and the HTML files under test.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { buildViewer } from "../build.mjs";
import { embed } from "./embed.mjs";
import { bigTimeline, hostileTimeline } from "./fixtures/generate.mjs";

export const VIZ = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = resolve(VIZ, "..");
export const CHROMIUM = process.env.CRISIS_CHROMIUM || "/usr/bin/chromium";

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

// Opens `file` and records what a page must never do: console errors, uncaught exceptions,
// dialogs (alert) and requests to anything but file:, data: and blob:.
export async function open(browser, file, { width = 1280, height = 800, hash = "" } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const seen = { errors: [], requests: [], dialogs: [] };
  page.on("console", (m) => { if (m.type() === "error") seen.errors.push(m.text()); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("dialog", (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on("request", (r) => { if (!/^(file|data|blob):/.test(r.url())) seen.requests.push(r.url()); });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    seen.requests.push(url);
    return route.abort();
  });
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href + hash, { timeout: 120000 });
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 120000 });
  await page.waitForFunction(() => document.body.dataset.rendered === "true", null, { timeout: 120000 });
  const ms = Date.now() - t0;
  return { context, page, seen, ms };
}

// Where the HTML under test comes from, in order: CRISIS_HTML_DIR (files made elsewhere), the real
// binary CRISIS_BIN (`build` on the article sets, `merge` on the fixture JSON), else the same
// embedding as html.cpp done here (development without a build).
const work = mkdtempSync(join(tmpdir(), "crisis-viz-"));
let templateCache = null;
const template = () => (templateCache ??= buildViewer());
export const fixtureJson = {
  small: () => readFileSync(join(VIZ, "test", "fixtures", "small.json"), "utf8"),
  hostile: () => JSON.stringify(hostileTimeline()),
  big: () => JSON.stringify(bigTimeline(10000)),
};
export const sources = [];

function viaBinary(name, json) {
  const bin = process.env.CRISIS_BIN;
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const input = join(dir, "input.json");
  writeFileSync(input, json);
  try {
    execFileSync(bin, ["merge", input, "-o", dir, "--formats", "html"], { stdio: "pipe" });
    sources.push(`${name}: ${bin} merge`);
    return join(dir, "timeline.html");
  } catch (e) {
    // until `merge` reads a whole timeline.json (read_partial), embed here as html.cpp does
    sources.push(`${name}: embedded by the test (merge failed: ${String(e.stderr || e.message).trim().split("\n")[0]})`);
    return null;
  }
}

export function htmlFor(name) {
  if (process.env.CRISIS_HTML_DIR) {
    const f = join(process.env.CRISIS_HTML_DIR, `${name}.html`);
    if (existsSync(f)) { sources.push(`${name}: ${f}`); return f; }
  }
  if (name === "examples") return examplesHtml();
  const json = fixtureJson[name]();
  if (process.env.CRISIS_BIN) { const f = viaBinary(name, json); if (f) return f; }
  const f = join(work, `${name}.html`);
  writeFileSync(f, embed(template(), json));
  if (!process.env.CRISIS_BIN) sources.push(`${name}: embedded by the test (no CRISIS_BIN)`);
  return f;
}

// The example article sets built by the real binary; without one, the small fixture.
export function examplesHtml() {
  const bin = process.env.CRISIS_BIN;
  const sets = articleSets();
  if (bin && sets.length) {
    const dir = join(work, "examples");
    execFileSync(bin, ["build", ...sets, "-o", dir], { stdio: "pipe" });
    sources.push(`examples: ${bin} build ${sets.map((s) => s.slice(ROOT.length + 1)).join(" ")}`);
    return join(dir, "timeline.html");
  }
  const f = join(work, "examples.html");
  writeFileSync(f, embed(template(), fixtureJson.small()));
  sources.push("examples: the small fixture embedded by the test (no CRISIS_BIN or no article set)");
  return f;
}

// Article sets: examples/*/articles folders (or examples/* holding .txt files), plus the hostile
// article under viz/test/fixtures/articles when asked.
export function articleSets() {
  const ex = join(ROOT, "examples");
  if (!existsSync(ex)) return [];
  const out = [];
  for (const d of readdirSync(ex, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const base = join(ex, d.name);
    const cand = existsSync(join(base, "articles")) ? join(base, "articles") : base;
    if (readdirSync(cand).some((f) => /\.(txt|jsonl)$/.test(f) && f !== "sample.txt")) out.push(cand);
  }
  return out;
}
export { work };
