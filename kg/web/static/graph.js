/* event-kg: draw an event's neighbourhood as SVG with a small force layout (no library). */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function layout(nodes, links, W, H) {
    var n = nodes.length, area = W * H, k = Math.sqrt(area / Math.max(n, 1)) * 0.75;
    var t = W / 8;
    for (var it = 0; it < 320; it++) {
      var i, j, a, b, dx, dy, d, f;
      for (i = 0; i < n; i++) { nodes[i].fx = 0; nodes[i].fy = 0; }
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          a = nodes[i]; b = nodes[j];
          dx = a.x - b.x; dy = a.y - b.y; d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          f = (k * k) / d;
          a.fx += dx / d * f; a.fy += dy / d * f; b.fx -= dx / d * f; b.fy -= dy / d * f;
        }
      }
      links.forEach(function (l) {
        dx = l.s.x - l.t.x; dy = l.s.y - l.t.y; d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        f = (d * d) / k;
        l.s.fx -= dx / d * f; l.s.fy -= dy / d * f; l.t.fx += dx / d * f; l.t.fy += dy / d * f;
      });
      for (i = 0; i < n; i++) {
        a = nodes[i];
        if (a.center) { a.x = W / 2; a.y = H / 2; continue; }
        a.fx += (W / 2 - a.x) * 0.02 * k / 10; a.fy += (H / 2 - a.y) * 0.02 * k / 10;  /* gravity */
        d = Math.sqrt(a.fx * a.fx + a.fy * a.fy) || 0.01;
        a.x += a.fx / d * Math.min(d, t); a.y += a.fy / d * Math.min(d, t);
        a.x = Math.max(60, Math.min(W - 60, a.x)); a.y = Math.max(24, Math.min(H - 24, a.y));
      }
      t *= 0.985;
    }
  }

  function draw(target, data) {
    var W = 960, H = Math.max(420, Math.min(820, 260 + data.nodes.length * 16));
    var byId = {}, order = { event: 0, series: 1, place: 2, agent: 3 };
    var nodes = data.nodes.map(function (d, i) {
      /* start on a circle, grouped by kind: the same drawing every time */
      var angle = 2 * Math.PI * i / Math.max(data.nodes.length, 1) + (order[d.kind] || 0);
      var r = d.center ? 0 : Math.min(W, H) * 0.35;
      var node = { d: d, center: !!d.center, x: W / 2 + r * Math.cos(angle), y: H / 2 + r * Math.sin(angle) };
      byId[d.id] = node;
      return node;
    });
    var links = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; })
      .map(function (e) { return { s: byId[e.source], t: byId[e.target], label: e.label }; });
    layout(nodes, links, W, H);

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img" });
    var gEdges = el("g", { "class": "edges" }, svg), gNodes = el("g", { "class": "nodes" }, svg);
    links.forEach(function (l) {
      l.line = el("line", {}, gEdges);
      l.text = el("text", { "class": "edge-label", "text-anchor": "middle" }, gEdges);
      l.text.textContent = l.label;
    });
    nodes.forEach(function (n) {
      n.g = el("g", { "class": "node" + (n.center ? " center" : ""), "data-kind": n.d.kind }, gNodes);
      el("circle", { r: n.center ? 13 : 8, "class": "k-" + (n.d.kind || "thing") }, n.g);
      var label = el("text", { x: 0, y: n.center ? -19 : -12, "text-anchor": "middle" }, n.g);
      label.textContent = n.d.label.length > 48 ? n.d.label.slice(0, 46) + "…" : n.d.label;
      var title = el("title", {}, n.g);
      title.textContent = n.d.label + " (" + n.d.kind + ")";
    });

    function place() {
      links.forEach(function (l) {
        l.line.setAttribute("x1", l.s.x); l.line.setAttribute("y1", l.s.y);
        l.line.setAttribute("x2", l.t.x); l.line.setAttribute("y2", l.t.y);
        l.text.setAttribute("x", (l.s.x + l.t.x) / 2); l.text.setAttribute("y", (l.s.y + l.t.y) / 2 - 3);
      });
      nodes.forEach(function (n) { n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); });
    }
    place();

    function point(evt) {
      var p = svg.createSVGPoint(); p.x = evt.clientX; p.y = evt.clientY;
      var m = svg.getScreenCTM();
      return m ? p.matrixTransform(m.inverse()) : { x: evt.clientX, y: evt.clientY };
    }
    function highlight(n, on) {
      var near = {};
      near[n.d.id] = true;
      links.forEach(function (l) { if (l.s === n || l.t === n) { near[l.s.d.id] = true; near[l.t.d.id] = true; } });
      nodes.forEach(function (m) { m.g.classList.toggle("dim", on && !near[m.d.id]); });
      links.forEach(function (l) {
        var keep = !on || l.s === n || l.t === n;
        l.line.classList.toggle("dim", !keep); l.text.classList.toggle("dim", !keep);
      });
    }
    nodes.forEach(function (n) {
      var dragging = false, moved = false;
      n.g.addEventListener("pointerdown", function (evt) {
        dragging = true; moved = false; n.g.setPointerCapture(evt.pointerId); evt.preventDefault();
      });
      n.g.addEventListener("pointermove", function (evt) {
        if (!dragging) return;
        var p = point(evt); moved = true; n.x = p.x; n.y = p.y; place();
      });
      n.g.addEventListener("pointerup", function () {
        dragging = false;
        if (!moved && n.d.href) window.location.href = n.d.href;
      });
      n.g.addEventListener("mouseenter", function () { highlight(n, true); });
      n.g.addEventListener("mouseleave", function () { highlight(n, false); });
    });
    target.appendChild(svg);
    target.setAttribute("data-drawn", String(nodes.length));
  }

  document.querySelectorAll("script.kg-graph").forEach(function (s) {
    var target = document.getElementById(s.getAttribute("data-target"));
    if (target) draw(target, JSON.parse(s.textContent));
  });
})();
