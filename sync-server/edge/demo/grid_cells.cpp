#include "grid_cells.h"

#include <cmath>
#include <numbers>

namespace gridwork::server::demo {

namespace {
struct Vec {
    double x = 0, y = 0;
};

Vec operator-(Vec a, Vec b) {
    return {a.x - b.x, a.y - b.y};
}
double dot(Vec a, Vec b) {
    return a.x * b.x + a.y * b.y;
}

// Keeps the part of poly where dot(p, normal) <= limit (Sutherland–Hodgman against one line).
std::vector<Vec> clip(const std::vector<Vec>& poly, Vec normal, double limit) {
    std::vector<Vec> out;
    for (std::size_t i = 0; i < poly.size(); ++i) {
        Vec a = poly[i], b = poly[(i + 1) % poly.size()];
        double da = dot(a, normal) - limit, db = dot(b, normal) - limit;
        if (da <= 0) out.push_back(a);
        if ((da < 0) != (db < 0) && da != db) {
            double t = da / (da - db);
            out.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
        }
    }
    return out;
}
}  // namespace

std::vector<std::vector<LonLat>> gridCells(const std::vector<LonLat>& centres, double radiusDeg, double gapDeg) {
    double latSum = 0;
    for (const auto& c : centres) latSum += c.lat;
    const double scale =
        centres.empty() ? 1.0 : std::cos(latSum / static_cast<double>(centres.size()) * std::numbers::pi / 180);
    auto toPlane = [&](LonLat p) { return Vec{p.lon * scale, p.lat}; };
    std::vector<std::vector<LonLat>> rings;
    for (std::size_t i = 0; i < centres.size(); ++i) {
        Vec ci = toPlane(centres[i]);
        std::vector<Vec> poly;
        constexpr int kSides = 16;
        for (int k = 0; k < kSides; ++k) {
            double a = 2 * std::numbers::pi * k / kSides;
            poly.push_back({ci.x + radiusDeg * std::cos(a), ci.y + radiusDeg * std::sin(a)});
        }
        for (std::size_t j = 0; j < centres.size() && !poly.empty(); ++j) {
            if (j == i) continue;
            Vec n = toPlane(centres[j]) - ci;
            double len = std::sqrt(dot(n, n));
            if (len == 0) continue;
            n = {n.x / len, n.y / len};
            // The bisector, moved half the gap towards this centre.
            poly = clip(poly, n, dot(ci, n) + len / 2 - gapDeg / 2);
        }
        std::vector<LonLat> ring;
        for (const auto& v : poly) ring.push_back({v.x / scale, v.y});
        if (!ring.empty()) ring.push_back(ring.front());
        rings.push_back(std::move(ring));
    }
    return rings;
}

bool insideRing(const std::vector<LonLat>& ring, LonLat p) {
    bool in = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat &a = ring[i], &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            in = !in;
    }
    return in;
}

}  // namespace gridwork::server::demo
