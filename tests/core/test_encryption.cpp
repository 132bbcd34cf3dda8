// Encryption at rest: the key file (plain and PIN-wrapped), an encrypted store whose copied file
// reveals no name, ID number or phone and which plain SQLite cannot open, and the in-place
// encryption of a plain database (with rows still in its WAL) without losing a row or an unsent
// change.
#include "gridwork/core/base/key_store.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "store/cipher.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace gridwork;
namespace fs = std::filesystem;

namespace {
const char* kName = "王秀英";
const char* kIdNumber = "11010519491231002X";
const char* kPhone = "13912345678";

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// What `strings` and a byte search would find in the database file and its sidecars.
std::string everythingOnDisk(const std::string& dbPath) {
    std::string all;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) all += fileBytes(dbPath + suffix);
    return all;
}

std::string run(const std::string& command) {
    std::string out;
    if (FILE* p = ::popen((command + " 2>&1").c_str(), "r")) {
        char buf[512];
        while (std::fgets(buf, sizeof buf, p)) out += buf;
        ::pclose(p);
    }
    return out;
}

bool have(const char* tool) {
    return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0;
}

RowWrite resident(const Uuid& id) {
    RowWrite w{"residents", id, {}};
    w.set("name", Value::text(kName)).set("id_number", Value::text(kIdNumber)).set("phone", Value::text(kPhone));
    w.set("status", Value::text("present"));
    return w;
}
}  // namespace

TEST_CASE("the key file is 0600, stable, and a PIN wraps it") {
    testing::TempDir dir;
    std::string path = dir.file("keys/device.key");
    FileKeyStore plain(path);
    auto k1 = plain.key();
    REQUIRE_MESSAGE(k1.isOk(), k1.status().toString());
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    auto k2 = FileKeyStore(path).key();
    REQUIRE(k2.isOk());
    CHECK(*k1 == *k2);
    CHECK_FALSE(*k1 == SecretKey::random());

    // Wrapped under a PIN: the file no longer holds the key, a wrong or missing PIN is refused.
    REQUIRE(plain.changePin("4711").isOk());
    CHECK(fileBytes(path).find(k1->toHex()) == std::string::npos);
    auto wrong = FileKeyStore(path, "1234").key();
    CHECK(wrong.status().code() == ErrorCode::Unauthenticated);
    CHECK(FileKeyStore(path).key().status().code() == ErrorCode::Unauthenticated);
    auto right = FileKeyStore(path, "4711").key();
    REQUIRE(right.isOk());
    CHECK(*right == *k1);
    // A wrong PIN changed nothing.
    CHECK(*FileKeyStore(path, "4711").key() == *k1);
}

TEST_CASE("the default key file lives outside the database's folder") {
    testing::TempDir dir;
    ::setenv("GRIDWORK_KEY_DIR", dir.file("keys").c_str(), 1);
    std::string a = defaultKeyPath(dir.file("data/a.db"));
    std::string b = defaultKeyPath(dir.file("data/b.db"));
    ::unsetenv("GRIDWORK_KEY_DIR");
    CHECK(a != b);
    CHECK(fs::path(a).parent_path() == fs::path(dir.file("keys")));
}

#ifdef GRIDWORK_HAVE_SQLCIPHER
TEST_CASE("a copied encrypted database reveals no name, ID number or phone") {
    testing::TempDir dir;
    std::string path = dir.file("device.db");
    SecretKey key = SecretKey::random();
    {
        StoreOptions o;
        o.key = key;
        auto store = Store::open(path, o);
        REQUIRE_MESSAGE(store.isOk(), store.status().toString());
        for (int i = 0; i < 20; ++i) REQUIRE((*store)->write(resident(newUuidV7())).isOk());
        // Bytes both in the WAL (now) and in the main file (after the close checkpoints).
        std::string open = everythingOnDisk(path);
        CHECK(open.find(kIdNumber) == std::string::npos);
        CHECK(open.find(kPhone) == std::string::npos);
        CHECK(open.find(kName) == std::string::npos);
    }
    std::string closed = everythingOnDisk(path);
    CHECK(closed.size() > 4096);
    CHECK(closed.find(kIdNumber) == std::string::npos);
    CHECK(closed.find(kPhone) == std::string::npos);
    CHECK(closed.find(kName) == std::string::npos);
    CHECK(closed.find("SQLite format 3") == std::string::npos);
    CHECK(closed.find("residents") == std::string::npos);  // not even the schema
    if (have("strings")) {
        std::string found = run("strings -a -n 6 '" + path + "'");
        CHECK(found.find(kIdNumber) == std::string::npos);
        CHECK(found.find(kPhone) == std::string::npos);
    }
    // Plain SQLite cannot open it: neither this build without a key nor the sqlite3 program.
    auto nokey = Store::open(path);
    CHECK_FALSE(nokey.isOk());
    if (have("sqlite3"))
        CHECK(run("sqlite3 '" + path + "' 'SELECT * FROM residents'").find("not a database") != std::string::npos);
    // The wrong key neither.
    StoreOptions wrong;
    wrong.key = SecretKey::random();
    auto bad = Store::open(path, wrong);
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.status().code() == ErrorCode::Storage);
    // The right key reads everything back.
    StoreOptions right;
    right.key = key;
    auto back = Store::open(path, right);
    REQUIRE(back.isOk());
    CHECK((*back)->database().queryInt("SELECT count(*) FROM residents WHERE id_number='11010519491231002X'") == 20);
}

