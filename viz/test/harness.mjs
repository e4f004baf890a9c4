// Shared by the browser tests and the benchmark: Debian's chromium driven by playwright-core
// (never a downloaded browser), and the HTML files under test.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { buildViewer } from "../build.mjs";
import { DATA_PLACEHOLDER, embed } from "./embed.mjs";
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
// binary CRISIS_BIN, else viz/build.mjs and the same embedding as html.cpp (development without a
// build). With the binary, the article sets (examples/, the hostile articles) are `build` outputs,
// and the fixture timelines are embedded into the viewer that the binary carries: `merge` would
// recompute their events from mentions, which hand-written fixtures do not have.
let workDir = null;
export function work() {
  return (workDir ??= mkdtempSync(join(tmpdir(), "crisis-viz-")));
}
export function cleanup() {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = null;
}
export const fixtureJson = {
  small: () => readFileSync(join(VIZ, "test", "fixtures", "small.json"), "utf8"),
  hostile: () => JSON.stringify(hostileTimeline()),
  big: () => JSON.stringify(bigTimeline(10000)),
};
export const sources = [];
const hostileArticles = join(VIZ, "test", "fixtures", "hostile-articles");

function buildWithBinary(name, inputs) {
  const bin = process.env.CRISIS_BIN;
  const dir = join(work(), name);
  execFileSync(bin, ["build", ...inputs, "-o", dir, "--formats", "json,html", "--quiet"], { stdio: "pipe" });
  sources.push(`${name}: ${bin} build ${inputs.map((s) => relative(ROOT, s)).join(" ")}`);
  return join(dir, "timeline.html");
}

// The viewer template the binary embeds: its timeline.html with the data put back as the
// placeholder (the data is escaped JSON, so the first "</script" after it closes its element).
let templateCache = null;
export function viewerTemplate() {
  if (templateCache) return templateCache;
  if (!process.env.CRISIS_BIN) return (templateCache = { html: buildViewer(), from: "viz/build.mjs" });
  const html = readFileSync(buildWithBinary("template", [hostileArticles]), "utf8");
  sources.pop();
  const open = '<script type="application/json" id="data">';
  const a = html.indexOf(open);
  const b = html.indexOf("</script", a);
  if (a < 0 || b < 0) throw new Error("the binary's timeline.html has no data element (built without the viewer?)");
  return (templateCache = { html: html.slice(0, a + open.length) + DATA_PLACEHOLDER + html.slice(b), from: `the viewer in ${process.env.CRISIS_BIN}` });
}

export function htmlFor(name) {
  if (process.env.CRISIS_HTML_DIR) {
    const f = join(process.env.CRISIS_HTML_DIR, `${name}.html`);
    if (existsSync(f)) { sources.push(`${name}: ${f}`); return f; }
  }
  if (name === "examples") return examplesHtml();
  if (name === "hostile-articles") return process.env.CRISIS_BIN ? buildWithBinary(name, [hostileArticles]) : null;
  const t = viewerTemplate();
  const f = join(work(), `${name}.html`);
  writeFileSync(f, embed(t.html, fixtureJson[name]()));
  sources.push(`${name}: fixture embedded into ${t.from}`);
  return f;
}

// The example article sets built by the real binary; without one, the small fixture.
export function examplesHtml() {
  const sets = articleSets();
  if (process.env.CRISIS_BIN && sets.length) return buildWithBinary("examples", sets);
  const f = join(work(), "examples.html");
  writeFileSync(f, embed(viewerTemplate().html, fixtureJson.small()));
  sources.push("examples: the small fixture (no CRISIS_BIN or no article set)");
  return f;
}

// Article sets: the examples/* folders that carry an EXPECTED.md annotation (examples/README.md).
export function articleSets() {
  const ex = join(ROOT, "examples");
  if (!existsSync(ex)) return [];
  return readdirSync(ex, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ex, d.name, "EXPECTED.md")))
    .map((d) => join(ex, d.name)).sort();
}

// Waits until the page has drawn what it was asked to: two animation frames (vis-timeline and
// vis-network redraw on the next frame after a change).
export async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
