// switch-to-configuration's decisions, one rule per case.
#include "system/units/unit_diff.hh"

#include <gtest/gtest.h>

namespace hearth::system {
namespace {

using Units = std::map<std::string, UnitSpec>;
using V = std::vector<std::string>;

UnitSpec unit(std::string text, bool wanted = true) {
    UnitSpec u;
    u.text = std::move(text);
    if (wanted) u.wanted_by = {"multi-user.target"};
    return u;
}

ActiveState states(std::map<std::string, std::string> s) {
    return [s](const std::string& u) {
        auto it = s.find(u);
        return it == s.end() ? std::string("inactive") : it->second;
    };
}

TEST(UnitDiff, NewWantedUnitStarts) {
    auto p =
        plan_units({}, {{"a.service", unit("A")}, {"b.service", unit("B", false)}}, states({}));
    EXPECT_EQ(p.start, V{"a.service"});
    EXPECT_TRUE(p.stop.empty());
}

TEST(UnitDiff, UnchangedRunningUnitIsLeftAlone) {
    Units u{{"a.service", unit("A")}};
    EXPECT_TRUE(plan_units(u, u, states({{"a.service", "active"}})).empty());
}

TEST(UnitDiff, ChangedUnitStopsThenStarts) {
    auto p = plan_units({{"a.service", unit("A")}}, {{"a.service", unit("A2")}},
                        states({{"a.service", "active"}}));
    EXPECT_EQ(p.stop, V{"a.service"});
    EXPECT_EQ(p.start, V{"a.service"});
    EXPECT_TRUE(p.restart.empty());
}

TEST(UnitDiff, StopIfChangedFalseRestarts) {
    UnitSpec now = unit("A2");
    now.stop_if_changed = false;
    auto p = plan_units({{"a.service", unit("A")}}, {{"a.service", now}},
                        states({{"a.service", "active"}}));
    EXPECT_EQ(p.restart, V{"a.service"});
    EXPECT_TRUE(p.stop.empty() && p.start.empty());
}

TEST(UnitDiff, ReloadIfChangedReloads) {
    UnitSpec now = unit("A2");
    now.reload_if_changed = true;
    auto p = plan_units({{"a.service", unit("A")}}, {{"a.service", now}},
                        states({{"a.service", "active"}}));
    EXPECT_EQ(p.reload, V{"a.service"});
}

TEST(UnitDiff, RestartIfChangedFalseIsReportedNotRestarted) {
    UnitSpec now = unit("A2");
    now.restart_if_changed = false;
    auto p = plan_units({{"a.service", unit("A")}}, {{"a.service", now}},
                        states({{"a.service", "active"}}));
    EXPECT_EQ(p.skipped, V{"a.service"});
    EXPECT_TRUE(p.empty());
}

TEST(UnitDiff, RemovedOrMaskedRunningUnitStops) {
    UnitSpec masked = unit("B");
    masked.enable = false;
    auto p =
        plan_units({{"a.service", unit("A")}, {"b.service", unit("B")}}, {{"b.service", masked}},
                   states({{"a.service", "active"}, {"b.service", "active"}}));
    EXPECT_EQ(p.stop, (V{"a.service", "b.service"}));
    EXPECT_TRUE(p.start.empty());
}

TEST(UnitDiff, RemovedInactiveUnitNeedsNothing) {
    EXPECT_TRUE(plan_units({{"a.service", unit("A")}}, {}, states({})).empty());
}

TEST(UnitDiff, FailedWantedUnitIsStartedAgain) {
    Units u{{"a.service", unit("A")}};
    EXPECT_EQ(plan_units(u, u, states({{"a.service", "failed"}})).start, V{"a.service"});
}

TEST(UnitDiff, ChangedTargetIsNotRestarted) {
    auto p = plan_units({{"x.target", unit("X")}}, {{"x.target", unit("X2")}},
                        states({{"x.target", "active"}}));
    EXPECT_TRUE(p.empty());
}

} // namespace
} // namespace hearth::system
