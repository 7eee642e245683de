"""Tests of convert_scenarios.py: python3 -m unittest discover -s bundles/no.redthread.dilemma/tools (the dilemma
tests module runs them in the Maven build)."""

import json
import pathlib
import tempfile
import unittest

import convert_scenarios as c

FRAME = json.loads((c.BUNDLE.parent / "no.redthread.core" / "catalogue" / "frame.json").read_text(encoding="utf-8"))
FRAME_DIMENSIONS = {d["id"] for d in FRAME["dimensions"]}
FRAME_THEMES = {t["id"] for d in FRAME["dimensions"] for t in d["themes"]}
SOURCE = c.HERE / "scenarios_no.json"


class StakeholderTest(unittest.TestCase):

    def test_a_trailing_bracket_is_the_role(self):
        self.assertEqual({"name": "Statnett", "role": "nett"}, c.stakeholder("Statnett (nett)"))
        self.assertEqual({"name": "Energidepartementet (tidl. OED) og NVE", "role": "konsesjonsmyndighet"},
                         c.stakeholder("Energidepartementet (tidl. OED) og NVE (konsesjonsmyndighet)"))

    def test_a_bracket_that_qualifies_the_name_stays_in_it(self):
        self.assertEqual({"name": "Vertskommunene (bl.a. Åfjord)"}, c.stakeholder("Vertskommunene (bl.a. Åfjord)"))
        self.assertEqual({"name": "Sametinget"}, c.stakeholder(" Sametinget "))


class PerspectiveTest(unittest.TestCase):

    def test_prefix_gives_the_dimension_and_words_the_themes(self):
        self.assertEqual({"text": "Miljø: klima (+) mot natur og beiteland (−)", "dimension": "dim-climate-environment",
                          "themes": ["theme-climate-hazards", "theme-nature-land-use"]},
                         c.perspective("Miljø: klima (+) mot natur og beiteland (−)"))

    def test_governance_has_no_dimension_of_the_frame(self):
        self.assertEqual({"text": "Styring: medvirkning og tillit", "themes": ["theme-participation-democracy"]},
                         c.perspective("Styring: medvirkning og tillit"))

    def test_an_unknown_prefix_is_refused(self):
        with self.assertRaises(ValueError):
            c.perspective("Teknologi: roboter")

    def test_every_id_is_one_of_the_frame(self):
        self.assertTrue({d for d in c.DIMENSIONS.values() if d} <= FRAME_DIMENSIONS)
        self.assertTrue(set(c.THEME_WORDS.values()) <= FRAME_THEMES)


class InteractionTest(unittest.TestCase):

    def test_a_reason_with_an_arrow_starts_from_its_target_and_the_mark_is_kept_apart(self):
        self.assertEqual({"from": "7.2", "to": "13.2", "direction": "positive", "suggested": {"score": 2, "mark": "[forslag]"},
                          "why": "7.2 → 13.2: fornybar kraft (forsterkende)."},
                         c.interaction({"target": "13.2", "direction": "positive", "suggested_score": 2,
                                        "why": "7.2 → 13.2: fornybar kraft (forsterkende). [forslag]"}))

    def test_other_reasons_start_from_the_measure(self):
        self.assertEqual("measure", c.interaction({"target": "9.2", "direction": "positive", "suggested_score": 1,
                                                   "why": "8.5/gruvedrift → 9.2: ny industri. [forslag]"})["from"])

    def test_a_score_without_the_suggestion_mark_or_with_a_wrong_target_is_refused(self):
        with self.assertRaises(ValueError):
            c.interaction({"target": "13.2", "direction": "positive", "suggested_score": 2, "why": "7.2 → 13.2: x."})
        with self.assertRaises(ValueError):
            c.interaction({"target": "13.1", "direction": "positive", "suggested_score": 2, "why": "7.2 → 13.2: x. [forslag]"})


class HandlingOptionTest(unittest.TestCase):

    def test_the_prefix_gives_the_approach_and_the_text_stays_whole(self):
        self.assertEqual({"approach": "further-study", "text": "Videre utredning: kartlegge beiter."},
                         c.handling_option("Videre utredning: kartlegge beiter."))
        with self.assertRaises(ValueError):
            c.handling_option("Noe annet: x")


class ShippedScenariosTest(unittest.TestCase):

    def setUp(self):
        self.source = json.loads(SOURCE.read_text(encoding="utf-8"))
        self.scenarios = c.convert(SOURCE)

    def test_nine_scenarios_with_every_fact_and_its_source(self):
        self.assertEqual(9, len(self.scenarios))
        for source, converted in zip(self.source, self.scenarios):
            self.assertEqual([(f["text"], f["source_url"]) for f in source["facts"]],
                             [(f["text"], f["source"]) for f in converted["facts"]])
            cited = [f["source"] for f in converted["facts"]]
            self.assertEqual(sorted(set(source["sources"])), sorted(set(cited + converted.get("furtherReading", []))))

    def test_kinds_and_suggested_scores(self):
        self.assertEqual(4, sum(1 for s in self.scenarios if s["kind"] == "real"))
        self.assertEqual(5, sum(1 for s in self.scenarios if s["kind"] == "drawn"))
        fosen = next(s for s in self.scenarios if s["id"] == "fosen-vindkraft-reindrift")
        self.assertEqual([("measure", "7.2", 3), ("7.2", "13.2", 2), ("7.2", "2.3", -2), ("7.2", "10.2", -2),
                          ("7.2", "15.5", -1), ("7.2", "16.3", -1)],
                         [(i["from"], i["to"], i["suggested"]["score"]) for i in fosen["interactions"]])
        self.assertTrue(all(i["suggested"]["mark"] == "[forslag]" for s in self.scenarios for i in s["interactions"]))

    def test_the_shipped_files_are_what_the_script_writes(self):
        with tempfile.TemporaryDirectory() as out:
            c.write(self.scenarios, out)
            written = sorted(p.name for p in pathlib.Path(out).glob("*.json"))
            shipped = sorted(p.name for p in (c.BUNDLE / "scenarios").glob("*.json") if p.name != "schema.json")
            self.assertEqual(written, shipped)
            for name in written:
                self.assertEqual((pathlib.Path(out) / name).read_text(encoding="utf-8"),
                                 (c.BUNDLE / "scenarios" / name).read_text(encoding="utf-8"), name)


if __name__ == "__main__":
    unittest.main()
