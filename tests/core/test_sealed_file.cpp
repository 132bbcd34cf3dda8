// Sealed files (photos, voice notes on the phone): round trip of empty, small and multi-chunk
// files; the bytes on disk show nothing of the content; a cut, altered or wrongly keyed file
// yields nothing; plain files from before encryption still read.
#include "gridwork/core/base/sealed_file.h"
#include "gridwork/core/store/store.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace gridwork;
namespace fs = std::filesystem;

namespace {
std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}
void put(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}
}  // namespace

TEST_CASE("a sealed file round-trips and shows nothing of its content") {
    testing::TempDir dir;
    SecretKey key = fileKeyFor(SecretKey::random());
    for (std::size_t size : {std::size_t{0}, std::size_t{5}, std::size_t{65536}, std::size_t{200001}}) {
        CAPTURE(size);
        std::string photo;
        for (std::size_t i = 0; i < size; ++i) photo += "身份证11010519491231002X"[i % 24];
        std::string path = dir.file("photo.jpg");
        REQUIRE(sealFile(path, photo, key).isOk());
        CHECK(isSealedFile(path));
        std::string disk = bytesOf(path);
        if (size > 24) CHECK(disk.find("11010519491231002X") == std::string::npos);
        auto back = openSealedFile(path, key);
        REQUIRE_MESSAGE(back.isOk(), back.status().toString());
        CHECK(*back == photo);
        CHECK((fs::status(path).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    }
}

TEST_CASE("a cut, altered or wrongly keyed sealed file yields nothing") {
    testing::TempDir dir;
    SecretKey key = fileKeyFor(SecretKey::random());
    std::string path = dir.file("voice.ogg");
    REQUIRE(sealFile(path, std::string(150000, 'v'), key).isOk());
    std::string good = bytesOf(path);
    CHECK(openSealedFile(path, fileKeyFor(SecretKey::random())).status().code() == ErrorCode::HashMismatch);
    put(path, good.substr(0, good.size() - 1000));  // the last chunk lost
    CHECK(openSealedFile(path, key).status().code() == ErrorCode::HashMismatch);
    put(path, good.substr(0, 9 + 24 + 65536 + 17));  // whole chunks, but no final one
    CHECK(openSealedFile(path, key).status().code() == ErrorCode::HashMismatch);
    std::string flipped = good;
    flipped[100] ^= 1;
    put(path, flipped);
    CHECK(openSealedFile(path, key).status().code() == ErrorCode::HashMismatch);
    CHECK(openSealedFile(dir.file("missing"), key).status().code() == ErrorCode::NotFound);
}

TEST_CASE("plain files from before encryption still read; a sealed one needs the key") {
    testing::TempDir dir;
    put(dir.file("old.jpg"), "plain jpeg bytes");
    auto plain = readMaybeSealedFile(dir.file("old.jpg"), nullptr);
    REQUIRE(plain.isOk());
    CHECK(*plain == "plain jpeg bytes");
    SecretKey key = fileKeyFor(SecretKey::random());
    REQUIRE(sealFile(dir.file("new.jpg"), "new jpeg bytes", key).isOk());
    CHECK(readMaybeSealedFile(dir.file("new.jpg"), nullptr).status().code() == ErrorCode::Unavailable);
    CHECK(*readMaybeSealedFile(dir.file("new.jpg"), &key) == "new jpeg bytes");
}

TEST_CASE("a device's file key comes from its database key, and is not that key") {
    testing::TempDir dir;
    ::setenv("GRIDWORK_KEY_DIR", dir.file("keys").c_str(), 1);
    auto fileKey = deviceFileKey(dir.file("device.db"));
    auto again = deviceFileKey(dir.file("device.db"));
    auto other = deviceFileKey(dir.file("other.db"));
    auto options = deviceStoreOptions(dir.file("device.db"));
    ::unsetenv("GRIDWORK_KEY_DIR");
    REQUIRE(fileKey.isOk());
    REQUIRE(options.isOk());
#ifdef GRIDWORK_HAVE_SQLCIPHER
    REQUIRE(fileKey->has_value());
    CHECK(**fileKey == **again);
    CHECK_FALSE(**fileKey == **other);
    REQUIRE(options->key);
    CHECK(**fileKey == fileKeyFor(*options->key));
    CHECK_FALSE(**fileKey == *options->key);
#else
    CHECK_FALSE(fileKey->has_value());
#endif
}
