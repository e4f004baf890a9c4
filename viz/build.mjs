#!/usr/bin/env node
// Builds the viewer template: src/template.html with the libraries' standalone builds, their CSS,
// src/style.css and src/viewer.js inlined, and a Content-Security-Policy that allows exactly these
// inline scripts (by hash) and no network request at all. The result holds one data placeholder
// that crisis-timeline (src/io/html.cpp) replaces with the escaped timeline JSON.
//
//   node build.mjs [--out FILE]      (default: dist/viewer.html)
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const DATA_PLACEHOLDER = '"__CRISIS_TIMELINE_DATA__"';

const read = (...parts) => readFileSync(join(here, ...parts), "utf8");
const lib = (pkg, file) => read("node_modules", pkg, file);

// Inline code must not end its element early nor open an HTML comment (which changes how the
// parser finds </script>); source-map comments would make devtools ask for a file.
function inlineSafe(name, text, closing) {
  text = text.replace(/\n\/[/*]# sourceMappingURL=[^\n]*\s*$/, "\n");
  const bad = [closing, "<!--"].find((s) => text.toLowerCase().includes(s));
  if (bad) throw new Error(`${name} contains "${bad}": cannot be inlined`);
  return text;
}
const sha256 = (text) => "'sha256-" + createHash("sha256").update(text, "utf8").digest("base64") + "'";

export function buildViewer() {
  const template = read("src", "template.html");
  const parts = {
    "@LIBRARY_CSS@": inlineSafe("library CSS",
      lib("vis-timeline", "styles/vis-timeline-graph2d.min.css") + "\n" + lib("vis-network", "styles/vis-network.min.css"), "</style"),
    "@VIEWER_CSS@": inlineSafe("style.css", read("src", "style.css"), "</style"),
    "@VIS_TIMELINE_JS@": inlineSafe("vis-timeline", lib("vis-timeline", "standalone/umd/vis-timeline-graph2d.min.js"), "</script"),
    "@VIS_NETWORK_JS@": inlineSafe("vis-network", lib("vis-network", "standalone/umd/vis-network.min.js"), "</script"),
    "@VIEWER_JS@": inlineSafe("viewer.js", read("src", "viewer.js"), "</script"),
  };
  const scripts = ["@VIS_TIMELINE_JS@", "@VIS_NETWORK_JS@", "@VIEWER_JS@"].map((k) => sha256(parts[k]));
  parts["@CSP@"] = [
    "default-src 'none'",
    "script-src " + scripts.join(" "),
    "style-src 'unsafe-inline'",
    "img-src data:",
    "font-src data:",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  let html = template;
  for (const [key, value] of Object.entries(parts)) {
    const at = html.indexOf(key);
    if (at < 0 || html.indexOf(key, at + 1) >= 0) throw new Error(`template needs exactly one ${key}`);
    html = html.slice(0, at) + value + html.slice(at + key.length);
  }
  const first = html.indexOf(DATA_PLACEHOLDER);
  if (first < 0 || html.indexOf(DATA_PLACEHOLDER, first + 1) >= 0)
    throw new Error("the built viewer must hold the data placeholder exactly once");
  return html;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--out");
  const out = i > 0 && process.argv[i + 1] ? process.argv[i + 1] : join(here, "dist", "viewer.html");
  const html = buildViewer();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out + ".tmp", html);
  renameSync(out + ".tmp", out);
  console.log(`viewer: ${out} (${(html.length / 1024).toFixed(0)} KiB)`);
}
