// crisis-timeline viewer: reads the timeline embedded as JSON (the element with id "data") and shows it
// with vis-timeline and vis-network. Every string from the data is untrusted (article text): it is
// inserted with textContent or as text nodes, never as HTML; only http(s) URLs become links.
(function () {
  "use strict";

  const DAY = 86400000;
  const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  const CAMEO = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
    "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
    "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit military posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
    "19": "Fight", "20": "Use unconventional mass violence",
  };
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  const BIG = 600;          // above this many events: clusters, point items, aggregated graph
  const GRAPH_EVENTS = 400; // event vertices in the graph up to this many events
  const NO_ACTOR = "\u0000none";

  const $ = (id) => document.getElementById(id);

  // --- DOM helpers: text only ---------------------------------------------------------------------
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v == null || v === false) continue;
        if (k === "className") node.className = v;
        else if (k === "text") node.textContent = String(v);
        else if (k === "onclick") node.addEventListener("click", v);
        else node.setAttribute(k, String(v));
      }
    }
    for (const c of children) {
      if (c == null || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function str(v) { return typeof v === "string" ? v : v == null ? "" : String(v); }
  function arr(v) { return Array.isArray(v) ? v : []; }

  // Only absolute http(s) URLs become links: no javascript:, data:, relative or malformed ones.
  function safeUrl(u) {
    if (typeof u !== "string") return null;
    try {
      const url = new URL(u.trim());
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // --- dates ----------------------------------------------------------------------------------------
  function isoDay(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(str(s));
    if (!m) return null;
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return Number.isFinite(t) ? t : null;
  }
  // [start, end) in ms from a TIMEX3 value, for data without start/end.
  function timexRange(v) {
    v = str(v);
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) { const s = Date.UTC(+m[1], +m[2] - 1, +m[3]); return [s, s + DAY]; }
    if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
      const jan4 = Date.UTC(+m[1], 0, 4);
      const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
      const s = monday + (+m[2] - 1) * 7 * DAY; return [s, s + 7 * DAY];
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
    if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return [Date.UTC(+m[1], (+m[2] - 1) * 3, 1), Date.UTC(+m[1], +m[2] * 3, 1)];
    if ((m = /^(\d{4})$/.exec(v))) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1)];
    if ((m = /^(\d{3})$/.exec(v))) return [Date.UTC(+m[1] * 10, 0, 1), Date.UTC(+m[1] * 10 + 10, 0, 1)];
    return null;
  }
  function fmtDay(t) {
    const d = new Date(t);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function isoOf(t) { return new Date(t).toISOString().slice(0, 10); }
  // The date as precise as the text said it: "26 January 2022", "December 2021", "week 4 of 2022".
  function describeDate(ev) {
    const v = str(ev.raw.date);
    let m;
    if (ev.s == null) return v || "undated";
    if (/^\d{4}-\d{2}-\d{2}/.test(v) || !ev.range) return fmtDay(ev.s);
    if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return MONTHS[+m[2] - 1] + " " + m[1] + " (month)";
    if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) return "week " + +m[2] + " of " + m[1] + " (" + fmtDay(ev.s) + " – " + fmtDay(ev.e - DAY) + ")";
    if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return "Q" + m[2] + " " + m[1] + " (quarter)";
    if (/^\d{4}$/.test(v)) return v + " (year)";
    return fmtDay(ev.s) + " – " + fmtDay(ev.e - DAY);
  }

  // --- the data -------------------------------------------------------------------------------------
  function readData() {
    let d = null;
    try { d = JSON.parse($("data").textContent); } catch (e) { d = null; }
    if (!d || typeof d !== "object" || Array.isArray(d)) d = {};
    for (const k of ["articles", "actors", "events", "storylines", "event_edges"]) d[k] = arr(d[k]);
    return d;
  }

  const data = readData();
  const actorById = new Map();
  for (const a of data.actors) if (a && typeof a.id === "string") actorById.set(a.id, a);
  const articleById = new Map();
  for (const a of data.articles) if (a && typeof a.id === "string") articleById.set(a.id, a);
  const actorName = (id) => (actorById.has(id) ? str(actorById.get(id).name) || id : str(id));

  function cameoRoot(code) { const c = str(code); return /^\d{2}/.test(c) ? c.slice(0, 2) : ""; }

  const events = [];
  const eventById = new Map();
  data.events.forEach((raw, index) => {
    if (!raw || typeof raw !== "object") return;
    const id = typeof raw.id === "string" && raw.id && !eventById.has(raw.id) ? raw.id : "event-" + index;
    let s = isoDay(raw.start);
    let e = isoDay(raw.end);
    if (s != null && e != null && e >= s) e += DAY; else {
      const r = timexRange(raw.date);
      s = r ? r[0] : null; e = r ? r[1] : null;
    }
    const source = arr(raw.source).map(str);
    const target = arr(raw.target).map(str);
    const evidence = arr(raw.evidence).filter((x) => x && typeof x === "object");
    const quad = [1, 2, 3, 4].includes(+raw.quad_class) ? +raw.quad_class : 0;
    const root = cameoRoot(raw.cameo);
    const label = str(raw.label) || CAMEO[root] || "Event";
    const text = [raw.summary, raw.trigger, label, ...evidence.map((x) => x.text)].map(str).join("\n").toLowerCase();
    const ev = {
      raw, id, index, s, e, range: s != null && e - s > DAY, quad, root, label, source, target, evidence, text,
      actors: new Set([...source, ...target]), articles: new Set(evidence.map((x) => str(x.article))),
      inferred: raw.date_inferred === true, planned: raw.status === "planned",
    };
    events.push(ev);
    eventById.set(id, ev);
  });
  events.sort((a, b) => (a.s ?? Infinity) - (b.s ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dated = events.filter((ev) => ev.s != null);
  const big = events.length > BIG;

  // Affiliates: selecting a country includes its officials.
  const affiliates = new Map();
  for (const a of actorById.values()) {
    const p = typeof a.affiliation === "string" ? a.affiliation : null;
    if (p && p !== a.id && actorById.has(p)) {
      if (!affiliates.has(p)) affiliates.set(p, new Set());
      affiliates.get(p).add(a.id);
    }
  }

  // --- lanes: one per actor, officials nested under their country -----------------------------------
  function laneOf(ev) {
    for (const id of ev.source) if (actorById.has(id)) return id;
    for (const id of ev.target) if (actorById.has(id)) return id;
    return ev.source[0] || ev.target[0] || NO_ACTOR;
  }
  const laneCount = new Map();
  for (const ev of dated) { ev.lane = laneOf(ev); laneCount.set(ev.lane, (laneCount.get(ev.lane) || 0) + 1); }
  function parentLane(id) {
    const a = actorById.get(id);
    const p = a && typeof a.affiliation === "string" ? a.affiliation : null;
    if (!p || p === id || !actorById.has(p)) return null;
    const pa = actorById.get(p);
    // one level of nesting only: the parent must not itself be nested
    if (typeof pa.affiliation === "string" && actorById.has(pa.affiliation) && pa.affiliation !== p) return null;
    return p;
  }
  const groups = new vis.DataSet();
  (function buildGroups() {
    const children = new Map();
    const tops = new Set();
    for (const id of laneCount.keys()) {
      const p = parentLane(id);
      if (p) { if (!children.has(p)) children.set(p, []); children.get(p).push(id); tops.add(p); } else tops.add(id);
    }
    const weight = (id) => (laneCount.get(id) || 0) + arr(children.get(id)).reduce((n, c) => n + (laneCount.get(c) || 0), 0);
    const byWeight = (a, b) => weight(b) - weight(a) || actorName(a).localeCompare(actorName(b));
    let order = 0;
    const rows = [];
    for (const id of [...tops].sort(byWeight)) {
      const kids = arr(children.get(id)).sort(byWeight);
      rows.push({ id, order: order++, content: "", nestedGroups: kids.length ? kids : undefined, showNested: kids.length ? true : undefined });
      for (const k of kids) rows.push({ id: k, order: order++, content: "", treeLevel: 1 });
    }
    groups.add(rows);
  })();

  function groupLabel(group) {
    if (!group) return h("span");
    if (group.id === NO_ACTOR) return h("span", { className: "lane", text: "(no actor)" });
    const a = actorById.get(group.id);
    const wrap = h("span", { className: "lane" + (a ? " kind-" + str(a.kind).replace(/[^a-z]/g, "") : "") });
    wrap.appendChild(h("span", { className: "lane-name", text: actorName(group.id) }));
    if (a && a.title) wrap.appendChild(h("span", { className: "lane-title", text: str(a.title) }));
    wrap.title = actorName(group.id) + (a && a.kind ? " (" + str(a.kind) + ")" : "");
    return wrap;
  }

  // --- timeline items -----------------------------------------------------------------------------
  const items = new vis.DataSet(dated.map((ev) => {
    const item = {
      id: ev.id,
      group: ev.lane,
      start: new Date(ev.s),
      type: ev.range ? "range" : big ? "point" : "box",
      content: "",
      className: "q" + ev.quad + (ev.inferred ? " inferred" : "") + (ev.planned ? " planned" : ""),
    };
    if (ev.range) item.end = new Date(ev.e); // no "end" key at all otherwise: Timeline.focus tests `"end" in item`
    return item;
  }));
  function itemContent(item) {
    if (!item) return h("span");
    if (item.isCluster) {
      const n = arr(item.uiItems).length || arr(item.items).length;
      return h("span", { className: "cluster-count", title: n + " events: zoom in or double-click", text: String(n) });
    }
    const ev = eventById.get(item.id);
    if (!ev) return h("span");
    const node = h("span", { className: "item-label" });
    if (ev.planned) node.appendChild(h("span", { className: "mark", text: "planned " }));
    if (ev.inferred) node.appendChild(h("span", { className: "mark", text: "≈ " }));
    node.appendChild(document.createTextNode(ev.label));
    node.title = describeDate(ev) + (ev.inferred ? " (date inferred from the article date)" : "") +
      (ev.planned ? " (planned)" : "") + "\n" + str(ev.raw.summary);
    return node;
  }

  // --- filters and the URL fragment ---------------------------------------------------------------
  const state = { tab: "timeline", q: "", actor: "", type: "", article: "", from: "", to: "", sel: "", win: "" };
  let visible = new Set(dated.map((ev) => ev.id));
  let visibleAll = events.slice();

  function matches(ev) {
    if (state.actor) {
      const want = new Set([state.actor, ...(affiliates.get(state.actor) || [])]);
      let ok = false;
      for (const a of ev.actors) if (want.has(a)) { ok = true; break; }
      if (!ok) return false;
    }
    if (state.type) {
      if (state.type[0] === "q" && "q" + ev.quad !== state.type) return false;
      if (state.type[0] === "c" && "c" + ev.root !== state.type) return false;
    }
    if (state.article && !ev.articles.has(state.article)) return false;
    const from = isoDay(state.from), to = isoDay(state.to);
    if (from != null && (ev.e == null || ev.e <= from)) return false;
    if (to != null && (ev.s == null || ev.s >= to + DAY)) return false;
    if (state.q) for (const w of state.q.toLowerCase().split(/\s+/)) if (w && !ev.text.includes(w)) return false;
    return true;
  }

  function fillSelect(select, options) {
    for (const [value, text] of options) select.appendChild(h("option", { value, text }));
  }
  function setupFilters() {
    const involved = new Map();
    for (const ev of events) for (const a of ev.actors) involved.set(a, (involved.get(a) || 0) + 1);
    const actorIds = [...new Set([...involved.keys(), ...affiliates.keys()])].filter((id) => actorById.has(id) || involved.has(id));
    actorIds.sort((a, b) => actorName(a).localeCompare(actorName(b)));
    fillSelect($("f-actor"), actorIds.map((id) => [id, actorName(id) + " (" + (involved.get(id) || 0) + ")"]));
    const quads = [1, 2, 3, 4].filter((q) => events.some((ev) => ev.quad === q));
    const roots = [...new Set(events.map((ev) => ev.root).filter(Boolean))].sort();
    fillSelect($("f-type"), quads.map((q) => ["q" + q, "— " + QUAD[q] + " —"]));
    fillSelect($("f-type"), roots.map((r) => ["c" + r, r + " " + (CAMEO[r] || "")]));
    const arts = data.articles.filter((a) => a && typeof a.id === "string");
    fillSelect($("f-article"), arts.map((a) => [a.id, (str(a.date) ? str(a.date) + " " : "") + (str(a.title) || str(a.path).split(/[\\/]/).pop() || a.id)]));
    if (dated.length) {
      for (const id of ["f-from", "f-to"]) { $(id).min = isoOf(dated[0].s); $(id).max = isoOf(dated[dated.length - 1].e - DAY); }
    }
    const onChange = () => { readFilterInputs(); applyFilters(); writeHash(); };
    let debounce = 0;
    $("f-q").addEventListener("input", () => { clearTimeout(debounce); debounce = setTimeout(onChange, big ? 200 : 60); });
    for (const id of ["f-actor", "f-type", "f-article", "f-from", "f-to"]) $(id).addEventListener("change", onChange);
    $("filters").addEventListener("submit", (e) => { e.preventDefault(); onChange(); });
    $("filters").addEventListener("reset", () => setTimeout(onChange, 0));
    $("filters-toggle").addEventListener("click", () => {
      const open = !$("filters").classList.contains("open");
      $("filters").classList.toggle("open", open);
      $("filters-toggle").setAttribute("aria-expanded", String(open));
    });
  }
  function readFilterInputs() {
    state.q = $("f-q").value.trim();
    state.actor = $("f-actor").value;
    state.type = $("f-type").value;
    state.article = $("f-article").value;
    state.from = $("f-from").value;
    state.to = $("f-to").value;
  }
  function writeFilterInputs() {
    $("f-q").value = state.q;
    for (const [id, key] of [["f-actor", "actor"], ["f-type", "type"], ["f-article", "article"]]) {
      const sel = $(id);
      sel.value = state[key];
      if (sel.value !== state[key]) { state[key] = ""; sel.value = ""; } // unknown value from a link
    }
    $("f-from").value = isoDay(state.from) != null ? state.from : "";
    $("f-to").value = isoDay(state.to) != null ? state.to : "";
  }

  function writeHash() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) if (v && !(k === "tab" && v === "timeline")) p.set(k, v);
    const hash = p.toString();
    if (location.hash.slice(1) !== hash) history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }
  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    for (const k of Object.keys(state)) state[k] = p.get(k) || "";
    if (!["timeline", "graph", "list"].includes(state.tab)) state.tab = "timeline";
  }

  // --- the timeline -----------------------------------------------------------------------------------
  let timeline = null;
  let view = null;
  function applyFilters() {
    visibleAll = events.filter(matches);
    visible = new Set(visibleAll.filter((ev) => ev.s != null).map((ev) => ev.id));
    if (view) view.refresh();
    // hide lanes left without events (a parent stays while one of its officials has some)
    const shown = new Set();
    for (const ev of dated) if (visible.has(ev.id)) shown.add(ev.lane);
    const updates = [];
    groups.forEach((g) => {
      const on = shown.has(g.id) || arr(g.nestedGroups).some((c) => shown.has(c));
      if (g.visible !== on && !(g.visible === undefined && on)) updates.push({ id: g.id, visible: on });
    });
    if (updates.length) groups.update(updates);
    const undated = visibleAll.length - visible.size;
    $("count").textContent = "Showing " + visibleAll.length + " of " + events.length + " events" +
      (undated ? " (" + undated + " undated, in the list only)" : "");
    $("count").dataset.shown = String(visibleAll.length);
    const active = ["actor", "type", "article", "from", "to"].filter((k) => state[k]).length;
    $("filters-toggle").textContent = active ? "Filters (" + active + ")" : "Filters";
    $("empty").hidden = visible.size > 0 || !timeline;
    if (state.tab === "list") renderList();
    listDirty = state.tab !== "list";
  }

  function createTimeline() {
    const container = $("timeline");
    view = new vis.DataView(items, { filter: (item) => visible.has(item.id) });
    const span = dated.length ? [dated[0].s, Math.max(...dated.slice(-50).map((ev) => ev.e))] : [Date.now() - 30 * DAY, Date.now()];
    const options = {
      moment: (date) => vis.moment(date).utc(),
      min: new Date(span[0] - 50 * 365 * DAY), max: new Date(span[1] + 50 * 365 * DAY),
      zoomMin: DAY, orientation: { axis: "top", item: "top" },
      stack: true, selectable: true, multiselect: false, editable: false, showCurrentTime: false,
      groupOrder: "order", groupHeightMode: "auto", verticalScroll: true, horizontalScroll: false,
      zoomKey: "ctrlKey", maxHeight: "100%", height: "100%", margin: { item: { horizontal: 2, vertical: 4 }, axis: 4 },
      template: itemContent, groupTemplate: groupLabel, showTooltips: false,
      xss: { disabled: false },
      dataAttributes: ["id"],
    };
    if (big) options.cluster = { maxItems: 4, showStipes: false, fitOnDoubleClick: true, titleTemplate: "{count} events" };
    timeline = new vis.Timeline(container, view, groups, options);
    // The first window is set after vis-timeline's own first fit, which it does on its first
    // "changed" event, after construction, and which would otherwise replace any window set
    // before (the page then shows one window while the next redraw jumps to everything). Given as
    // options start/end instead, vis-timeline 8.5 never draws its clusters until the window changes.
    let first = true;
    timeline.on("changed", () => {
      if (!first) return;
      first = false;
      const w = initialWindow();
      timeline.setWindow(w[0], w[1], { animation: false });
      applyWindow();
      if (state.sel && visible.has(state.sel) && !state.win) timeline.focus(state.sel, { animation: false, zoom: false });
      setTimeout(() => { timeline.redraw(); markRendered(); }, 0);
    });
    timeline.on("select", (props) => {
      const id = props.items && props.items[0];
      if (id != null && eventById.has(String(id))) selectEvent(String(id), { from: "timeline" });
      else if (!props.items || props.items.length === 0) closePanel();
    });
    let winTimer = 0;
    timeline.on("rangechanged", (p) => {
      if (!p.byUser) return;
      clearTimeout(winTimer);
      winTimer = setTimeout(() => {
        const w = timeline.getWindow();
        state.win = Math.round(w.start.getTime() / 1000) + "," + Math.round(w.end.getTime() / 1000);
        writeHash();
      }, 150);
    });
    container.addEventListener("keydown", onTimelineKey);
    $("zoom-in").addEventListener("click", () => timeline.zoomIn(0.5));
    $("zoom-out").addEventListener("click", () => timeline.zoomOut(0.5));
    $("zoom-fit").addEventListener("click", fitAll);
    let expanded = true;
    $("lanes-toggle").setAttribute("aria-pressed", "true");
    $("lanes-toggle").addEventListener("click", () => {
      expanded = !expanded;
      $("lanes-toggle").setAttribute("aria-pressed", String(expanded));
      groups.update(groups.get({ filter: (g) => Array.isArray(g.nestedGroups) }).map((g) => ({ id: g.id, showNested: expanded })));
    });
  }
  // The middle of the story: from the 5th percentile of event dates to the last one (a single
  // event years earlier would otherwise squeeze everything else into a corner). "Fit" shows all.
  function initialWindow() {
    if (!dated.length) return [new Date(Date.now() - 30 * DAY), new Date(Date.now() + DAY)];
    const lo = dated[Math.floor(dated.length * 0.05)].s;
    const hi = Math.max(...dated.slice(-50).map((ev) => ev.e));
    const pad = Math.max((hi - lo) * 0.06, 2 * DAY);
    return [new Date(lo - pad), new Date(hi + pad)];
  }
  function markRendered() {
    if (document.body.dataset.rendered === "true") return;
    document.body.dataset.rendered = "true";
    window.__crisisRendered = performance.now();
  }
  function fitAll() {
    if (!timeline) return;
    state.win = "";
    writeHash();
    timeline.fit({ animation: false });
  }
  function onTimelineKey(e) {
    if (!timeline || e.altKey || e.ctrlKey || e.metaKey) return;
    const w = timeline.getWindow();
    const width = w.end - w.start;
    const move = (f) => timeline.setWindow(new Date(+w.start + width * f), new Date(+w.end + width * f), { animation: false });
    switch (e.key) {
      case "ArrowLeft": move(-0.2); break;
      case "ArrowRight": move(0.2); break;
      case "PageUp": move(-1); break;
      case "PageDown": move(1); break;
      case "+": case "=": timeline.zoomIn(0.5, { animation: false }); break;
      case "-": case "_": timeline.zoomOut(0.5, { animation: false }); break;
      case "0": case "Home": fitAll(); return;
      case "Escape": closePanel(); return;
      default: return;
    }
    e.preventDefault();
    setTimeout(() => {
      const nw = timeline.getWindow();
      state.win = Math.round(nw.start.getTime() / 1000) + "," + Math.round(nw.end.getTime() / 1000);
      writeHash();
    }, 0);
  }
  function applyWindow() {
    const m = /^(-?\d+),(-?\d+)$/.exec(state.win);
    if (timeline && m && +m[2] > +m[1]) timeline.setWindow(new Date(m[1] * 1000), new Date(m[2] * 1000), { animation: false });
  }

  // --- the event panel --------------------------------------------------------------------------------
  function actorList(ids) {
    const span = h("span", { className: "actors" });
    ids.forEach((id, i) => { if (i) span.appendChild(document.createTextNode(", ")); span.appendChild(h("span", { className: "actor", text: actorName(id) })); });
    return span;
  }
  function articleCitation(articleId) {
    const a = articleById.get(articleId);
    const cite = h("cite", { className: "article" });
    // without a title, the file name (not the whole path of the machine that built the page)
    const title = a ? str(a.title) || str(a.path).split(/[\\/]/).pop() || articleId : articleId || "unknown article";
    const url = a ? safeUrl(a.url) : null;
    cite.appendChild(url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", text: title }) : h("span", { text: title }));
    if (a && a.source) cite.appendChild(document.createTextNode(" · " + str(a.source)));
    if (a && a.date) cite.appendChild(document.createTextNode(" · " + str(a.date)));
    if (a && !url && a.url) cite.appendChild(h("span", { className: "bad-url", text: " (link not shown: not an http(s) address)" }));
    return cite;
  }
  function eventButton(ev, current) {
    const b = h("button", { type: "button", className: "event-link q" + ev.quad, "aria-current": current ? "true" : null },
      h("span", { className: "when", text: ev.s != null ? isoOf(ev.s) : str(ev.raw.date) }), " ", ev.label,
      ev.raw.summary ? h("span", { className: "muted", text: " — " + str(ev.raw.summary) }) : null);
    if (!current) b.addEventListener("click", () => selectEvent(ev.id, { from: "panel" }));
    return b;
  }
  function renderPanel(ev) {
    const body = $("panel-body");
    clear(body);
    $("panel-title").textContent = ev.label + (ev.raw.cameo ? " (CAMEO " + str(ev.raw.cameo) + ")" : "");
    const meta = h("dl", { className: "meta" });
    const row = (k, v) => { meta.appendChild(h("dt", { text: k })); meta.appendChild(h("dd", null, v)); };
    row("When", describeDate(ev));
    if (ev.inferred) row("Date", h("span", { className: "badge inferred", text: "inferred: the article's date, not read from the text" }));
    if (ev.planned) row("Status", h("span", { className: "badge planned", text: "planned (announced, not yet happened)" }));
    const alts = arr(ev.raw.alternative_dates).map(str).filter(Boolean);
    if (alts.length) row("Other readings", alts.join(", "));
    row("Type", (QUAD[ev.quad] || "unknown class") + (ev.raw.goldstein != null ? " · Goldstein " + str(ev.raw.goldstein) : ""));
    if (ev.source.length) row("Who", actorList(ev.source));
    if (ev.target.length) row("To whom", actorList(ev.target));
    if (typeof ev.raw.confidence === "number" && Number.isFinite(ev.raw.confidence))
      row("Confidence", ev.raw.confidence >= 0 && ev.raw.confidence <= 1 ? Math.round(ev.raw.confidence * 100) + "%" : String(ev.raw.confidence));
    else if (ev.raw.confidence != null) row("Confidence", str(ev.raw.confidence));
    body.appendChild(meta);
    if (ev.raw.summary) body.appendChild(h("p", { className: "summary-text", text: str(ev.raw.summary) }));
    body.appendChild(h("h3", { text: "Evidence (" + ev.evidence.length + ")" }));
    const ol = h("ol", { className: "evidence" });
    for (const x of ev.evidence) {
      ol.appendChild(h("li", { "data-article": str(x.article) },
        h("blockquote", { text: str(x.text) }), articleCitation(str(x.article))));
    }
    body.appendChild(ol);
    const links = arr(ev.raw.links).filter((l) => l && eventById.has(str(l.event)));
    if (links.length) {
      body.appendChild(h("h3", { text: "Related events" }));
      const ul = h("ul", { className: "related" });
      for (const l of links) ul.appendChild(h("li", null, h("span", { className: "muted", text: str(l.kind).replace(/_/g, " ") + ": " }), eventButton(eventById.get(str(l.event)))));
      body.appendChild(ul);
    }
    const story = data.storylines.find((s) => s && s.id === ev.raw.storyline) ||
      data.storylines.find((s) => s && arr(s.events).includes(ev.id));
    if (story) {
      const others = arr(story.events).map(str).filter((id) => eventById.has(id));
      body.appendChild(h("h3", { text: "Storyline (" + others.length + " events)" }));
      const sol = h("ol", { className: "storyline" });
      for (const id of others.slice(0, 200)) sol.appendChild(h("li", null, eventButton(eventById.get(id), id === ev.id)));
      if (others.length > 200) sol.appendChild(h("li", { className: "muted", text: "… and " + (others.length - 200) + " more" }));
      body.appendChild(sol);
    }
  }
  function selectEvent(id, opts) {
    const ev = eventById.get(id);
    if (!ev) return;
    state.sel = id;
    renderPanel(ev);
    $("panel").hidden = false;
    document.body.classList.add("with-panel");
    if (timeline && (!opts || opts.from !== "timeline") && visible.has(id)) {
      timeline.setSelection([id]);
      if (!opts || opts.from !== "load" || !state.win) timeline.focus(id, { animation: false, zoom: false });
    }
    writeHash();
    if (opts && opts.from === "panel") $("panel-title").focus();
  }
  function closePanel() {
    $("panel").hidden = true;
    document.body.classList.remove("with-panel");
    state.sel = "";
    if (timeline) timeline.setSelection([]);
    writeHash();
  }

  // --- the list -----------------------------------------------------------------------------------
  let listDirty = true;
  function renderList() {
    const ol = $("list");
    clear(ol);
    const frag = document.createDocumentFragment();
    for (const ev of visibleAll) {
      const li = h("li", { className: "q" + ev.quad, "data-event": ev.id },
        h("time", { datetime: ev.s != null ? isoOf(ev.s) : null, text: describeDate(ev) }),
        " ", h("strong", { text: ev.label }),
        ev.inferred ? h("span", { className: "badge inferred", text: "date inferred" }) : null,
        ev.planned ? h("span", { className: "badge planned", text: "planned" }) : null,
        ev.source.length || ev.target.length ? h("span", { className: "who", text: " " + ev.source.map(actorName).join(", ") + (ev.target.length ? " → " + ev.target.map(actorName).join(", ") : "") }) : null,
        ev.raw.summary ? h("p", { text: str(ev.raw.summary) }) : null);
      const quotes = h("ul", { className: "list-evidence" });
      for (const x of ev.evidence) quotes.appendChild(h("li", null, h("q", { text: str(x.text) }), " ", articleCitation(str(x.article))));
      if (ev.evidence.length) li.appendChild(quotes);
      li.appendChild(h("button", { type: "button", className: "details no-print", onclick: () => selectEvent(ev.id, { from: "list" }), text: "Details" }));
      frag.appendChild(li);
    }
    ol.appendChild(frag);
    listDirty = false;
  }

  // --- the graph ----------------------------------------------------------------------------------
  let network = null;
  function createGraph() {
    const withEvents = events.length <= GRAPH_EVENTS;
    const degree = new Map();
    for (const ev of events) for (const a of ev.actors) degree.set(a, (degree.get(a) || 0) + 1);
    const nodes = [];
    const edges = [];
    const palette = { country: "#4e79a7", person: "#f28e2b", organization: "#59a14f", group: "#b07aa1", other: "#9c9c9c" };
    for (const [id, n] of degree) {
      const a = actorById.get(id);
      const kind = a && palette[a.kind] ? a.kind : "other";
      nodes.push({ id: "a:" + id, label: actorName(id), shape: "dot", value: n, color: palette[kind], font: { size: 14, color: "#1b1b1b" } });
    }
    for (const a of actorById.values()) {
      if (degree.has(a.id) && typeof a.affiliation === "string" && degree.has(a.affiliation) && a.affiliation !== a.id)
        edges.push({ from: "a:" + a.id, to: "a:" + a.affiliation, dashes: true, color: { color: "#bbbbbb" }, width: 1 });
    }
    const quadColor = { 0: "#9c9c9c", 1: "#5aa9e6", 2: "#2a9d8f", 3: "#e9a23b", 4: "#d1495b" };
    if (withEvents) {
      for (const ev of events) {
        nodes.push({ id: "e:" + ev.id, shape: "square", size: 6, color: quadColor[ev.quad], label: undefined, title: h("div", { className: "net-tip" }, h("strong", { text: ev.label }), h("br"), str(ev.raw.summary)) });
        for (const a of ev.source) edges.push({ from: "a:" + a, to: "e:" + ev.id, arrows: "to", color: { color: quadColor[ev.quad] } });
        for (const a of ev.target) edges.push({ from: "e:" + ev.id, to: "a:" + a, arrows: "to", color: { color: quadColor[ev.quad] } });
      }
    } else {
      const pairs = new Map();
      for (const ev of events) for (const s of ev.source) for (const t of ev.target) {
        if (s === t) continue;
        const k = s + "\u0000" + t;
        pairs.set(k, (pairs.get(k) || 0) + 1);
      }
      for (const [k, n] of pairs) {
        const [s, t] = k.split("\u0000");
        edges.push({ from: "a:" + s, to: "a:" + t, value: n, arrows: "to", color: { color: "#8a8a8a" } });
      }
      $("graph-hint").textContent = "Actors and how often they act on each other (" + events.length +
        " events are too many to draw one by one). Select an actor to filter the timeline by it.";
    }
    network = new vis.Network($("graph"), { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }, {
      // labels large enough to read once the whole graph is fitted into the canvas
      nodes: { scaling: { min: 8, max: 36, label: { enabled: true, min: 18, max: 30, drawThreshold: 6 } } },
      edges: { smooth: false, scaling: { min: 1, max: 8 } },
      physics: {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.02, springLength: 40, springConstant: 0.1, avoidOverlap: 0.3 },
        stabilization: { iterations: 200, updateInterval: 50 },
      },
      interaction: { hover: true, keyboard: { enabled: true, bindToWindow: false }, navigationButtons: false, multiselect: false },
    });
    network.once("stabilizationIterationsDone", () => { network.setOptions({ physics: false }); network.fit({ animation: false }); });
    network.on("selectNode", (p) => onGraphSelect(String(p.nodes[0] || "")));
  }
  function onGraphSelect(id) {
    if (id.startsWith("a:")) {
      state.actor = id.slice(2);
      writeFilterInputs();
      applyFilters();
      showTab("timeline");
    } else if (id.startsWith("e:")) selectEvent(id.slice(2), { from: "graph" });
  }

  // --- tabs -----------------------------------------------------------------------------------------
  function showTab(tab) {
    state.tab = tab;
    for (const t of ["timeline", "graph", "list"]) {
      $("view-" + t).hidden = t !== tab;
      $("tab-" + t).setAttribute("aria-selected", String(t === tab));
      $("tab-" + t).tabIndex = t === tab ? 0 : -1;
    }
    if (tab === "graph" && !network) createGraph();
    if (tab === "list" && listDirty) renderList();
    if (tab === "timeline" && timeline) timeline.redraw();
    writeHash();
  }

  // --- start ----------------------------------------------------------------------------------------
  function start() {
    const s = data.summary && typeof data.summary === "object" ? data.summary : {};
    const titleText = str(s.title) || "Crisis timeline";
    $("title").textContent = titleText;
    document.title = titleText;
    const first = dated[0], last = dated[dated.length - 1];
    $("summary").textContent = events.length + " events · " + data.actors.length + " actors · " + data.articles.length +
      " articles" + (first ? " · " + fmtDay(first.s) + " – " + fmtDay(last.e - DAY) : "") +
      (data.generated_by ? " · " + str(data.generated_by) : "");
    setupFilters();
    readHash();
    writeFilterInputs();
    visibleAll = events.filter(matches);
    visible = new Set(visibleAll.filter((ev) => ev.s != null).map((ev) => ev.id));
    createTimeline();
    applyFilters();
    applyWindow();
    for (const t of ["timeline", "graph", "list"]) $("tab-" + t).addEventListener("click", () => showTab(t));
    $("panel-close").addEventListener("click", closePanel);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("panel").hidden) closePanel(); });
    window.addEventListener("hashchange", () => {
      readHash(); writeFilterInputs(); applyFilters(); applyWindow(); showTab(state.tab);
      if (state.sel && eventById.has(state.sel)) selectEvent(state.sel, { from: "load" }); else if (!$("panel").hidden) closePanel();
    });
    window.addEventListener("beforeprint", () => { if (listDirty) renderList(); });
    showTab(state.tab);
    // opened on another tab, the hidden timeline does not draw until it is shown
    if (state.tab !== "timeline") markRendered();
    if (state.sel && eventById.has(state.sel)) selectEvent(state.sel, { from: "load" });
    document.body.dataset.ready = "true";
    window.__crisisReady = performance.now();
  }

  // A read-only handle for tests and the benchmark.
  window.crisisViewer = Object.freeze({
    eventCount: () => events.length,
    shownCount: () => visibleAll.length,
    timelineCount: () => visible.size,
    select: (id) => selectEvent(String(id), { from: "api" }),
    graphSelect: (nodeId) => onGraphSelect(String(nodeId)),
    window: () => { if (!timeline) return null; const w = timeline.getWindow(); return [w.start.getTime(), w.end.getTime()]; },
  });
  start();
})();
