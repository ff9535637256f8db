// Debian's alternatives in a package's merged tree. Many programs reach
// their plain name only through update-alternatives, which a package's
// postinst runs (nc is nc.openbsd, pinentry is pinentry-curses, vi is
// vim.basic); Hearth runs no maintainer scripts, so it reads the literal
// `update-alternatives --install` calls out of each postinst (kept by the
// unpack builder as var/lib/dpkg/info/<package>.postinst) and makes the
// links the highest priority would get in Debian's automatic mode.
#pragma once

#include "pkgs/deb_env.hh"
#include "pkgs/error.hh"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth::pkgs {

struct AltLink {
    std::string link; // absolute, as the script names it: /usr/bin/nc
    std::string name; // the alternative's name: nc
    std::string path; // absolute: /bin/nc.openbsd
};

struct Alternative {
    AltLink master;
    long priority = 0;
    std::vector<AltLink> slaves;
};

// The `--install` calls of a maintainer script whose arguments are all
// literal; calls built from shell variables (ImageMagick's loop over its
// programs) are skipped, and packages needing those keep a fixup.
std::vector<Alternative> parse_alternatives(std::string_view script);

// Makes the winning alternatives' links under `root` (the merged tree)
// where the tree has the target and not the link, and returns the
// requested package's (nodes[0]'s) new programs as (name, path below
// root) pairs for its bin/: those whose name is the target's without a
// variant's tag (nc for nc.openbsd). Role names (editor, pager, vi for
// nvim) stay in the tree: as a package's own programs every editor in a
// profile would collide on bin/editor.
Result<std::vector<std::pair<std::string, std::string>>>
apply_alternatives(const std::string& root, const std::vector<EnvNode>& nodes);

} // namespace hearth::pkgs
