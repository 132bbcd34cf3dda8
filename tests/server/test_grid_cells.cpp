// The demo township's grid boundaries (edge/demo/grid_cells.h): every grid's own centre lies in
// its cell, no place lies in two cells, neighbours are kept apart by the gap, and a lone grid is
// a round area of the given radius.
#include "demo/grid_cells.h"

#include <doctest/doctest.h>

#include <cmath>
#include <random>

using gridwork::server::demo::gridCells;
using gridwork::server::demo::insideRing;
using gridwork::server::demo::LonLat;

TEST_CASE("grid cells tile without overlap, each around its own centre") {
    std::mt19937 rng(20261204);
    std::uniform_real_distribution<double> lon(120.88, 120.94), lat(29.48, 29.53);
    std::vector<LonLat> centres;
    for (int i = 0; i < 12; ++i) centres.push_back({lon(rng), lat(rng)});
    const auto rings = gridCells(centres, 0.011, 0.0004);
    REQUIRE(rings.size() == centres.size());
    for (std::size_t i = 0; i < rings.size(); ++i) {
        REQUIRE(rings[i].size() >= 4);
        CHECK(rings[i].front().lon == rings[i].back().lon);  // closed
        CHECK(rings[i].front().lat == rings[i].back().lat);
        CHECK(insideRing(rings[i], centres[i]));
    }
    int covered = 0;
    for (int k = 0; k < 4000; ++k) {
        const LonLat p{lon(rng), lat(rng)};
        int in = 0;
        for (const auto& r : rings) in += insideRing(r, p) ? 1 : 0;
        CHECK(in <= 1);
        covered += in;
    }
    CHECK(covered > 2000);  // most of the township is in some grid (corners lie beyond the radius)

    // Halfway between two neighbours is the gap: in neither cell.
    const auto pair = gridCells({{120.90, 29.50}, {120.91, 29.50}}, 0.011, 0.0004);
    const LonLat middle{120.905, 29.50};
    CHECK_FALSE(insideRing(pair[0], middle));
    CHECK_FALSE(insideRing(pair[1], middle));
    CHECK(insideRing(pair[0], {120.9048, 29.50}) == false);  // within the 40 m strip
    CHECK(insideRing(pair[0], {120.9040, 29.50}));
}

TEST_CASE("a lone grid is a round area of the given radius") {
    const auto one = gridCells({{120.90, 29.50}}, 0.01, 0.0004);
    REQUIRE(one.size() == 1);
    CHECK(insideRing(one[0], {120.90, 29.509}));
    CHECK_FALSE(insideRing(one[0], {120.90, 29.511}));
    const double east = 0.009 / std::cos(29.5 * 3.14159265358979 / 180);  // 0.009° of latitude, in metres
    CHECK(insideRing(one[0], {120.90 + east, 29.50}));
    CHECK(gridCells({}, 0.01, 0.0004).empty());
}
