// command_line.cpp — CLI11 apps for the command groups of registry.cpp. CLI11 splits the words,
// finds the group and subcommand, reads `--name value` / `--name=value` / switches and keeps
// what it does not know (allow_extras) so the messages stay ours; help texts are help.cpp's.
#include "command_line.h"

#include "registry.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <vector>

namespace gridwork::device {

namespace {

// What CLI11 records for a valued option given bare (no value): a word no one types.
const std::string kBare = "\x1f(no value)";

// One subcommand bound to a CLI11 app: its options, --json, --help and the positional words.
struct Binding {
    Binding(const CommandGroup& g, const Subcommand& s) : group(&g), sub(&s) {}
    const CommandGroup* group = nullptr;
    const Subcommand* sub = nullptr;
    CLI::App* app = nullptr;
    std::vector<std::pair<const OptionSpec*, CLI::Option*>> options;
    CLI::Option* json = nullptr;
    CLI::Option* help = nullptr;
    std::vector<std::string> positionals;
};

// No fallthrough: a value that happens to be a command's name ("--note list") stays a value.
CLI::App* addApp(CLI::App& parent, std::string_view name) {
    CLI::App* app = parent.add_subcommand(std::string(name));
    app->set_help_flag();  // help is ours (help.cpp)
    app->allow_extras();   // unknown words reach us, for our messages
    return app;
}

// --db FILE (or --db=FILE) may stand anywhere: it is the one global option, taken out first.
std::vector<std::string> takeDb(std::vector<std::string> words, std::string& db) {
    for (std::size_t i = 0; i < words.size();) {
        if (words[i] == "--db" && i + 1 < words.size()) {
            db = words[i + 1];
            words.erase(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i) + 2);
        } else if (words[i].rfind("--db=", 0) == 0) {
            db = words[i].substr(5);
            words.erase(words.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    return words;
}

void bind(CLI::App& app, Binding& b) {
    b.app = &app;
    for (const auto& o : b.sub->options) {
        std::string flag = "--" + std::string(o.name);
        CLI::Option* opt = o.valueName.empty()
                               ? app.add_flag(flag)
                               // A value is optional to CLI11 so "--x" bare is ours to refuse.
                               : app.add_option(flag)->expected(0, 1)->allow_extra_args(false)->default_str(kBare);
        opt->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        b.options.emplace_back(&o, opt);
    }
    b.json = app.add_flag("--json")->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    b.help = app.add_flag("--help,-h");
    app.add_option("args", b.positionals);
}

// The parsed words of one subcommand as Args; unknown words (kept by allow_extras) go along as
// options or positionals so Invocation::checkOptions names them.
Args argsOf(const Binding& b, const std::vector<std::string>& extras) {
    Args args;
    for (const auto& [spec, opt] : b.options) {
        std::string name(spec->name);
        std::size_t bare = opt->count();
        for (const auto& r : opt->results()) {
            if (spec->valueName.empty()) {
                // A switch reads "true" when bare; anything else came as --name=value.
                args.addOption(name, r == "true" ? std::nullopt : std::optional<std::string>(r));
                --bare;
                continue;
            }
            if (r != kBare) args.addOption(name, r);
            if (r != kBare && bare > 0) --bare;
        }
        for (; bare > 0; --bare) args.addOption(name, std::nullopt);
    }
    if (b.json->count() > 0) args.addOption("json", std::nullopt);
    for (const auto& p : b.positionals) args.addPositional(p);
    for (const auto& w : extras) {
        if (w.size() > 2 && w.rfind("--", 0) == 0) {
            auto eq = w.find('=');
            args.addOption(w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2),
                           eq == std::string::npos ? std::nullopt : std::optional<std::string>(w.substr(eq + 1)));
        } else {
            args.addPositional(w);
        }
    }
    return args;
}

}  // namespace

CommandLine readCommandLine(int argc, const char* const* argv) {
    CommandLine out;
    CLI::App app("gridwork-device");
    app.set_help_flag();
    app.allow_extras();
    CLI::Option* mainHelp = app.add_flag("--help,-h");

    // CLI11 keeps pointers into the bindings (their positionals): each lives in its own allocation.
    struct Group {
        CLI::App* app;
        CLI::Option* help;
        std::vector<std::unique_ptr<Binding>> subs;
    };
    std::vector<Group> groups;
    for (const auto& g : commandGroups()) {
        Group group{addApp(app, g.name), nullptr, {}};
        if (g.isSingle()) {
            group.subs.push_back(std::make_unique<Binding>(g, g.subcommands[0]));
            bind(*group.app, *group.subs.back());
        } else {
            group.help = group.app->add_flag("--help,-h");
            for (const auto& s : g.subcommands) {
                group.subs.push_back(std::make_unique<Binding>(g, s));
                bind(*addApp(*group.app, s.name), *group.subs.back());
            }
        }
        groups.push_back(std::move(group));
    }

    std::vector<std::string> words = takeDb(std::vector<std::string>(argv + 1, argv + argc), out.db);
    std::reverse(words.begin(), words.end());  // CLI11 takes the words last-first
    try {
        app.parse(words);
    } catch (const CLI::ParseError& e) {
        out.error = e.what();
        return out;
    }
    std::vector<std::string> extras = app.remaining();
    const Group* group = nullptr;
    for (const auto& g : groups)
        if (g.app->parsed()) group = &g;
    auto keepExtras = [&](const CLI::App* level) {
        for (auto& w : level->remaining()) extras.push_back(std::move(w));
    };
    if (!group) {
        if (mainHelp->count() > 0 || extras.empty()) {
            out.action = CommandLine::Action::MainHelp;
            out.asked = mainHelp->count() > 0;
        } else {
            out.error = "unknown command '" + extras[0] + "'";
        }
        return out;
    }
    keepExtras(group->app);
    const Binding* b = nullptr;
    for (const auto& s : group->subs)
        if (s->app->parsed()) b = s.get();
    out.group = group->subs[0]->group;
    if (!b) {
        if (group->help->count() > 0 || extras.empty()) {
            out.action = CommandLine::Action::GroupHelp;
            out.asked = group->help->count() > 0;
        } else {
            out.error = "unknown subcommand '" + std::string(out.group->name) + " " + extras[0] + "'";
        }
        return out;
    }
    if (b->app != group->app) keepExtras(b->app);
    out.sub = b->sub;
    if (b->help->count() > 0) {
        out.action = CommandLine::Action::SubcommandHelp;
        out.asked = true;
        return out;
    }
    out.args = argsOf(*b, extras);
    out.action = CommandLine::Action::Run;
    return out;
}

}  // namespace gridwork::device
