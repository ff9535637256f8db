// The paragraph printed when activation stops: in which step, at which
// file if a native step names one, what the home holds at that point, and
// what to do next. Bash records where it stopped (the entry and its exit
// status) and native steps the file they failed on, as key=value lines in
// a report file ($HEARTH_ACTIVATE_REPORT) the driver reads afterwards.
#pragma once

#include "home/manifest.hh"

#include <optional>
#include <string>

namespace hearth::home {

struct FailurePoint {
    std::string entry; // the activation entry that failed
    int status = 1;
    std::string path; // the file a native step failed on, if any
};

// Reads the report file's key=value lines (entry, status, path); nullopt
// when no entry was recorded.
std::optional<FailurePoint> read_failure_point(const std::string& report_file);

// Appends `key=value` to $HEARTH_ACTIVATE_REPORT, if set.
void record_failure(const std::string& key, const std::string& value);

// The paragraph for a failure at `p` while activating `generation`.
std::string failure_report(const Manifest& m, const std::string& generation, const FailurePoint& p);

} // namespace hearth::home
