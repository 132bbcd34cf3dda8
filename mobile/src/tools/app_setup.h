// app_setup.h — process-wide set-up shared by gridwork-app and the QML tests: the Material
// style, the CJK font (WenQuanYi Micro Hei, so Chinese renders offscreen too), the zh_CN
// translation (the default UI language), the software renderer on the offscreen platform, and
// the demo store seeding used by --screenshots and the tests.
// Contract: GUI thread; call prepareGraphics() before the QGuiApplication exists and
// setupApplication() right after.
#pragma once

class QGuiApplication;

namespace gridwork::mobile {

class AppCore;

void prepareGraphics();
void setupApplication(QGuiApplication& app);
// Seeds the demo grid (demo_seed.h) and an active patrol with part of the demo route into the
// core's store on its DB worker, and waits for it. Returns false (and prints why) on failure.
bool seedDemoStore(AppCore& core, bool withPatrol = true);

}  // namespace gridwork::mobile
