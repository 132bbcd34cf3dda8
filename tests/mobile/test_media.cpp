// Photos, camera and read-aloud through their seams: a photo is shrunk (≤ 1600 px, JPEG) and its
// EXIF location stripped unless kept; the simulated camera writes a frame; the read-aloud text
// handed to the engine is the screen's; and one sentence is spoken by a real engine (espeak-ng)
// into a WAV file when one is installed.
#include "base/photo_shrink.h"
#include "controllers/app_core.h"
#include "controllers/camera_controller.h"
#include "controllers/speech_controller.h"
#include "qt_test_app.h"
#include "temp_dir.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QStandardPaths>
#include <doctest/doctest.h>

using namespace gridwork;
using namespace gridwork::mobile;
using namespace gridwork::mobile::testing_support;

namespace {
void put16(QByteArray& b, int v) {
    b.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}
void put32(QByteArray& b, int v) {
    put16(b, v & 0xFFFF);
    put16(b, (v >> 16) & 0xFFFF);
}

// An APP1 Exif segment as a phone camera writes it: orientation 6 (turn 90°) and a GPS block.
QByteArray cameraExif() {
    QByteArray tiff("II*\0", 4);
    put32(tiff, 8);                                                                       // IFD0 right after the header
    put16(tiff, 2);                                                                       // two entries
    put16(tiff, 0x0112), put16(tiff, 3), put32(tiff, 1), put16(tiff, 6), put16(tiff, 0);  // Orientation
    put16(tiff, 0x8825), put16(tiff, 4), put32(tiff, 1), put32(tiff, 38);                 // GPS IFD at 38
    put32(tiff, 0);                                                                       // no IFD1
    put16(tiff, 1);                                                                       // GPS IFD: one entry
    put16(tiff, 0x0001), put16(tiff, 2), put32(tiff, 2), tiff.append("N\0", 2), put16(tiff, 0);  // LatitudeRef
    put32(tiff, 0);
    QByteArray app1("\xFF\xE1", 2);
    const int len = 2 + 6 + static_cast<int>(tiff.size());
    app1.append(char(len >> 8)).append(char(len & 0xFF)).append("Exif\0\0", 6).append(tiff);
    return app1;
}

QString cameraPhoto(const testing::TempDir& dir) {
    QImage big(4000, 3000, QImage::Format_RGB32);
    big.fill(QColor(90, 140, 60));
    QByteArray jpeg;
    QBuffer b(&jpeg);
    b.open(QIODevice::WriteOnly);
    REQUIRE(big.save(&b, "JPEG", 95));
    jpeg.insert(2, cameraExif());
    const QString path = QString::fromStdString(dir.file("IMG_0001.jpg"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(jpeg);
    return path;
}

QSize sizeOf(const QByteArray& jpeg) {
    QBuffer b;
    b.setData(jpeg);
    return QImageReader(&b).size();
}

class RecordingEngine : public SpeechEngine {
public:
    explicit RecordingEngine(QStringList& said) : m_said(said) {}
    bool available() const override { return true; }
    void say(const QString& text) override { m_said << text; }
    void stop() override {}

private:
    QStringList& m_said;
};
}  // namespace

TEST_CASE("a camera photo is shrunk to 1600 px and loses its EXIF location unless the worker keeps it") {
    testing::TempDir dir;
    const QString path = cameraPhoto(dir);
    REQUIRE(!exifSegment([&] {
                 QFile f(path);
                 f.open(QIODevice::ReadOnly);
                 return f.readAll();
             }())
                 .isEmpty());
    auto stripped = shrinkPhoto(path);
    REQUIRE(stripped.isOk());
    CHECK(sizeOf(*stripped) == QSize(1200, 1600));  // turned upright (orientation 6), long side 1600
    CHECK(exifSegment(*stripped).isEmpty());
    CHECK_FALSE(stripped->contains("Exif"));
    CHECK(stripped->size() < 400'000);

    ShrinkOptions keep;
    keep.keepLocation = true;
    auto kept = shrinkPhoto(path, keep);
    REQUIRE(kept.isOk());
    const QByteArray exif = exifSegment(*kept);
    REQUIRE(!exif.isEmpty());
    CHECK(exif.contains(QByteArray("N\0", 2)));  // the GPS block travels along
    // Orientation reset to 1: the pixels are upright already.
    const int at = exif.indexOf(QByteArray("\x12\x01\x03\x00", 4));
    REQUIRE(at > 0);
    CHECK(exif[at + 8] == char(1));

    CHECK(shrinkPhoto(QString::fromStdString(dir.file("missing.jpg"))).status().code() == ErrorCode::NotFound);
    QFile text(QString::fromStdString(dir.file("note.jpg")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a photo");
    text.close();
    CHECK(shrinkPhoto(text.fileName()).status().code() == ErrorCode::InvalidArgument);
}

TEST_CASE("camera seam: frames from a test source are taken as photos; read-aloud hands the text to the engine") {
    ensureCoreApp();
    testing::TempDir dir;
    AppOptions o;
    o.dbPath = QString::fromStdString(dir.file("media.db"));
    AppCore core(o);
    CameraController& camera = *core.camera();
    CHECK(camera.captureSimulated().isEmpty());  // no source: nothing to take
    camera.setFrameSource([] {
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(Qt::darkCyan);
        return frame;
    });
    CHECK(camera.hasCamera());
    CHECK(camera.simulated());
    const QString shot = camera.captureSimulated();
    REQUIRE(!shot.isEmpty());
    CHECK(QImageReader(shot).size() == QSize(1280, 720));

    QStringList said;
    core.speech()->setEngine(std::make_unique<RecordingEngine>(said));
    core.speech()->sayParts({QStringLiteral("上报"), QStringLiteral(" "), QStringLiteral("安全隐患、矛盾纠纷")});
    REQUIRE(said.size() == 1);
    CHECK(said[0] == QStringLiteral("上报。安全隐患、矛盾纠纷"));
    core.speech()->say(QStringLiteral("   "));
    CHECK(said.size() == 1);  // nothing to say: the engine is not called
}

TEST_CASE("read-aloud through a real engine: espeak-ng's Mandarin voice into a WAV file") {
    if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty()) {
        MESSAGE("espeak-ng is not installed: skipped");
        return;
    }
    testing::TempDir dir;
    const QString wav = QString::fromStdString(dir.file("said.wav"));
    auto engine = makeEspeakFileEngine(wav);
    REQUIRE(engine->available());
    engine->say(QStringLiteral("巡查已结束，走了一点三公里。"));
    QFile f(wav);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("RIFF"));
    CHECK(bytes.mid(8, 4) == "WAVE");
    MESSAGE("spoken: ", bytes.size(), " bytes of WAV");
    CHECK(bytes.size() > 20'000);  // about a second of 22 kHz speech at least
}
