// Browser tests of timeline.html in Debian's chromium (playwright-core, no downloaded browser).
// The pages come from CRISIS_HTML_DIR, or from the real binary CRISIS_BIN (`build` on the example
// article sets, `merge` on the fixture timelines), else from the same embedding as html.cpp.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { cleanup, fixtureJson, htmlFor, launch, open, settle, sources } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const s of sources) console.log(`# page ${s}`);
  cleanup();
});

const small = JSON.parse(fixtureJson.small());
const datedIds = (json) => json.events.filter((e) => e.start || /^\d{4}/.test(e.date)).map((e) => e.id);

async function shownCount(page) {
  return Number(await page.locator("#count").getAttribute("data-shown"));
}
async function listIds(page) {
  await page.click("#tab-list");
  const ids = await page.$$eval("#list > li", (lis) => lis.map((li) => li.dataset.event));
  await page.click("#tab-timeline");
  return ids;
}
// The ids of the items drawn after "Fit", over every lane: vis-timeline only draws the lanes in
// view, so the lanes are scrolled through (as a reader does) and the ids collected on the way.
// With `expected`, a pass that misses some is repeated once (a redraw still pending).
async function timelineIds(page, expected) {
  await page.click("#zoom-fit");
  await settle(page);
  const want = expected ? [...expected].sort() : null;
  let ids = [];
  for (let pass = 0; pass < 2; pass++) {
    const seen = new Set();
    await page.evaluate(() => { const p = document.querySelector(".vis-panel.vis-left"); if (p) p.scrollTop = 0; });
    await settle(page);
    for (let step = 0; step < 500; step++) {
      for (const id of await page.$$eval(".vis-item[data-id]", (els) => els.map((e) => e.dataset.id))) seen.add(id);
      const moved = await page.evaluate(() => {
        const panel = document.querySelector(".vis-panel.vis-left"); // scrolls when the lanes overflow
        if (!panel) return false;
        const before = panel.scrollTop;
        panel.scrollTop += Math.max(40, panel.clientHeight * 0.8);
        return panel.scrollTop !== before;
      });
      if (!moved) break;
      await settle(page);
    }
    ids = [...seen].sort();
    if (!want || (ids.length === want.length && ids.every((id, i) => id === want[i]))) break;
  }
  await page.evaluate(() => { const p = document.querySelector(".vis-panel.vis-left"); if (p) p.scrollTop = 0; });
  await settle(page);
  return ids;
}
function clean(t, seen) {
  assert.deepEqual(seen.errors, [], "console errors");
  assert.deepEqual(seen.requests, [], "network requests");
  assert.deepEqual(seen.dialogs, [], "dialogs");
}

describe("the example set", () => {
  test("loads from file:// with no console error and no network request, every event shown", async (t) => {
    const file = htmlFor("examples");
    const { page, seen, ms, context } = await open(browser, file);
    t.diagnostic(`example set: first render ${ms} ms`);
    const json = JSON.parse(await page.$eval("#data", (s) => s.textContent));
    assert.equal(await shownCount(page), json.events.length);
    assert.equal((await listIds(page)).length, json.events.length);
    assert.deepEqual(await timelineIds(page, datedIds(json)), datedIds(json).sort());
    // clicking a drawn event opens its evidence, exactly as timeline.json has it
    const id = await page.evaluate(() => {  // a box in view, in the upper half of the timeline
      const area = document.getElementById("timeline").getBoundingClientRect();
      const box = [...document.querySelectorAll(".vis-item.vis-box[data-id]")].find((e) => {
        const r = e.getBoundingClientRect();
        return r.top > area.top + 40 && r.bottom < area.top + area.height / 2 && r.left > area.left + 200 && r.right < area.right;
      });
      return box && box.dataset.id;
    });
    assert.ok(id, "a drawn event to click");
    await page.click(`.vis-item[data-id="${id}"]`);
    await page.locator("#panel").waitFor({ state: "visible" });
    const quotes = await page.$$eval("#panel .evidence blockquote", (els) => els.map((e) => e.textContent));
    assert.deepEqual(quotes, json.events.find((e) => e.id === id).evidence.map((x) => x.text));
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /https?:|\*/);
    clean(t, seen);
    await context.close();
  });
});

