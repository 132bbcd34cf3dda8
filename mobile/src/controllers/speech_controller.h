// speech_controller.h — the `Speech` singleton: read-aloud (朗读) for elder mode. A screen's
// speaker button hands its title, key facts and choices to say(); an outcome button held down
// says its own label. Mandarin (zh_CN).
//
// The engine is a seam: SpeechEngine. The app uses Qt TextToSpeech (QtSpeechEngine: on Debian the
// speech-dispatcher plugin with espeak-ng's cmn voice, on Android the system TTS); tests put in
// a recording engine and check the text handed over; EspeakFileEngine speaks into a WAV file with
// espeak-ng (the one test through a real engine: Qt 6.4's TextToSpeech cannot write a file).
// Contract: GUI thread. say() replaces what is being said; empty text says nothing.
#pragma once

#include "controllers/controller_base.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace gridwork::mobile {

class SpeechEngine {
public:
    virtual ~SpeechEngine() = default;
    virtual bool available() const = 0;
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;
};

// Qt TextToSpeech, zh_CN voice when the engine has one.
std::unique_ptr<SpeechEngine> makeQtSpeechEngine(QObject* parent);
// espeak-ng -v cmn -w FILE: for tests and a desktop without an audio device.
std::unique_ptr<SpeechEngine> makeEspeakFileEngine(const QString& wavPath);

class SpeechController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Speech)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY engineChanged)
    Q_PROPERTY(QString lastText READ lastText NOTIFY spoke)
public:
    SpeechController(AppCore& core, QObject* parent = nullptr);
    ~SpeechController() override;
    static SpeechController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->speech(), qml);
    }

    bool available() const;
    QString lastText() const { return m_lastText; }
    // Says `text` (a screen's summary, a button's label); parts joined with a pause.
    Q_INVOKABLE void say(const QString& text);
    Q_INVOKABLE void sayParts(const QStringList& parts);
    Q_INVOKABLE void stop();
    // The seam: tests and tools hand in another engine (nullptr: back to Qt TextToSpeech).
    void setEngine(std::unique_ptr<SpeechEngine> engine);

    void refresh() override {}

signals:
    void engineChanged();
    void spoke(const QString& text);

private:
    std::unique_ptr<SpeechEngine> m_engine;
    QString m_lastText;
};

}  // namespace gridwork::mobile
