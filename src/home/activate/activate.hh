// `hearth activate GENERATION`: switches the home directory to a built
// generation, in Home Manager's order: init (variables, dry-run notice,
// sanity checks, gcroots/new-home), the manifest's activation entries
// (native steps and bash snippets in one order), then gcroots/current-home.
#pragma once

#include "home/activate/context.hh"

namespace hearth::home {

// The whole activation. Errors are printed here; the result is the exit
// status for the command.
int activate(const ActivateOptions& options);

// One builtin step, as bash calls it back (`hearth activate --step NAME`).
int activate_step(const ActivateOptions& options, const std::string& step);

} // namespace hearth::home
