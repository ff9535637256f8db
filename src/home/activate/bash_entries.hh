// Running the activation entries: one bash process with the prelude, then
// every entry in manifest order, each announced by "Activating <name>".
// Builtin entries become `hearthActivateStep <name>` calls back into
// `hearth activate --step`, so bash snippets and native steps share one
// order and one shell (later snippets read variables earlier ones set).
#pragma once

#include "home/activate/context.hh"

namespace hearth::home {

extern const char* const activation_prelude;

// The whole script bash runs.
std::string activation_script(const Context& c);
// Runs it; the error carries bash's exit status.
Result<void> run_activation_script(Context& c);

} // namespace hearth::home
