// command_line.cpp — one CLI11 app per command group and subcommand of commandSpecs(); CLI11
// splits the words, finds the command and reads its options; help texts stay main.cpp's.
#include "command_line.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <regex>

namespace gridwork::server {

namespace {

// What CLI11 records for a valued option given bare (no value): a word no one types.
const std::string kBare = "\x1f(no value)";

struct Binding {
    explicit Binding(const CommandSpec& s) : spec(&s) {}
    const CommandSpec* spec = nullptr;
    CLI::App* app = nullptr;
    std::vector<std::pair<std::string, CLI::Option*>> options;
    CLI::Option* help = nullptr;
};

CLI::App* addApp(CLI::App& parent, const std::string& name) {
    CLI::App* app = parent.add_subcommand(name);
    app->set_help_flag();  // help is main.cpp's
    app->allow_extras();   // unknown words reach the command's check()
    return app;
}

// The option names of a usage text: "--data DIR [--json]" -> data, json.
std::vector<std::string> optionNames(const CommandSpec& spec) {
    static const std::regex kOption("--([a-z][a-z0-9-]*)");
    std::vector<std::string> names;
    for (std::sregex_iterator it(spec.usage.begin(), spec.usage.end(), kOption), end; it != end; ++it)
        if (std::find(names.begin(), names.end(), (*it)[1].str()) == names.end()) names.push_back((*it)[1].str());
    for (const auto& s : spec.switches)
        if (std::find(names.begin(), names.end(), s) == names.end()) names.push_back(s);
    return names;
}

void bind(CLI::App& app, Binding& b) {
    b.app = &app;
    const auto& switches = b.spec->switches;
    for (const auto& name : optionNames(*b.spec)) {
        bool isSwitch = std::find(switches.begin(), switches.end(), name) != switches.end();
        CLI::Option* opt =
            isSwitch ? app.add_flag("--" + name)
                     // A value is optional to CLI11 so a bare "--x" is the command's to refuse.
                     : app.add_option("--" + name)->expected(0, 1)->allow_extra_args(false)->default_str(kBare);
        opt->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        b.options.emplace_back(name, opt);
    }
    b.help = app.add_flag("--help,-h");
    // No positional option: positional words stay among the extras, in order with the options
    // CLI11 does not know, so an unknown "--name value" keeps its value.
}

Args argsOf(const Binding& b, const std::vector<std::string>& extras) {
    Args args;
    const auto& switches = b.spec->switches;
    for (const auto& [name, opt] : b.options) {
        bool isSwitch = std::find(switches.begin(), switches.end(), name) != switches.end();
        std::size_t bare = opt->count();
        for (const auto& r : opt->results()) {
            if ((isSwitch && r == "true") || r == kBare) continue;  // given bare; counted below
            args.addOption(name, r);
            if (bare > 0) --bare;
        }
        for (; bare > 0; --bare) args.addOption(name, std::nullopt);
    }
    // An option the usage text does not name keeps the word after it as its value (unless that
    // word is an option too), as a command reading it expects; check() then accepts or refuses it.
    auto isOption = [](const std::string& w) { return w.size() > 2 && w.rfind("--", 0) == 0; };
    for (std::size_t i = 0; i < extras.size(); ++i) {
        const std::string& w = extras[i];
        if (!isOption(w)) {
            args.addPositional(w);
            continue;
        }
        auto eq = w.find('=');
        std::string name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        if (eq != std::string::npos)
            args.addOption(name, w.substr(eq + 1));
        else if (i + 1 < extras.size() && !isOption(extras[i + 1]))
            args.addOption(name, extras[++i]);
        else
            args.addOption(name, std::nullopt);
    }
    return args;
}

}  // namespace

CommandLine readCommandLine(int argc, const char* const* argv) {
    CommandLine out;
    CLI::App app("gridwork-server");
    app.set_help_flag();
    app.allow_extras();
    CLI::Option* mainHelp = app.add_flag("--help,-h");

    // "worker add" is the subcommand add of the group app worker; "init" is an app of its own.
    std::map<std::string, CLI::App*> groups;
    std::vector<std::unique_ptr<Binding>> bindings;
    for (const auto& spec : commandSpecs()) {
        auto space = spec.name.find(' ');
        CLI::App* target = nullptr;
        if (space == std::string::npos) {
            target = addApp(app, spec.name);
        } else {
            std::string group = spec.name.substr(0, space);
            if (!groups.count(group)) groups[group] = addApp(app, group);
            target = addApp(*groups[group], spec.name.substr(space + 1));
        }
        bindings.push_back(std::make_unique<Binding>(spec));
        bind(*target, *bindings.back());
    }

    std::vector<std::string> words(argv + 1, argv + argc);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError&) {
        out.action = CommandLine::Action::UnknownCommand;  // CLI11 refuses nothing we declare; be safe
        out.words = words.empty() ? "" : words[0];
        return out;
    }
    const Binding* b = nullptr;
    for (const auto& binding : bindings)
        if (binding->app->parsed()) b = binding.get();
    if (!b) {
        bool help = mainHelp->count() > 0 || (!words.empty() && words[0] == "help");
        if (help || words.empty()) {
            out.action = CommandLine::Action::Help;
            out.asked = help;
        } else {
            out.action = CommandLine::Action::UnknownCommand;
            out.words = words[0] + (words.size() > 1 ? " " + words[1] : "");
        }
        return out;
    }
    out.spec = b->spec;
    if (b->help->count() > 0) {
        out.action = CommandLine::Action::CommandHelp;
        return out;
    }
    std::vector<std::string> extras = app.remaining();
    for (const CLI::App* level = b->app; level && level != &app; level = level->get_parent())
        for (auto& w : level->remaining()) extras.push_back(w);
    out.args = argsOf(*b, extras);
    out.action = CommandLine::Action::Run;
    return out;
}

}  // namespace gridwork::server
