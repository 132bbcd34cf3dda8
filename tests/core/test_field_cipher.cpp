// encryptField / blindIndex (the ID-number column for the PostgreSQL backend): round trip, no
// plain text in the bytes, fresh nonces, a ciphertext moved to another row or altered does not
// decrypt, and the blind index finds equal values and only under the right key.
#include "gridwork/core/base/field_cipher.h"

#include <doctest/doctest.h>

#include <string>

using namespace gridwork;

TEST_CASE("an encrypted field round-trips and binds to its row") {
    FieldKeys keys = deriveFieldKeys(SecretKey::random());
    const std::string id = "11010519491231002X";
    auto a = encryptField(id, keys, "residents.id_number:row-1");
    if (!a && a.status().code() == ErrorCode::Unavailable) return;  // no AES instructions here
    REQUIRE(a.isOk());
    std::string bytes(a->begin(), a->end());
    CHECK(bytes.find(id) == std::string::npos);
    CHECK(bytes.find("11010519") == std::string::npos);
    auto b = encryptField(id, keys, "residents.id_number:row-1");
    REQUIRE(b.isOk());
    CHECK(*a != *b);  // a fresh nonce every time: equal values do not show
    CHECK(*decryptField(*a, keys, "residents.id_number:row-1") == id);
    CHECK(decryptField(*a, keys, "residents.id_number:row-2").status().code() == ErrorCode::HashMismatch);
    CHECK(decryptField(*a, deriveFieldKeys(SecretKey::random()), "residents.id_number:row-1").status().code() ==
          ErrorCode::HashMismatch);
    Blob altered = *a;
    altered[altered.size() / 2] ^= 0x40;
    CHECK(decryptField(altered, keys, "residents.id_number:row-1").status().code() == ErrorCode::HashMismatch);
    CHECK(decryptField(Blob{0x01, 0x02}, keys, "x").status().code() == ErrorCode::HashMismatch);
    auto empty = encryptField("", keys, "c");
    REQUIRE(empty.isOk());
    CHECK(decryptField(*empty, keys, "c").value().empty());
}

TEST_CASE("the blind index finds equal values, under its key only") {
    SecretKey master = SecretKey::random();
    FieldKeys keys = deriveFieldKeys(master);
    CHECK(blindIndex("11010519491231002X", keys) == blindIndex("11010519491231002X", deriveFieldKeys(master)));
    CHECK(blindIndex("11010519491231002X", keys) != blindIndex("110105194912310039", keys));
    CHECK(blindIndex("11010519491231002X", keys) !=
          blindIndex("11010519491231002X", deriveFieldKeys(SecretKey::random())));
    CHECK(blindIndex("11010519491231002X", keys).size() == 64);
    CHECK_FALSE(keys.encrypt == keys.index);
}
