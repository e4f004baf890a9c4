// The same embedding as src/io/html.cpp, for developing the viewer without the binary: the JSON
// goes into <script type="application/json"> with <, >, &, U+2028 and U+2029 escaped.
export const DATA_PLACEHOLDER = '"__CRISIS_TIMELINE_DATA__"';

export function escapeJsonForHtml(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

export function embed(template, json) {
  const at = template.indexOf(DATA_PLACEHOLDER);
  if (at < 0) throw new Error("no data placeholder in the viewer template");
  return template.slice(0, at) + escapeJsonForHtml(json) + template.slice(at + DATA_PLACEHOLDER.length);
}
