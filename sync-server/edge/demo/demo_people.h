// demo_people.h — realistic, deterministic Chinese people data for the demo township: names
// from weighted surname and given-name tables, valid mainland ID numbers (GB 11643 check
// character), mobile numbers. All draws come from the caller's seeded generator, so the same
// seed gives the same people. Thread-safety: pure functions over static tables.
#pragma once

#include "gridwork/core/domain/enums.h"

#include <cstdint>
#include <random>
#include <string>

namespace gridwork::server::demo {

using Rng = std::mt19937_64;

// A uniformly drawn integer in [lo, hi].
int pick(Rng& rng, int lo, int hi);
// true with probability p.
bool chance(Rng& rng, double p);

// "张伟", "欧阳晓燕": a surname (weighted by frequency) and a one- or two-character given name
// typical of the gender and birth decade.
std::string personName(Rng& rng, domain::Gender gender, int birthYear);
// Same surname, a new given name (a child takes the father's surname).
std::string nameWithSurname(Rng& rng, const std::string& surname, domain::Gender gender, int birthYear);
std::string surnameOf(const std::string& fullName);
// An 18-character ID number of `regionCode` (6 digits), the birth date and a sequence whose
// parity gives the gender; its check character is right by GB 11643.
std::string idNumber(Rng& rng, const std::string& regionCode, int birthYear, domain::Gender gender);
// An 11-digit mobile number (13x-19x prefixes of the three carriers).
std::string mobilePhone(Rng& rng);

}  // namespace gridwork::server::demo
