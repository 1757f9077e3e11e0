/* event-kg: a figure across the editions of a series, as an SVG bar chart (no library). */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function nice(max) {  /* a round top for the axis, and its step */
    if (!(max > 0)) return { top: 1, step: 0.25 };
    var exp = Math.pow(10, Math.floor(Math.log10(max))), f = max / exp;
    var step = (f <= 1 ? 0.2 : f <= 2 ? 0.5 : f <= 5 ? 1 : 2) * exp;
    return { top: Math.ceil(max / step) * step, step: step };
  }

  function short(v) {
    var a = Math.abs(v);
    if (a >= 1e9) return (v / 1e9).toFixed(a >= 1e10 ? 0 : 1).replace(/\.0$/, "") + " bn";
    if (a >= 1e6) return (v / 1e6).toFixed(a >= 1e7 ? 0 : 1).replace(/\.0$/, "") + " m";
    if (a >= 1e4) return (v / 1e3).toFixed(0) + "k";
    return String(Math.round(v * 100) / 100);
  }

  function draw(target, data) {
    var W = 720, H = 300, L = 64, R = 16, T = 26, B = 40;
    var pts = data.points, maxV = 0, minV = 0;
    pts.forEach(function (p) { maxV = Math.max(maxV, p.value); minV = Math.min(minV, p.value); });
    var scale = nice(Math.max(maxV, -minV)), top = scale.top, bottom = minV < 0 ? -nice(-minV).top : 0;
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": data.title + " per edition" });
    function y(v) { return T + (top - v) / (top - bottom) * (H - T - B); }
    for (var v = bottom; v <= top + scale.step / 2; v += scale.step) {
      el("line", { "class": "grid", x1: L, x2: W - R, y1: y(v), y2: y(v) }, svg);
      var t = el("text", { "class": "tick", x: L - 6, y: y(v) + 4, "text-anchor": "end" }, svg);
      t.textContent = short(v);
    }
    el("line", { "class": "axis", x1: L, x2: W - R, y1: y(0), y2: y(0) }, svg);
    var slot = (W - L - R) / Math.max(pts.length, 1), bw = Math.min(70, slot * 0.6);
    pts.forEach(function (p, i) {
      var cx = L + slot * (i + 0.5), y0 = y(0), y1 = y(p.value);
      var a = el("a", { href: p.href || "#" }, svg);
      var bar = el("rect", { "class": "bar", x: cx - bw / 2, y: Math.min(y0, y1), width: bw,
                             height: Math.max(1, Math.abs(y0 - y1)), "data-year": p.year, "data-value": p.value }, a);
      var title = el("title", {}, bar);
      title.textContent = p.name + ": " + p.label + " " + data.unit;
      var lab = el("text", { x: cx, y: Math.min(y0, y1) - 6, "text-anchor": "middle" }, svg);
      lab.textContent = p.label;
      var yr = el("text", { "class": "tick", x: cx, y: H - B + 18, "text-anchor": "middle" }, svg);
      yr.textContent = String(p.year);
    });
    target.appendChild(svg);
    target.setAttribute("data-drawn", String(pts.length));
  }

  document.querySelectorAll("script.kg-chart").forEach(function (s) {
    var target = document.getElementById(s.getAttribute("data-target"));
    if (target) draw(target, JSON.parse(s.textContent));
  });
})();