describe("the small fixture", () => {
  let file;
  before(() => { file = htmlFor("small"); });

  test("renders one item per dated event, and the list holds every event in date order", async () => {
    const { page, seen, context } = await open(browser, file);
    assert.deepEqual(await timelineIds(page, datedIds(small)), datedIds(small).sort());
    const ids = await listIds(page);
    assert.equal(ids.length, small.events.length);
    const starts = ids.map((id) => small.events.find((e) => e.id === id).start).filter(Boolean);
    assert.deepEqual(starts, [...starts].sort());
    // one lane per actor, the officials nested under their country
    const lanes = await page.$$eval(".vis-labelset .vis-label .lane-name", (els) => els.map((e) => e.textContent));
    assert.ok(lanes.includes("Russia") && lanes.includes("Sergei Lavrov"), lanes.join("|"));
    assert.equal(await page.locator(".vis-label.vis-nested-group").count(), 3);
    // precision shown honestly: month-level events are ranges, inferred and planned are marked
    assert.ok(await page.locator('.vis-item.vis-range[data-id="e02"]').count());
    assert.ok(await page.locator('.vis-item.inferred[data-id="e06"]').count());
    assert.ok(await page.locator('.vis-item.planned[data-id="e09"]').count());
    clean(null, seen);
    await context.close();
  });

  test("a filter and a search change what is shown, and the URL keeps them", async () => {
    const { page, seen, context } = await open(browser, file);
    await page.selectOption("#f-type", "q4");
    const q4 = small.events.filter((e) => e.quad_class === 4).map((e) => e.id);
    assert.equal(await shownCount(page), q4.length);
    const q4Dated = q4.filter((id) => datedIds(small).includes(id)).sort();
    assert.deepEqual(await timelineIds(page, q4Dated), q4Dated);
    assert.match(await page.evaluate(() => location.hash), /type=q4/);
    await page.selectOption("#f-type", "");
    await page.fill("#f-q", "lavrov");
    await page.waitForFunction(() => document.getElementById("count").dataset.shown === "2");
    assert.deepEqual(await timelineIds(page, ["e06", "e07"]), ["e06", "e07"]);
    await page.selectOption("#f-actor", "russia"); // a country includes its officials
    assert.equal(await shownCount(page), 2);
    await page.fill("#f-q", "");
    await page.waitForFunction(() => document.getElementById("count").dataset.shown !== "2");
    const russia = small.events.filter((e) => [...e.source, ...e.target].some((a) => ["russia", "vladimir-putin", "dmitry-peskov", "sergei-lavrov"].includes(a)));
    assert.equal(await shownCount(page), russia.length);
    await page.fill("#f-from", "2022-02-01");
    await page.fill("#f-to", "2022-02-28");
    await page.dispatchEvent("#f-to", "change");
    assert.ok(await shownCount(page) < russia.length);
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /actor=russia/);
    assert.match(hash, /from=2022-02-01/);
    clean(null, seen);
    await context.close();
  });

  test("a link with the view in its fragment reopens that view", async () => {
    const { page, seen, context } = await open(browser, file, { hash: "#type=q3&sel=e04&tab=list" });
    assert.equal(await shownCount(page), small.events.filter((e) => e.quad_class === 3).length);
    assert.ok(await page.locator("#view-list").isVisible());
    assert.ok(await page.locator("#panel").isVisible());
    assert.match(await page.locator("#panel-title").textContent(), /Reject/);
    clean(null, seen);
    await context.close();
  });

  test("clicking an event shows every evidence sentence, its article and its storyline", async () => {
    const { page, seen, context } = await open(browser, file);
    await page.click('.vis-item[data-id="e05"]');
    const panel = page.locator("#panel");
    await panel.waitFor({ state: "visible" });
    const ev = small.events.find((e) => e.id === "e05");
    const quotes = await page.$$eval("#panel .evidence blockquote", (els) => els.map((e) => e.textContent));
    assert.deepEqual(quotes, ev.evidence.map((x) => x.text));
    const link = page.locator('#panel .evidence a[href="https://news.example.org/2022/01/27/kremlin"]');
    assert.equal(await link.textContent(), small.articles[0].title);
    assert.equal(await page.locator("#panel .storyline li").count(), 5);
    await page.locator("#panel .storyline button", { hasText: "2021-12-01" }).click();
    assert.match(await page.locator("#panel-title").textContent(), /Demand/);
    assert.match(await page.evaluate(() => location.hash), /sel=e02/);
    await page.keyboard.press("Escape");
    assert.ok(await panel.isHidden());
    clean(null, seen);
    await context.close();
  });

  test("the first window stays: selecting, filtering and redrawing do not jump to the whole span", async () => {
    const { page, seen, context } = await open(browser, file);
    const win = () => page.evaluate(() => window.crisisViewer.window());
    const [a0, b0] = await win();
    const all = small.events.filter((e) => e.start).map((e) => Date.parse(e.start));
    assert.ok(b0 - a0 < (Math.max(...all) - Math.min(...all)) * 1.5, "the first window is not the fit of everything");
    await page.evaluate(() => window.crisisViewer.select("e05"));
    await settle(page);
    const [a1, b1] = await win();
    assert.ok(Math.abs((b1 - a1) - (b0 - a0)) < 1000, "selecting keeps the zoom");
    await page.selectOption("#f-type", "q3");
    await settle(page);
    const [a2, b2] = await win();
    assert.deepEqual([a2, b2], [a1, b1], "filtering keeps the window");
    await context.close();
    // a window from the URL is the first window
    const w = [Date.UTC(2022, 0, 20) / 1000, Date.UTC(2022, 1, 5) / 1000];
    const again = await open(browser, file, { hash: `#win=${w[0]},${w[1]}` });
    assert.deepEqual(await again.page.evaluate(() => window.crisisViewer.window()), [w[0] * 1000, w[1] * 1000]);
    clean(null, seen);
    clean(null, again.seen);
    await again.context.close();
  });

  test("the mouse wheel scrolls the lanes; Ctrl and the wheel zoom", async () => {
    const { page, seen, context } = await open(browser, file, { height: 500 });
    const win = () => page.evaluate(() => window.crisisViewer.window());
    const w0 = await win();
    const box = await page.locator("#timeline").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 200);
    await settle(page);
    assert.deepEqual(await win(), w0, "a plain wheel does not zoom");
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -200);
    await page.keyboard.up("Control");
    await page.waitForFunction(([a, b]) => { const [x, y] = window.crisisViewer.window(); return y - x < b - a; }, w0);
    clean(null, seen);
    await context.close();
  });

  test("the keyboard zooms and pans the timeline", async () => {
    const { page, seen, context } = await open(browser, file);
    await page.focus("#timeline");
    await page.keyboard.press("+");
    await page.waitForFunction(() => /win=/.test(location.hash));
    const win = () => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get("win").split(",").map(Number));
    const [a0, b0] = await win();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((s) => new URLSearchParams(location.hash.slice(1)).get("win").split(",")[0] !== String(s), a0);
    const [a1, b1] = await win();
    assert.ok(a1 > a0 && b1 > b0);
    await page.keyboard.press("-");
    await page.waitForFunction((w) => { const [x, y] = new URLSearchParams(location.hash.slice(1)).get("win").split(",").map(Number); return y - x > w; }, b1 - a1);
    clean(null, seen);
    await context.close();
  });

  test("the graph tab draws actors and events; selecting an actor filters the timeline", async () => {
    const { page, seen, context } = await open(browser, file);
    await page.click("#tab-graph");
    await page.locator("#graph canvas").waitFor();
    await page.evaluate(() => window.crisisViewer.graphSelect("a:germany"));
    assert.ok(await page.locator("#view-timeline").isVisible());
    assert.equal(await page.inputValue("#f-actor"), "germany");
    assert.equal(await shownCount(page), small.events.filter((e) => [...e.source, ...e.target].includes("germany")).length);
    clean(null, seen);
    await context.close();
  });
});

