#!/usr/bin/env python3
"""Generate outline.json: simplified outlines of Kazakhstan and its neighbours
for the map of `kz-timeline --format html`.

Source: Natural Earth 1:50m admin-0 countries (public domain), as TopoJSON in
the `world-atlas` package of the npm registry (ISC licence). To regenerate:

    npm install --prefix /tmp/wa world-atlas@2
    python3 make_outline.py /tmp/wa/node_modules/world-atlas/countries-50m.json > outline.json

Standard library only. Rings are clipped to the region's box, simplified
(Douglas-Peucker, TOLERANCE degrees) and rounded to 0.01 degree, so the file
stays a few kilobytes and the report that embeds it stays small.
"""
import json
import sys

# ISO 3166-1 numeric -> (alpha-2, English name): Kazakhstan first, then the
# neighbours whose incidents a regional dataset also holds.
COUNTRIES = {
    "398": ("KZ", "Kazakhstan"),
    "417": ("KG", "Kyrgyzstan"),
    "860": ("UZ", "Uzbekistan"),
    "762": ("TJ", "Tajikistan"),
    "795": ("TM", "Turkmenistan"),
    "643": ("RU", "Russia"),
    "156": ("CN", "China"),
    "004": ("AF", "Afghanistan"),
    "364": ("IR", "Iran"),
    "496": ("MN", "Mongolia"),
    "031": ("AZ", "Azerbaijan"),
}
BOX = (44.0, 35.0, 90.0, 56.5)  # west, south, east, north
TOLERANCE = 0.06


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def clip(points):
    """Sutherland-Hodgman against the box."""
    w, s, e, n = BOX
    edges = [
        (lambda p: p[0] >= w, lambda p, q: (w, p[1] + (q[1] - p[1]) * (w - p[0]) / (q[0] - p[0]))),
        (lambda p: p[0] <= e, lambda p, q: (e, p[1] + (q[1] - p[1]) * (e - p[0]) / (q[0] - p[0]))),
        (lambda p: p[1] >= s, lambda p, q: (p[0] + (q[0] - p[0]) * (s - p[1]) / (q[1] - p[1]), s)),
        (lambda p: p[1] <= n, lambda p, q: (p[0] + (q[0] - p[0]) * (n - p[1]) / (q[1] - p[1]), n)),
    ]
    for inside, cut in edges:
        if not points:
            break
        out = []
        prev = points[-1]
        for cur in points:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
        points = out
    return points


def simplify(points, tol):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        far, at = -1.0, None
        for i in range(a + 1, b):
            x, y = points[i]
            # A closed ring starts and ends at one point: distance to that point.
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > far:
                far, at = d, i
        if at is not None and far > tol:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep) if k]


def main():
    topo = json.load(open(sys.argv[1], encoding="utf-8"))
    arcs = decode_arcs(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        gid = str(g.get("id", "")).zfill(3)
        if gid not in COUNTRIES:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = []
        for poly in polys:
            outer = clip(ring(arcs, poly[0]))  # holes are left out: none matter at this scale
            outer = simplify(outer + outer[:1], TOLERANCE)
            if len(outer) >= 4:
                rings.append([[round(x, 2), round(y, 2)] for x, y in outer])
        if rings:
            iso, name = COUNTRIES[gid]
            out.append({"iso": iso, "name": name, "rings": rings})
    out.sort(key=lambda c: (c["iso"] != "KZ", c["iso"]))
    json.dump({"source": "Natural Earth 1:50m via world-atlas 2 (public domain)", "bbox": list(BOX), "countries": out},
              sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