TEST_CASE("a plain device database is encrypted in place without losing a row or an unsent change") {
    testing::TempDir dir;
    std::string live = dir.file("live.db");
    std::string path = dir.file("device.db");
    Uuid site;
    std::vector<OutboxEntry> unsent;
    std::int64_t version = 0;
    {
        // The main-era code: a plain file, rows written, nothing pushed. The copy is taken while
        // the store is open, so the newest rows are still in the WAL (a phone switched off).
        auto store = Store::open(live);
        REQUIRE(store.isOk());
        for (int i = 0; i < 50; ++i) REQUIRE((*store)->write(resident(newUuidV7())).isOk());
        REQUIRE((*store)->setMeta("ui.font", "large").isOk());
        site = (*store)->siteId();
        unsent = (*store)->outbox(0, 10000);
        version = *(*store)->database().queryInt("PRAGMA user_version");
        REQUIRE(fs::file_size(live + "-wal") > 0);
        fs::copy_file(live, path);
        fs::copy_file(live + "-wal", path + "-wal");
    }
    REQUIRE(db::isPlainDatabaseFile(path));
    REQUIRE(fileBytes(path + "-wal").find(kIdNumber) != std::string::npos);

    SecretKey key = SecretKey::random();
    StoreOptions o;
    o.key = key;
    {
        auto store = Store::open(path, o);
        REQUIRE_MESSAGE(store.isOk(), store.status().toString());
        CHECK((*store)->siteId() == site);
        CHECK((*store)->database().queryInt("PRAGMA user_version") == version);
        CHECK((*store)->database().queryInt("SELECT count(*) FROM residents") == 50);
        CHECK((*store)->meta("ui.font") == "large");
        auto after = (*store)->outbox(0, 10000);
        REQUIRE(after.size() == unsent.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            CHECK(after[i].seq == unsent[i].seq);
            CHECK(after[i].change.rowId == unsent[i].change.rowId);
            CHECK(after[i].change.column == unsent[i].change.column);
            CHECK(after[i].change.hlc == unsent[i].change.hlc);
            CHECK(after[i].change.value == unsent[i].change.value);
        }
        REQUIRE((*store)->write(resident(newUuidV7())).isOk());  // and it takes new writes
    }
    CHECK_FALSE(db::isPlainDatabaseFile(path));
    CHECK_FALSE(fs::exists(path + ".encrypting"));
    std::string disk = everythingOnDisk(path);
    CHECK(disk.find(kIdNumber) == std::string::npos);
    CHECK(disk.find(kPhone) == std::string::npos);
    // Opening again does not encrypt twice.
    auto again = Store::open(path, o);
    REQUIRE(again.isOk());
    CHECK((*again)->database().queryInt("SELECT count(*) FROM residents") == 51);
}

TEST_CASE("a half-finished encryption from a crash is discarded and done again") {
    testing::TempDir dir;
    std::string path = dir.file("device.db");
    {
        auto store = Store::open(path);
        REQUIRE(store.isOk());
        REQUIRE((*store)->write(resident(newUuidV7())).isOk());
    }
    { std::ofstream(path + ".encrypting") << "half a file"; }
    StoreOptions o;
    o.key = SecretKey::random();
    auto store = Store::open(path, o);
    REQUIRE_MESSAGE(store.isOk(), store.status().toString());
    CHECK((*store)->database().queryInt("SELECT count(*) FROM residents") == 1);
    CHECK_FALSE(fs::exists(path + ".encrypting"));
}
#endif

namespace {
// Whether some process other than the caller holds SQLite's SHARED lock on the database file
// (what keeps another connection from deleting the WAL on close). Asked from a forked child,
// because fcntl does not report a process's own locks to itself.
bool othersSeeSharedLock(const std::string& path) {
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int fd = ::open(path.c_str(), O_RDWR);
        struct flock probe {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0x40000002;  // SQLite's SHARED_FIRST
        probe.l_len = 510;           // SHARED_SIZE
        const bool held = fd >= 0 && fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        _exit(held ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
}  // namespace

TEST_CASE("opening a second connection keeps the first one's file locks (its WAL is not deleted under it)") {
    testing::TempDir dir;
    const std::string path = dir.file("device.db");
    StoreOptions o;
    o.key = SecretKey::random();
    auto first = Store::open(path, o);
    REQUIRE(first.isOk());
    REQUIRE((*first)->write(resident(newUuidV7())).isOk());
    REQUIRE(othersSeeSharedLock(path));

    // The app's sync worker opens its own connection; the plain-file check must not drop the
    // locks the first connection holds (closing any descriptor of a file drops them all).
    CHECK_FALSE(db::isPlainDatabaseFile(path));
    CHECK(othersSeeSharedLock(path));
    {
        auto second = Store::open(path, o);
        REQUIRE(second.isOk());
    }
    CHECK(othersSeeSharedLock(path));

    REQUIRE((*first)->write(resident(newUuidV7())).isOk());
    first->reset();
    auto reopened = Store::open(path, o);
    REQUIRE(reopened.isOk());
    CHECK((*reopened)->database().queryInt("SELECT count(*) FROM residents") == 2);
}
