/* Shared helpers for the dashboard pages.
 *
 * Every value from the API is untrusted (article text above all): it reaches the page only
 * through textContent and attribute setters below, never as markup. */
"use strict";

const FL = (() => {
  const EVENT_TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
  ];
  // Colour-blind-safe-ish palette, one hue per ACLED event type.
  const TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#27ae60",
    "Riots": "#d4ac0d",
    "Strategic developments": "#2e86c1",
  };
  const GEO_PRECISION = {
    1: "the town itself",
    2: "near a town or part of a region",
    3: "a larger region only",
  };
  const WHERE_PREC = {
    1: "exact location",
    2: "within ~25 km of a named place",
    3: "second-order administrative division",
    4: "first-order administrative division",
    5: "part of a country larger than a province",
    6: "country only",
    7: "water or airspace",
  };
  const TIME_PRECISION = { 1: "day", 2: "week", 3: "month" };

  function colour(type) {
    return TYPE_COLOURS[type] || "#7f8c8d";
  }

  /* el("a", {href: "/x", class: "y"}, "text", child) — strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "style") for (const [k, v] of Object.entries(value)) node.style.setProperty(k, v);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /* Only http(s) URLs from articles become links; anything else (javascript:, data:) is text. */
  function safeUrl(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url, window.location.origin);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  class ApiError extends Error {
    constructor(status, body) {
      const e = (body && body.error) || {};
      super(e.message || "HTTP " + status);
      this.status = status;
      this.code = e.code;
      this.hint = e.hint;
    }
  }

  async function getJSON(url, options) {
    const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options || {}));
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  function query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== "") search.set(key, value);
    }
    return search.toString();
  }

  function range(low, best, high) {
    if (best === null || best === undefined) {
      if (low === null || low === undefined) return "—";
      return low === high || high === null ? String(low) : low + "–" + high;
    }
    if ((low === null || low === best) && (high === null || high === best)) return String(best);
    return best + " (" + (low ?? "?") + "–" + (high ?? "?") + ")";
  }

  function placeLabel(r) {
    return [r.location, r.admin1 !== r.location ? r.admin1 : null, r.country].filter(Boolean).join(", ") || "unknown place";
  }

  function actorsLabel(r) {
    const a1 = r.actor1 || "unknown actor";
    return r.actor2 ? a1 + " vs " + r.actor2 : a1;
  }

  function precisionLabel(r) {
    if (r.where_prec === 6) return "country only";
    if (r.geo_precision === 3 || r.where_prec === 4 || r.where_prec === 5) return "region";
    if (r.geo_precision === 2 || r.where_prec === 2 || r.where_prec === 3) return "approx.";
    if (r.geo_precision === 1) return "town";
    return "unplaced";
  }

  function swatch(type) {
    return el("span", { class: "swatch", style: { background: colour(type) }, "aria-hidden": "true" });
  }

  function showError(container, error) {
    clear(container);
    append(container, [
      el("div", { class: "error", role: "alert" },
        el("strong", {}, error.code ? error.code + " " : "", error.message),
        error.hint ? el("div", { class: "hint" }, error.hint) : null),
    ]);
  }

  /* The text of an article with spans marked: segments are cut at every span boundary,
   * each a text node or a <mark> whose title lists the fields taken from it. */
  function highlighted(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) {
      if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
        cuts.add(s.start);
        cuts.add(s.end);
      }
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const container = el("div", { class: "article-text" });
    for (let i = 0; i < points.length - 1; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = spans.filter((s) => s.start <= a && s.end >= b && s.start < s.end);
      const piece = text.slice(a, b);
      if (!covering.length) {
        container.appendChild(document.createTextNode(piece));
        continue;
      }
      const fields = Array.from(new Set(covering.map((s) => s.field)));
      const claim = covering.some((s) => s.quote);
      container.appendChild(el("mark", {
        class: claim ? "span claim" : "span evidence",
        title: fields.join(", "),
        dataset: { fields: fields.join(" "), start: String(a) },
      }, piece));
    }
    return container;
  }

  return {
    EVENT_TYPES, TYPE_COLOURS, GEO_PRECISION, WHERE_PREC, TIME_PRECISION,
    colour, el, append, clear, safeUrl, getJSON, query, range, placeLabel, actorsLabel,
    precisionLabel, swatch, showError, highlighted, ApiError,
  };
})();
