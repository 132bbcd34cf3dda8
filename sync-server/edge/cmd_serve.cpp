// serve — the sync service on HTTP(S) until SIGTERM/SIGINT; then it stops accepting, lets the
// accepted requests finish (up to the drain time, 30 s unless --drain-ms) and exits 0 — within
// the drain time whatever the peers do (a handler still running then is abandoned: the process
// ends without closing the database, which SQLite's journal makes safe).
#include "attachments/attachment_handler.h"
#include "commands.h"
#include "http_edge.h"
#include "server_context.h"

#include "gridwork/server/console_api.h"
#include "gridwork/server/console_route.h"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <iostream>
#include <pthread.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>

namespace gridwork::server {

namespace {
constexpr auto kDrainDeadline = std::chrono::milliseconds(30000);

// The connection limit needs descriptors: raise the soft limit to the hard one.
void raiseDescriptorLimit() {
    rlimit r{};
    if (::getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < r.rlim_max) {
        r.rlim_cur = r.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &r);
    }
}

// --name N (a positive integer) into `out`, when given.
template <typename T> Status positive(const Args& args, const std::string& name, T& out) {
    auto v = args.integer(name);
    if (!v) return v.status();
    if (!*v) return {};
    if (**v <= 0) return {ErrorCode::InvalidArgument, "--" + name + " must be positive"};
    out = static_cast<T>(**v);
    return {};
}
}  // namespace

int runServe(const Args& args) {
    const std::string cmd = "serve";
    if (auto st = args.check({"data", "listen", "cert", "key", "max-body-mb", "max-attachment-mb", "workers", "queue",
                              "max-conns", "max-conns-per-peer", "header-timeout-ms", "body-timeout-ms", "drain-ms",
                              "console"},
                             {"data", "listen"});
        !st)
        return usageError(cmd, st.message());
    EdgeOptions options;
    long long headerMs = options.headerTimeout.count(), bodyMs = options.bodyTimeout.count();
    long long drainMs = kDrainDeadline.count();
    for (auto st : {positive(args, "workers", options.workers), positive(args, "queue", options.queueLimit),
                    positive(args, "max-conns", options.maxConnections),
                    positive(args, "max-conns-per-peer", options.maxConnectionsPerPeer),
                    positive(args, "header-timeout-ms", headerMs), positive(args, "body-timeout-ms", bodyMs),
                    positive(args, "drain-ms", drainMs)})
        if (!st) return usageError(cmd, st.message());
    options.headerTimeout = std::chrono::milliseconds(headerMs);
    options.bodyTimeout = std::chrono::milliseconds(bodyMs);
    auto maxBody = args.integer("max-body-mb");
    auto maxAttachment = args.integer("max-attachment-mb");
    if (!maxBody) return usageError(cmd, maxBody.status().message());
    if (!maxAttachment) return usageError(cmd, maxAttachment.status().message());

    // Block the stop signals before any thread starts, so they all inherit the mask and the
    // signals queue for sigwait() below instead of killing a worker thread mid-request.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);  // a client gone mid-reply is an error value, not a death
    raiseDescriptorLimit();

    std::string dir = *args.value("data");
    // One server per township: a second `serve` on the same directory is refused (the admin
    // subcommands may run beside it).
    int lockFd = ::open((dir + "/serve.lock").c_str(), O_RDWR | O_CREAT, 0644);
    if (lockFd >= 0 && ::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
        return fail(cmd, {ErrorCode::InvalidState, "another gridwork-server is already serving " + dir});
    auto service = openService(dir);
    if (!service) return fail(cmd, service.status());
    AttachmentOptions attachmentOptions;
    attachmentOptions.dir = dataPaths(dir).attachments;
    if (*maxAttachment) attachmentOptions.maxSizeBytes = static_cast<std::uint64_t>(**maxAttachment) << 20;
    auto attachments = AttachmentHandler::open(**service, attachmentOptions);
    if (!attachments) return fail(cmd, attachments.status());
    (*service)->setAttachmentHandler(attachments->get());

    // The web console (issue 11) on the same listener: its files at /console/, its API at
    // /api/console/v1/. Live updates answer at once here (no long poll): a waiting request would
    // hold one of the edge's few workers; the page polls every few seconds instead.
    ConsoleOptions consoleOptions;
    consoleOptions.staticDir = args.value("console").value_or(GRIDWORK_CONSOLE_DIST);
    consoleOptions.attachmentsDir = dataPaths(dir).attachments;
    consoleOptions.configDir = dir + "/console";
    consoleOptions.maxWaitMs = 0;
    auto console = ConsoleApi::open(**service, consoleOptions);
    if (!console) return fail(cmd, console.status());
    const bool https = args.value("listen")->rfind("https://", 0) == 0;
    ConsoleRoute consoleRoute(**console, https);
    options.routes.push_back({"/console", &consoleRoute, 1u << 20});
    options.routes.push_back({"/api/console/v1/", &consoleRoute, 1u << 20});

    options.listenUrl = *args.value("listen");
    options.certFile = args.value("cert").value_or("");
    options.keyFile = args.value("key").value_or("");
    if (*maxBody) options.maxBodyBytes = static_cast<std::size_t>(**maxBody) << 20;
    HttpEdge edge(**service, options);
    if (auto st = edge.start(); !st) return fail(cmd, st);
    std::cout << "gridwork-server: serving " << dir << " on " << options.listenUrl << " (pid " << getpid() << ")"
              << std::endl;

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::cerr << "gridwork-server: " << (signal == SIGINT ? "SIGINT" : "SIGTERM") << ": finishing in-flight requests"
              << std::endl;
    int left = edge.drainAndStop(std::chrono::milliseconds(drainMs));
    if (left) {
        // A handler still runs on the service: end the process under it rather than wait.
        std::cerr << "gridwork-server: " << left << " requests still running at the deadline; stopped" << std::endl;
        std::_Exit(0);
    }
    (*service)->setAttachmentHandler(nullptr);
    std::cerr << "gridwork-server: stopped" << std::endl;
    return 0;
}

}  // namespace gridwork::server
