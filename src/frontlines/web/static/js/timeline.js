/* Incidents per day, stacked by event type, with a brush: drag across days to pick a date
 * range (it becomes the since/until filters); double-click or "clear" to drop it. */
"use strict";

const FLTimeline = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 86400000;

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
  const toMs = (day) => Date.parse(day + "T00:00:00Z");

  class Timeline {
    constructor(container, { onBrush } = {}) {
      this.container = container;
      this.onBrush = onBrush || (() => {});
      this.selection = null; // [since, until] as YYYY-MM-DD
      this.days = [];
      window.addEventListener("resize", () => this.render());
    }

    setData(byDayType) {
      const totals = new Map();
      for (const row of byDayType) {
        if (!row.day) continue;
        if (!totals.has(row.day)) totals.set(row.day, {});
        totals.get(row.day)[row.event_type] = row.incidents;
      }
      const known = Array.from(totals.keys()).sort();
      this.days = [];
      if (known.length) {
        // Every day between the first and the last, so gaps read as quiet days.
        for (let t = toMs(known[0]); t <= toMs(known[known.length - 1]); t += DAY) {
          const day = toDay(t);
          this.days.push({ day, counts: totals.get(day) || {} });
        }
      }
      this.render();
    }

    setSelection(selection) {
      this.selection = selection && selection[0] && selection[1] ? selection : null;
      this.drawBrush();
    }

    render() {
      const box = this.container;
      FL.clear(box);
      const width = Math.max(300, box.clientWidth || 600);
      const height = 120;
      const margin = { top: 8, right: 8, bottom: 22, left: 32 };
      this.geom = { width, height, margin, inner: width - margin.left - margin.right };
      const root = svg("svg", { width, height, class: "timeline-svg", role: "img",
        "aria-label": "Incidents per day, stacked by event type" });
      this.root = root;
      box.appendChild(root);
      if (!this.days.length) {
        const t = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "axis" });
        t.textContent = "No dated incidents match the filters.";
        root.appendChild(t);
        return;
      }
      const n = this.days.length;
      const step = this.geom.inner / n;
      this.geom.step = step;
      const max = Math.max(1, ...this.days.map((d) => Object.values(d.counts).reduce((a, b) => a + b, 0)));
      const plotH = height - margin.top - margin.bottom;
      const y = (v) => (v / max) * plotH;
      // One path per type: thousands of days stay one element per type.
      const paths = {};
      for (const type of FL.EVENT_TYPES) paths[type] = [];
      const other = [];
      this.days.forEach((d, i) => {
        let base = 0;
        const x = margin.left + i * step;
        const w = Math.max(2, step - (step > 4 ? 1 : 0));
        for (const [type, count] of Object.entries(d.counts)) {
          const h = y(count);
          const top = margin.top + plotH - base - h;
          (paths[type] || other).push(`M${x.toFixed(2)},${top.toFixed(2)}h${w.toFixed(2)}v${h.toFixed(2)}h${(-w).toFixed(2)}z`);
          base += h;
        }
      });
      for (const [type, parts] of Object.entries(paths)) {
        if (parts.length) root.appendChild(svg("path", { d: parts.join(""), fill: FL.colour(type), class: "bar", "data-type": type }));
      }
      if (other.length) root.appendChild(svg("path", { d: other.join(""), fill: FL.colour(""), class: "bar" }));
      // Axis: max count on the left, first/middle/last day below.
      const axisY = margin.top + plotH;
      root.appendChild(svg("line", { x1: margin.left, x2: width - margin.right, y1: axisY, y2: axisY, class: "axis-line" }));
      const label = (x, yy, text, anchor) => {
        const t = svg("text", { x, y: yy, "text-anchor": anchor, class: "axis" });
        t.textContent = text;
        root.appendChild(t);
      };
      label(margin.left - 4, margin.top + 8, String(max), "end");
      label(margin.left - 4, axisY, "0", "end");
      const ticks = n > 2 ? [0, Math.floor(n / 2), n - 1] : [0, n - 1];
      for (const i of new Set(ticks)) {
        label(margin.left + (i + 0.5) * step, height - 6, this.days[i].day, i === 0 ? "start" : i === n - 1 ? "end" : "middle");
      }
      this.brushRect = svg("rect", { class: "brush", y: margin.top, height: plotH, x: 0, width: 0, visibility: "hidden" });
      root.appendChild(this.brushRect);
      const overlay = svg("rect", { class: "brush-overlay", x: margin.left, y: margin.top, width: this.geom.inner, height: plotH });
      root.appendChild(overlay);
      this.bindBrush(overlay);
      this.drawBrush();
    }

    indexAt(clientX) {
      const rect = this.root.getBoundingClientRect();
      const x = clientX - rect.left - this.geom.margin.left;
      return Math.max(0, Math.min(this.days.length - 1, Math.floor(x / this.geom.step)));
    }

    bindBrush(overlay) {
      let start = null;
      const move = (e) => {
        if (start === null) return;
        const i = this.indexAt(e.clientX);
        this.paint(Math.min(start, i), Math.max(start, i));
      };
      const up = (e) => {
        if (start === null) return;
        const i = this.indexAt(e.clientX);
        const [a, b] = [Math.min(start, i), Math.max(start, i)];
        start = null;
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        this.selection = [this.days[a].day, this.days[b].day];
        this.drawBrush();
        this.onBrush(this.selection);
      };
      overlay.addEventListener("pointerdown", (e) => {
        e.preventDefault();
        start = this.indexAt(e.clientX);
        this.paint(start, start);
        window.addEventListener("pointermove", move);
        window.addEventListener("pointerup", up);
      });
      overlay.addEventListener("dblclick", () => this.clearBrush());
    }

    clearBrush() {
      this.selection = null;
      this.drawBrush();
      this.onBrush(null);
    }

    paint(a, b) {
      if (!this.brushRect) return;
      const { margin, step } = this.geom;
      this.brushRect.setAttribute("x", String(margin.left + a * step));
      this.brushRect.setAttribute("width", String(Math.max(2, (b - a + 1) * step)));
      this.brushRect.setAttribute("visibility", "visible");
    }

    drawBrush() {
      if (!this.brushRect || !this.days.length) return;
      if (!this.selection) {
        this.brushRect.setAttribute("visibility", "hidden");
        return;
      }
      const first = toMs(this.days[0].day);
      const a = Math.max(0, Math.round((toMs(this.selection[0]) - first) / DAY));
      const b = Math.min(this.days.length - 1, Math.round((toMs(this.selection[1]) - first) / DAY));
      if (b < a) this.brushRect.setAttribute("visibility", "hidden");
      else this.paint(a, b);
    }
  }

  return { Timeline };
})();
