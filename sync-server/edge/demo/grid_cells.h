// grid_cells.h — map shapes for the demo township: each grid's boundary is the part of the plane
// nearer to its centre than to any other grid's (a Voronoi cell), cut to a round area around the
// centre and pulled in a little from its neighbours, so the grids tile the township on the
// console's map the way real grid boundaries do (and villages far apart keep a natural edge).
// Coordinates are (lon, lat) in degrees; distances are taken with lon scaled by cos(lat).
// Contract: pure functions, deterministic.
#pragma once

#include <vector>

namespace gridwork::server::demo {

struct LonLat {
    double lon = 0, lat = 0;
};

// One closed ring (first point repeated last) per centre, in the order given. radiusDeg: the
// largest extent of a cell from its centre (in degrees of latitude); gapDeg: the strip left
// between neighbouring cells.
std::vector<std::vector<LonLat>> gridCells(const std::vector<LonLat>& centres, double radiusDeg, double gapDeg);

// Whether p lies inside the closed ring (even-odd rule).
bool insideRing(const std::vector<LonLat>& ring, LonLat p);

}  // namespace gridwork::server::demo
