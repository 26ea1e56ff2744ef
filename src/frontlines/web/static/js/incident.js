/* One incident: reconciled figures, the claims ledger, every source with its evidence
 * highlighted, and why the reports were merged. */
"use strict";

(() => {
  const { el, clear, append, getJSON } = FL;
  const $ = (id) => document.getElementById(id);
  const id = decodeURIComponent(window.location.pathname.split("/").filter(Boolean).pop() || "");
  const apiUrl = "/api/incidents/" + encodeURIComponent(id);

  function figure(label, low, best, high, note) {
    return el("div", { class: "figure" },
      el("div", { class: "figure-label" }, label),
      el("div", { class: "figure-best" }, best === null || best === undefined ? "—" : String(best)),
      el("div", { class: "figure-range" }, "low ", low ?? "—", " · best ", best ?? "—", " · high ", high ?? "—"),
      note ? el("div", { class: "figure-note" }, note) : null);
  }

  function dl(rows) {
    return el("dl", { class: "facts" }, rows.filter((r) => r[1] !== null && r[1] !== undefined && r[1] !== "")
      .map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  }

  function articleLink(articleId, label) {
    return el("a", { href: "/articles/" + encodeURIComponent(articleId) }, label || articleId);
  }

  function claimsTable(claims, outlets) {
    if (!claims.length) return el("p", { class: "note" }, "No figures or type claims were reported.");
    return el("table", { class: "ledger" },
      el("thead", {}, el("tr", {}, ["Field", "Value", "About", "Source", "Article", "Quote"].map((h) => el("th", {}, h)))),
      el("tbody", {}, claims.map((c) => el("tr", {},
        el("td", {}, c.field),
        el("td", { class: "num" }, c.low !== null && c.high !== null && c.low !== c.high ? `${c.value} (${c.low}–${c.high})` : String(c.value ?? "—")),
        el("td", {}, c.about || ""),
        el("td", {}, c.source),
        el("td", {}, articleLink(c.article_id, outlets[c.article_id] || c.article_id)),
        el("td", { class: "quote" }, "“", c.quote, "”")))));
  }

  function linksTable(links, members) {
    const byId = Object.fromEntries(members.map((m) => [m.event_id, m]));
    const describe = (eventId) => {
      const m = byId[eventId];
      return m ? [eventId, el("div", { class: "sub" }, m.event_date || "undated", " · ", m.location || "no place", " · ", m.sub_event_type)] : [eventId || "—"];
    };
    return el("table", { class: "ledger" },
      el("thead", {}, el("tr", {}, ["Member event", "Joined because it matched", "Score", "Decided by", "Feature scores"].map((h) => el("th", {}, h)))),
      el("tbody", {}, links.map((l) => el("tr", {},
        el("td", {}, describe(l.event_id)),
        el("td", {}, l.matched_event_id ? describe(l.matched_event_id) : "— (founded the incident)"),
        el("td", { class: "num" }, l.decided_by === "founder" ? "—" : l.score.toFixed(3)),
        el("td", {}, l.decided_by),
        el("td", {}, el("ul", { class: "features" }, Object.entries(l.features || {}).map(([k, v]) =>
          el("li", {}, k, ": ", v === null ? "n/a" : Number(v).toFixed(2)))))))));
  }

  async function sourceBlock(source) {
    const head = el("div", { class: "source-head" },
      el("strong", {}, source.outlet || "Unknown outlet"), " · ", source.published || "undated", " · ",
      articleLink(source.article_id, "article page"), " · ",
      el("a", { href: "/api/articles/" + encodeURIComponent(source.article_id) }, "JSON"));
    const url = FL.safeUrl(source.url);
    if (url) append(head, [" · ", el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")]);
    const block = el("article", { class: "source", dataset: { articleId: source.article_id } }, head);
    try {
      const body = await getJSON("/api/articles/" + encodeURIComponent(source.article_id));
      const spans = body.spans.filter((s) => s.incident_id === id);
      append(block, [
        body.data.title ? el("h3", { class: "source-title" }, body.data.title) : null,
        FL.highlighted(body.data.text, spans),
      ]);
    } catch (error) {
      FL.showError(block.appendChild(el("div")), error);
    }
    return block;
  }

  async function main() {
    $("json-link").href = apiUrl;
    let body;
    try {
      body = await getJSON(apiUrl);
    } catch (error) {
      FL.showError($("content"), error);
      document.body.dataset.ready = "true";
      return;
    }
    const r = body.data;
    document.title = `${r.sub_event_type} — ${FL.placeLabel(r)} — frontlines`;
    $("title").textContent = `${r.sub_event_type || r.event_type} · ${FL.placeLabel(r)}`;
    append(clear($("subtitle")), [FL.swatch(r.event_type), r.event_type, " · ", r.event_date || "undated",
      r.date_start && r.date_end && r.date_start !== r.date_end ? ` (${r.date_start} to ${r.date_end})` : "",
      " · ", `${r.source_count ?? r.sources.length} source${(r.source_count ?? r.sources.length) === 1 ? "" : "s"}`]);
    $("notes").textContent = r.notes || "";
    append(clear($("figures")), [
      figure("Fatalities (ACLED: lowest credible)", r.fatalities_low, r.fatalities_best, r.fatalities_high, `coded ${r.fatalities}`),
      figure("Injured", r.injured_low, r.injured_best, r.injured_high, null),
      el("div", { class: "figure" },
        el("div", { class: "figure-label" }, "Confidence"),
        el("div", { class: "figure-best" }, r.confidence !== null && r.confidence !== undefined ? r.confidence.toFixed(2) : "—"),
        el("div", { class: "figure-note" }, `${(r.claims || []).length} claims from ${r.sources.length} report${r.sources.length === 1 ? "" : "s"}`)),
    ]);
    append(clear($("facts")), [dl([
      ["Actor 1", r.actor1 ? `${r.actor1}${r.inter1 ? " (" + r.inter1 + ")" : ""}` : "unknown"],
      ["with", r.assoc_actor_1],
      ["Actor 2", r.actor2 ? `${r.actor2}${r.inter2 ? " (" + r.inter2 + ")" : ""}` : null],
      ["with", r.assoc_actor_2],
      ["Civilians targeted", r.civilian_targeting ? "yes" : "no"],
      ["Location", [r.location, r.admin2, r.admin1, r.country].filter(Boolean).join(", ")],
      ["Coordinates", r.latitude !== null && r.latitude !== undefined ? `${r.latitude.toFixed(4)}, ${r.longitude.toFixed(4)}` : null],
      ["Located to (ACLED)", r.geo_precision ? `${r.geo_precision} — ${FL.GEO_PRECISION[r.geo_precision] || ""}` : null],
      ["Located to (UCDP)", r.where_prec ? `${r.where_prec} — ${FL.WHERE_PREC[r.where_prec] || ""}` : null],
      ["Date precision", r.time_precision ? FL.TIME_PRECISION[r.time_precision] : null],
      ["Deaths by side", Object.keys(r.deaths_by_side || {}).length ? Object.entries(r.deaths_by_side).map(([k, v]) => `${k}: ${v}`).join(", ") : null],
      ["Incident id", r.event_id],
    ])]);
    const outlets = Object.fromEntries(r.sources.map((s) => [s.article_id, s.outlet || s.article_id]));
    append(clear($("claims")), [claimsTable(r.claims || [], outlets)]);
    const history = r.figure_history || [];
    append(clear($("history")), history.length ? [el("table", { class: "ledger" },
      el("thead", {}, el("tr", {}, ["Field", "Article", "Published", "Low", "Best", "High", ""].map((h) => el("th", {}, h)))),
      el("tbody", {}, history.map((f) => el("tr", { class: f.superseded ? "superseded" : "" },
        el("td", {}, f.field), el("td", {}, articleLink(f.article_id, outlets[f.article_id])), el("td", {}, f.published || "—"),
        el("td", { class: "num" }, f.low ?? "—"), el("td", { class: "num" }, f.best ?? "—"), el("td", { class: "num" }, f.high ?? "—"),
        el("td", {}, f.superseded ? "superseded by a later report" : "")))))]
      : [el("p", { class: "note" }, "No figure history.")]);
    append(clear($("links")), [
      el("p", { class: "note" }, r.links.length > 1
        ? `${r.links.length} reports were linked into this incident. Each row says which earlier member it matched and how closely.`
        : "One report: nothing was merged."),
      linksTable(r.links || [], body.members || []),
    ]);
    const sources = $("sources");
    clear(sources);
    for (const block of await Promise.all(r.sources.map(sourceBlock))) sources.appendChild(block);
    document.body.dataset.ready = "true";
  }

  main();
})();
