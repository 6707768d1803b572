#include "model/readouts.h"
#include "ui/lab_readouts.h"
#include <cmath>
#include <cstring>
#include <doctest/doctest.h>
#include <string>
#ifndef __EMSCRIPTEN__
#include <fstream>
#include <nlohmann/json.hpp>
#endif

using namespace ng;

TEST_CASE("lab readouts: every readout of the registry has a place in the panel") {
    for (int i = 0; i < ReadoutCount(); i++) {
        const char* name = ReadoutAt(i).Name;
        INFO(name);
        const LabRowStyle& style = LabStyleFor(name);
        CHECK(std::strcmp(style.Name, name) == 0); // listed explicitly, not the generic style
        CHECK((int)style.Group < (int)LabGroup::Count);
        if (style.Companion) {
            int companion = FindReadout(style.Companion);
            REQUIRE(companion >= 0);
            CHECK(LabStyleFor(style.Companion).Group == style.Group);
        }
    }
    CHECK(std::strcmp(LabStyleFor("no_such_readout").Name, "") == 0);
    CHECK(LabStyleFor("no_such_readout").Group == LabGroup::Body);
    for (int g = 0; g < (int)LabGroup::Count; g++) {
        bool any = false;
        for (int i = 0; i < ReadoutCount(); i++) any |= (int)LabStyleFor(ReadoutAt(i).Name).Group == g;
        CHECK(any);
    }
}

TEST_CASE("lab readouts: cells born and matured share a plot, progenitors and young neurons do not") {
    // Issue 13: born (weeks) vs matured (months in the human preset) side by side with a legend;
    // progenitors and young neurons are other cells on other scales.
    CHECK(std::strcmp(LabStyleFor("cells_born_per_day").Companion, "new_neurons_per_day") == 0);
    CHECK(std::strcmp(LabStyleFor("new_neurons_per_day").Companion, "cells_born_per_day") == 0);
    CHECK(std::strcmp(LabStyleFor("new_neurons_total").Companion, "cells_born_total") == 0);
    CHECK(LabStyleFor("progenitors").Companion == nullptr);
    CHECK(LabStyleFor("immature_neurons").Companion == nullptr);
    for (int i = 0; i < ReadoutCount(); i++) {
        const char* companion = LabStyleFor(ReadoutAt(i).Name).Companion;
        if (!companion) continue;
        INFO(ReadoutAt(i).Name);
        CHECK(std::strcmp(companion, "progenitors") != 0);
        CHECK(std::strcmp(companion, "immature_neurons") != 0);
    }
}

TEST_CASE("lab readouts: blood tests belong on the BDNF, IGF-1 and cognition plots") {
    CHECK(LabTestFieldFor("serum_bdnf_ng_ml") == LabTestField::SerumBdnf);
    CHECK(LabTestFieldFor("total_igf1_ng_ml") == LabTestField::TotalIgf1);
    CHECK(LabTestFieldFor("cognitive_index_z") == LabTestField::CognitiveZ);
    CHECK(LabTestFieldFor("cortisol_nmol_l") == LabTestField::None);
    for (const char* name : {"serum_bdnf_ng_ml", "total_igf1_ng_ml", "cognitive_index_z"})
        CHECK(FindReadout(name) >= 0);
}

TEST_CASE("lab readouts: status against the normal range") {
    const ReadoutInfo& bdnf = ReadoutAt(FindReadout("serum_bdnf_ng_ml"));
    CHECK(ClassifyValue(bdnf, 10.0) == RangeStatus::Low);
    CHECK(ClassifyValue(bdnf, 32.7) == RangeStatus::Normal);
    CHECK(ClassifyValue(bdnf, 60.0) == RangeStatus::High);
    CHECK(ClassifyValue(bdnf, NAN) == RangeStatus::NoRange);
    CHECK(ClassifyValue(ReadoutAt(FindReadout("new_neurons_total")), 1e5) == RangeStatus::NoRange);
    CHECK(ClassifyRange(0.0, 1.0, 1.0) == RangeStatus::Normal);
    CHECK(ClassifyRange(0.0, 1.0, 1.0001) == RangeStatus::High);
    CHECK(ClassifyRange(1.0, 1.0, 1.0) == RangeStatus::NoRange);
}

TEST_CASE("lab readouts: change since the start") {
    ChangeKind kind;
    double change = 0.0;
    const ReadoutInfo& bdnf = ReadoutAt(FindReadout("serum_bdnf_ng_ml"));
    REQUIRE(ChangeFromStart(bdnf, 33.0, 30.0, &kind, &change));
    CHECK(kind == ChangeKind::Percent);
    CHECK(change == doctest::Approx(10.0));
    const ReadoutInfo& cognition = ReadoutAt(FindReadout("cognitive_index_z"));
    REQUIRE(ChangeFromStart(cognition, 0.25, 0.0, &kind, &change));
    CHECK(kind == ChangeKind::Difference);
    CHECK(change == doctest::Approx(0.25));
    const ReadoutInfo& sessions = ReadoutAt(FindReadout("sessions_done"));
    CHECK_FALSE(ChangeFromStart(sessions, 12.0, 0.0, &kind, &change));
    CHECK_FALSE(ChangeFromStart(bdnf, NAN, 30.0, &kind, &change));
}

TEST_CASE("lab readouts: unit keys") {
    char key[64];
    UnitKey("x rest", key, sizeof(key));
    CHECK(std::string(key) == "lab.unit.x_rest");
    UnitKey("cells/day", key, sizeof(key));
    CHECK(std::string(key) == "lab.unit.cells_day");
    UnitKey("ng/mL", key, 12);
    CHECK(std::strlen(key) == 11);
}

#ifndef __EMSCRIPTEN__ // the WebAssembly test runner has no file system
static nlohmann::json ReadLabTable(const char* lang) {
    std::string here = __FILE__;
    std::string root = here.substr(0, here.rfind("tests/ui/"));
    std::ifstream file(root + "assets/i18n/" + lang + "/lab.json");
    REQUIRE(file.good());
    nlohmann::json json = nlohmann::json::parse(file, nullptr, false);
    REQUIRE(json.is_object());
    return json;
}

static std::string Placeholders(const std::string& text) {
    std::string found;
    for (int i = 0; i < 10; i++)
        if (text.find("{" + std::to_string(i) + "}") != std::string::npos) found += std::to_string(i);
    return found;
}

TEST_CASE("lab readouts: English and Spanish texts for every readout and unit") {
    nlohmann::json en = ReadLabTable("en"), es = ReadLabTable("es");
    for (int i = 0; i < ReadoutCount(); i++) {
        const ReadoutInfo& info = ReadoutAt(i);
        INFO(info.Name);
        for (const char* prefix : {"lab.r.", "lab.tip."}) {
            CHECK(en.contains(prefix + std::string(info.Name)));
            CHECK(es.contains(prefix + std::string(info.Name)));
        }
        if (*info.Unit) {
            char key[64];
            UnitKey(info.Unit, key, sizeof(key));
            CHECK(en.contains(key));
        }
    }
    for (auto it = en.begin(); it != en.end(); ++it) {
        INFO(it.key());
        REQUIRE(it.value().is_string());
        CHECK(!it.value().get<std::string>().empty());
        REQUIRE(es.contains(it.key()));
        CHECK(!es[it.key()].get<std::string>().empty());
        CHECK(Placeholders(it.value().get<std::string>()) == Placeholders(es[it.key()].get<std::string>()));
    }
    for (auto it = es.begin(); it != es.end(); ++it) CHECK(en.contains(it.key()));
}
#endif