// Visits everything that shows data (every event's panel and item, the list, the graph) and
// reports what a hostile string could have added to the page.
async function inspectHostile(page, json) {
  const quotes = [];
  for (const ev of json.events) {
    await page.evaluate((id) => window.crisisViewer.select(id), ev.id);
    quotes.push(await page.$$eval("#panel .evidence blockquote", (els) => els.map((e) => e.textContent)));
    await page.hover(`.vis-item[data-id="${ev.id}"]`, { timeout: 2000 }).catch(() => {});
  }
  await page.click("#tab-list");
  await page.click("#tab-graph");
  await page.locator("#graph canvas").waitFor();
  await page.mouse.move(400, 400);
  await page.click("#tab-timeline");
  await settle(page);
  const report = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      scripts: document.scripts.length,
      injected: all.filter((e) => ["IMG", "IFRAME", "SVG", "OBJECT", "EMBED", "B", "I", "S"].includes(e.tagName.toUpperCase()) && !e.closest(".vis-network"))
        .map((e) => e.outerHTML.slice(0, 80)),
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.tagName),
      badLinks: [...document.querySelectorAll("a[href]")].filter((a) => !/^https?:$/.test(new URL(a.href, location.href).protocol)).map((a) => a.href),
      links: [...new Set([...document.querySelectorAll("a[href]")].map((a) => a.href))],
    };
  });
  await page.click("#tab-list");
  report.listText = await page.locator("#list").innerText();
  report.quotes = quotes;
  return report;
}
function assertNothingInjected(report, file) {
  const raw = readFileSync(file, "utf8");
  assert.equal((raw.match(/<script/gi) || []).length, 4, "only the page's own script elements in the file");
  assert.ok(!/<img src=x/i.test(raw) && !raw.includes("</script><img") && !raw.includes("<!-- <script"), "hostile markup is escaped in the file");
  assert.ok(!raw.includes("\u2028") && !raw.includes("\u2029"), "U+2028 and U+2029 are escaped in the file");
  assert.equal(report.scripts, 4);
  assert.deepEqual(report.injected, []);
  assert.deepEqual(report.handlers, []);
  assert.deepEqual(report.badLinks, []);
  assert.deepEqual(report.links, ["https://example.org/safe"]);
}

