/* The dashboard: filters → (timeline, map, table). The filters live in the page's URL, so a
 * view can be bookmarked and shared; the brush on the timeline writes the date filters. */
"use strict";

(() => {
  const { el, clear, append, getJSON, query } = FL;
  const MAP_LIMIT = 1000;
  const PAGE = 50;
  const MAP_FIELDS = [
    "event_id", "event_date", "event_type", "sub_event_type", "fatalities", "latitude", "longitude",
    "geo_precision", "where_prec", "country", "iso3", "admin1", "location", "actor1", "actor2",
  ].join(",");
  const FILTERS = ["since", "until", "country", "event_type", "actor", "q", "min_fatalities"];
  const $ = (id) => document.getElementById(id);

  const state = { filters: {}, sort: "-event_date", next: null, loaded: 0 };

  function readUrl() {
    const params = new URLSearchParams(window.location.search);
    for (const name of FILTERS) state.filters[name] = params.get(name) || "";
    state.sort = params.get("sort") || "-event_date";
  }

  function writeUrl() {
    const q = query(Object.assign({}, state.filters, { sort: state.sort === "-event_date" ? "" : state.sort }));
    history.replaceState(null, "", q ? "?" + q : window.location.pathname);
  }

  function syncInputs() {
    for (const name of FILTERS) {
      const input = $("f-" + name);
      if (input) input.value = state.filters[name] || "";
    }
  }

  function apiQuery(extra, { dates = true } = {}) {
    const f = Object.assign({}, state.filters);
    if (!dates) {
      f.since = "";
      f.until = "";
    }
    return query(Object.assign(f, extra || {}));
  }

  const timeline = new FLTimeline.Timeline($("timeline"), {
    onBrush(selection) {
      state.filters.since = selection ? selection[0] : "";
      state.filters.until = selection ? selection[1] : "";
      syncInputs();
      refresh({ timeline: false });
    },
  });

  let map = null;
  if (window.L && window.topojson) {
    map = new FLMap.IncidentMap($("map"), {
      onSelect: (r) => { window.location.href = "/incidents/" + encodeURIComponent(r.event_id); },
    });
  } else {
    append(clear($("map")), [el("div", { class: "map-missing" },
      "Map assets are not installed. Run scripts/install-web-deps.sh, then reload.")]);
  }
  const basemap = map ? map.loadBasemap() : Promise.resolve(false);

  async function loadStats() {
    // The timeline and the country list ignore the date filters: the brush needs the
    // whole span to brush over.
    const stats = await getJSON("/api/stats?" + apiQuery({}, { dates: false }));
    timeline.setData(stats.by_day_type || []);
    summary(stats);
    timeline.setSelection([state.filters.since, state.filters.until]);
    const select = $("f-country");
    const current = state.filters.country;
    clear(select);
    select.appendChild(el("option", { value: "" }, "All countries"));
    const countries = (stats.by_country || []).filter((c) => c.country).map((c) => c.country);
    if (current && !countries.includes(current)) countries.push(current);
    for (const c of countries.sort()) select.appendChild(el("option", { value: c }, c));
    select.value = current || "";
  }

  function summary(stats) {
    const box = clear($("summary"));
    const byType = Object.fromEntries((stats.by_type || []).map((t) => [t.event_type, t]));
    append(box, [
      el("div", { class: "totals" },
        el("div", {}, el("span", { class: "big" }, String(stats.incidents)), " incidents"),
        el("div", {}, el("span", { class: "big" }, String(stats.fatalities)), " reported killed")),
      el("table", { class: "by-type" },
        el("thead", {}, el("tr", {}, el("th", {}, "Event type"), el("th", { class: "num" }, "Incidents"), el("th", { class: "num" }, "Killed"))),
        el("tbody", {}, FL.EVENT_TYPES.filter((t) => byType[t]).map((t) => el("tr", {},
          el("td", {}, FL.swatch(t), t),
          el("td", { class: "num" }, String(byType[t].incidents)),
          el("td", { class: "num" }, String(byType[t].fatalities)))))),
      el("p", { class: "note" }, "Totals ignore the date range, like the timeline above."),
    ]);
  }

  async function loadMap() {
    if (!map) return;
    await basemap;
    const page = await getJSON("/api/incidents?" + apiQuery({ fields: MAP_FIELDS, limit: MAP_LIMIT, sort: "-fatalities" }));
    const counts = await map.show(page.data);
    const note = $("map-note");
    const parts = [`${counts.drawn} of ${page.count} incident${page.count === 1 ? "" : "s"} on the map`];
    if (page.count > page.data.length) parts.push(`(the ${page.data.length} deadliest)`);
    if (counts.unplaced) parts.push(`· ${counts.unplaced} without a location`);
    note.textContent = parts.join(" ");
  }

  function row(r) {
    const href = "/incidents/" + encodeURIComponent(r.event_id);
    return el("tr", { dataset: { eventId: r.event_id } },
      el("td", { class: "nowrap" }, r.event_date || "—"),
      el("td", {}, el("div", { class: "type" }, FL.swatch(r.event_type), r.event_type),
        el("div", { class: "sub" }, r.sub_event_type)),
      el("td", {}, FL.actorsLabel(r)),
      el("td", {}, FL.placeLabel(r), " ", el("span", { class: "badge", title: "Located to: " + FL.precisionLabel(r) }, FL.precisionLabel(r))),
      el("td", { class: "num" }, el("strong", {}, String(r.fatalities ?? 0)),
        r.fatalities_low !== r.fatalities_high && r.fatalities_high !== null
          ? el("div", { class: "sub", title: "best (low–high) across reports" }, FL.range(r.fatalities_low, r.fatalities_best, r.fatalities_high))
          : null),
      el("td", { class: "num" }, String(r.source_count ?? (r.sources || []).length)),
      el("td", {}, el("a", { href, class: "open" }, "Open")));
  }

  async function loadTable({ append: more = false } = {}) {
    const body = $("table-body");
    const extra = { sort: state.sort, limit: PAGE, fields: "event_id,event_date,event_type,sub_event_type,actor1,actor2,location,admin1,country,geo_precision,where_prec,fatalities,fatalities_low,fatalities_best,fatalities_high,source_count" };
    if (more && state.next) extra.cursor = state.next;
    const page = await getJSON("/api/incidents?" + apiQuery(extra));
    if (!more) {
      clear(body);
      state.loaded = 0;
    }
    for (const r of page.data) body.appendChild(row(r));
    state.loaded += page.data.length;
    state.next = page.next;
    $("table-count").textContent = `${state.loaded} of ${page.count} incident${page.count === 1 ? "" : "s"}`;
    $("more").hidden = !page.next;
    if (!page.count) body.appendChild(el("tr", {}, el("td", { colspan: "7", class: "empty" }, "No incidents match the filters.")));
  }

  function updateJsonLink() {
    const link = $("json-link");
    link.href = "/api/incidents?" + apiQuery({ sort: state.sort });
    $("export-link").href = "/api/export?" + apiQuery({ format: "acled-csv" });
  }

  async function refresh({ timeline: withTimeline = true } = {}) {
    writeUrl();
    updateJsonLink();
    const status = $("status");
    status.textContent = "Loading…";
    document.body.dataset.loading = "true";
    try {
      await Promise.all([withTimeline ? loadStats() : Promise.resolve(), loadMap(), loadTable()]);
      status.textContent = "";
      clear($("errors"));
    } catch (error) {
      status.textContent = "";
      FL.showError($("errors"), error);
    } finally {
      document.body.dataset.loading = "false";
    }
  }

  function bind() {
    let timer = null;
    for (const name of FILTERS) {
      const input = $("f-" + name);
      if (!input) continue;
      const apply = () => {
        state.filters[name] = input.value.trim();
        const dates = name === "since" || name === "until";
        if (dates) timeline.setSelection([state.filters.since, state.filters.until]);
        refresh({ timeline: !dates });
      };
      if (input.tagName === "SELECT" || input.type === "date") input.addEventListener("change", apply);
      else input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 300); });
    }
    $("filters").addEventListener("submit", (e) => e.preventDefault());
    $("reset").addEventListener("click", () => {
      for (const name of FILTERS) state.filters[name] = "";
      syncInputs();
      timeline.setSelection(null);
      refresh();
    });
    $("clear-brush").addEventListener("click", () => timeline.clearBrush());
    $("more").addEventListener("click", () => loadTable({ append: true }).catch((e) => FL.showError($("errors"), e)));
    $("sort").addEventListener("change", (e) => {
      state.sort = e.target.value;
      writeUrl();
      updateJsonLink();
      loadTable().catch((err) => FL.showError($("errors"), err));
    });
  }

  readUrl();
  const typeSelect = $("f-event_type");
  for (const t of FL.EVENT_TYPES) typeSelect.appendChild(el("option", { value: t }, t));
  syncInputs();
  $("sort").value = state.sort;
  bind();
  refresh().then(() => { document.body.dataset.ready = "true"; });
})();
