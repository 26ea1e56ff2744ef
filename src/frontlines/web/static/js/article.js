/* One article: its text with every span an incident took a field or claim from. */
"use strict";

(() => {
  const { el, clear, append, getJSON } = FL;
  const $ = (id) => document.getElementById(id);
  const id = decodeURIComponent(window.location.pathname.split("/").filter(Boolean).pop() || "");
  const apiUrl = "/api/articles/" + encodeURIComponent(id);

  async function main() {
    $("json-link").href = apiUrl;
    try {
      const body = await getJSON(apiUrl);
      const a = body.data;
      document.title = (a.title || a.id) + " — frontlines";
      $("title").textContent = a.title || a.id;
      const url = FL.safeUrl(a.url);
      append(clear($("meta")), [a.outlet || "Unknown outlet", " · ", a.published || "undated",
        url ? [" · ", el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null]);
      append(clear($("incidents")), body.incidents.length
        ? body.incidents.map((i) => el("li", {}, el("a", { href: "/incidents/" + encodeURIComponent(i) }, i)))
        : [el("li", {}, "No incident was coded from this article.")]);
      append(clear($("text")), [FL.highlighted(a.text, body.spans)]);
      append(clear($("spans")), [el("table", { class: "ledger" },
        el("thead", {}, el("tr", {}, ["Field", "Characters", "Source", "Text"].map((h) => el("th", {}, h)))),
        el("tbody", {}, body.spans.map((s) => el("tr", {},
          el("td", {}, s.field), el("td", { class: "num" }, `${s.start}–${s.end}`), el("td", {}, s.source || ""),
          el("td", { class: "quote" }, a.text.slice(s.start, s.end))))))]);
    } catch (error) {
      FL.showError($("content"), error);
    }
    document.body.dataset.ready = "true";
  }

  main();
})();