describe("hostile article text", () => {
  test("a hostile timeline: no dialog, no injected element, no javascript: link, the text shown as text", async (t) => {
    const file = htmlFor("hostile");
    const { page, seen, context } = await open(browser, file);
    const json = JSON.parse(await page.$eval("#data", (s) => s.textContent));
    const report = await inspectHostile(page, json);
    assertNothingInjected(report, file);
    assert.ok(report.listText.includes("<script>alert(1)</script>"), "the hostile text is shown literally");
    assert.ok(report.listText.includes("</script><img src=x onerror=alert(2)>"));
    assert.ok(report.listText.includes("<!-- <script>alert(3)</script> -->"));
    assert.deepEqual(report.quotes, json.events.map((e) => e.evidence.map((x) => x.text)));
    assert.deepEqual(seen.dialogs, []);
    clean(t, seen);
    await context.close();
  });

  test("hostile articles through the binary: titles, sources, javascript: URLs, U+2028 and <!-- in sentences", async (t) => {
    const file = htmlFor("hostile-articles");
    if (!file) return t.skip("needs CRISIS_BIN");
    const { page, seen, context } = await open(browser, file);
    const json = JSON.parse(await page.$eval("#data", (s) => s.textContent));
    assert.ok(json.events.length >= 5, `events from the hostile articles: ${json.events.length}`);
    assert.equal(await shownCount(page), json.events.length);
    const report = await inspectHostile(page, json);
    assertNothingInjected(report, file);
    // every evidence sentence shown exactly as the article has it, line separators included
    assert.deepEqual(report.quotes, json.events.map((e) => e.evidence.map((x) => x.text)));
    const all = report.quotes.flat().join("\n");
    for (const s of ["<script>alert(1)</script>", "</script><img src=x onerror=alert(2)>", "<!-- <script>alert(3)</script> -->", "\u2028\u2029</SCRIPT >", "javascript:alert(5)"])
      assert.ok(all.includes(s), `shown literally: ${JSON.stringify(s)}`);
    assert.ok(report.listText.includes("<script>alert(1)</script>"), "the article title is shown literally");
    assert.match(report.listText, /link not shown: not an http\(s\) address/);
    clean(t, seen);
    await context.close();
  });
});

describe("10,000 events", () => {
  test("load and render (time recorded, not asserted)", async (t) => {
    const file = htmlFor("big");
    const { page, seen, ms, context } = await open(browser, file);
    t.diagnostic(`10,000 events: first render ${ms} ms`);
    assert.equal(await page.evaluate(() => window.crisisViewer.eventCount()), 10000);
    assert.equal(await shownCount(page), 10000);
    assert.ok(await page.locator(".vis-item").count() > 0);
    // clusters are drawn from the first window on (vis-timeline 8.5 only clusters on a window change)
    assert.ok(await page.locator(".vis-item.vis-cluster").count() > 0, "clusters drawn");
    await page.fill("#f-q", "number 4242 ");
    await page.waitForFunction(() => document.getElementById("count").dataset.shown === "1", null, { timeout: 60000 });
    clean(t, seen);
    await context.close();
  });
});
