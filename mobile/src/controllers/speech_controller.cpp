#include "controllers/speech_controller.h"

#include "base/log.h"

#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTextToSpeech>

namespace gridwork::mobile {

namespace {
class QtSpeechEngine : public SpeechEngine {
public:
    explicit QtSpeechEngine(QObject* parent) : m_tts(new QTextToSpeech(parent)) {
        const QLocale zh(QLocale::Chinese, QLocale::China);
        if (m_tts->availableLocales().contains(zh)) m_tts->setLocale(zh);
        qCInfo(lcMedia) << "text to speech:" << m_tts->engine() << "state" << m_tts->state() << "locale"
                        << m_tts->locale().name();
    }
    bool available() const override { return m_tts->state() != QTextToSpeech::Error; }
    void say(const QString& text) override { m_tts->say(text); }
    void stop() override { m_tts->stop(); }

private:
    QTextToSpeech* m_tts;  // owned by the parent QObject
};

class EspeakFileEngine : public SpeechEngine {
public:
    explicit EspeakFileEngine(QString wav) : m_wav(std::move(wav)) {}
    bool available() const override { return !QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty(); }
    void say(const QString& text) override {
        QProcess::execute(QStringLiteral("espeak-ng"),
                          {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-w"), m_wav, text});
    }
    void stop() override {}

private:
    QString m_wav;
};
}  // namespace

std::unique_ptr<SpeechEngine> makeQtSpeechEngine(QObject* parent) {
    return std::make_unique<QtSpeechEngine>(parent);
}
std::unique_ptr<SpeechEngine> makeEspeakFileEngine(const QString& wavPath) {
    return std::make_unique<EspeakFileEngine>(wavPath);
}

SpeechController::SpeechController(AppCore& core, QObject* parent) : ControllerBase(core, {}, parent) {}
SpeechController::~SpeechController() = default;

bool SpeechController::available() const {
    return m_engine ? m_engine->available() : true;  // the Qt engine is made on first use
}

void SpeechController::setEngine(std::unique_ptr<SpeechEngine> engine) {
    m_engine = std::move(engine);
    emit engineChanged();
}

void SpeechController::say(const QString& text) {
    const QString t = text.simplified();
    if (t.isEmpty()) return;
    if (!m_engine) m_engine = makeQtSpeechEngine(this);
    m_engine->stop();
    m_engine->say(t);
    m_lastText = t;
    qCDebug(lcMedia) << "read aloud:" << t.left(40);
    emit spoke(t);
}

void SpeechController::sayParts(const QStringList& parts) {
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty()) kept << p.trimmed();
    say(kept.join(QStringLiteral("。")));
}

void SpeechController::stop() {
    if (m_engine) m_engine->stop();
}

}  // namespace gridwork::mobile
