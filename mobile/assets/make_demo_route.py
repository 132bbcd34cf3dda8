#!/usr/bin/env python3
"""Writes demo-patrol.nmea: the demo patrol route of 青山村第一网格, the grid the demo worker of
`./gridwork start` serves, replayed by `gridwork-app --nmea demo`.

The loop passes every checkpoint of that grid in the demo township (sync-server/edge/demo) and of
the phone's own demo grid (mobile/src/demo), which use the same three points:
  水库 29.5120,120.9050 · 山塘 29.5130,120.9038 · 地质灾害隐患点 29.5140,120.9026
One fix a second (GGA + RMC), 2 m apart in turns, about 9 m/s on the straights (a fast demo).
Run it again after changing the waypoints; tests check that the route meets the checkpoints."""
import math
from pathlib import Path

WAYPOINTS = [  # lat, lon: a loop inside the grid's boundary
    (29.51140, 120.90500),
    (29.51200, 120.90500),  # 水库
    (29.51300, 120.90380),  # 山塘
    (29.51400, 120.90260),  # 地质灾害隐患点
    (29.51460, 120.90240),
    (29.51460, 120.90480),
    (29.51140, 120.90500),
]
STEP_M = 9.0


def dist_m(a, b):
    dlat = (b[0] - a[0]) * 111_320.0
    dlon = (b[1] - a[1]) * 111_320.0 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


def nmea(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return f"${body}*{c:02X}"


def deg(v, width):
    d = int(v)
    return f"{d:0{width}d}{(v - d) * 60:07.4f}"


points = []
for a, b in zip(WAYPOINTS, WAYPOINTS[1:]):
    n = max(1, round(dist_m(a, b) / STEP_M))
    for i in range(n):
        f = i / n
        points.append((a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f))
points.append(WAYPOINTS[-1])

lines = []
for i, (lat, lon) in enumerate(points):
    t = f"08{(i // 60) % 60:02d}{i % 60:02d}.000"
    la, lo = deg(lat, 2), deg(lon, 3)
    lines.append(nmea(f"GPGGA,{t},{la},N,{lo},E,1,08,0.9,12.0,M,7.0,M,,"))
    lines.append(nmea(f"GPRMC,{t},A,{la},N,{lo},E,17.5,0.0,011226,,,A"))
out = Path(__file__).with_name("demo-patrol.nmea")
out.write_text("\n".join(lines) + "\n")
total = sum(dist_m(a, b) for a, b in zip(points, points[1:]))
print(f"{out.name}: {len(points)} fixes, {total:.0f} m")
