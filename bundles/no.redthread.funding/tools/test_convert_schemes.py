"""Tests of convert_schemes.py: python3 -m unittest discover -s bundles/no.redthread.funding/tools (the funding
tests module runs them in the Maven build)."""

import json
import pathlib
import tempfile
import unittest

import convert_schemes as c

FRAME = json.loads(c.FRAME.read_text(encoding="utf-8"))
FRAME_THEMES = {t["id"] for d in FRAME["dimensions"] for t in d["themes"]}
CSV = c.HERE / "funding_schemes_no.csv"


class NameTest(unittest.TestCase):

    def test_english_connecting_words_become_bokmal(self):
        self.assertEqual("Natursats – tilskudd (inkl. kommunedelplan for naturmangfold og planvask)",
                         c.norwegian_name(" Natursats – tilskudd (incl. kommunedelplan for naturmangfold and planvask) "))
        self.assertEqual("Tiltak i jordbruket (og verdensarvområdene)", c.norwegian_name("Tiltak i jordbruket (and verdensarvområdene)"))
        self.assertEqual("Merkur-programmet", c.norwegian_name("Merkur-programmet"))

    def test_english_remarks_in_owners_become_bokmal(self):
        self.assertEqual("Husbanken (videreføring av Enovas ordning)",
                         c.norwegian_owner(" Husbanken (continuation of Enova scheme) "))
        self.assertEqual("Miljødirektoratet", c.norwegian_owner("Miljødirektoratet"))


class ParseDeadlineTest(unittest.TestCase):

    def test_unknown_and_continuous(self):
        self.assertEqual({"kind": "unknown"}, c.parse_deadline("unknown (not found); Nordland: etter avtale"))
        self.assertEqual({"kind": "continuous"}, c.parse_deadline("Løpende søknadsfrist"))
        self.assertEqual({"kind": "continuous"}, c.parse_deadline("Søknad kan sendes hele året"))
        self.assertEqual({"kind": "unknown"}, c.parse_deadline("Set by kommunen"))

    def test_day_and_month_without_a_year_is_annual(self):
        self.assertEqual({"kind": "annual", "dates": ["02-15"]}, c.parse_deadline("15. februar (2018–2022)"))
        self.assertEqual({"kind": "annual", "dates": ["06-01"]}, c.parse_deadline("e.g. 1. juni (2023)"))

    def test_dated_deadlines_keep_the_newest_year_as_rounds(self):
        self.assertEqual({"kind": "rounds", "rounds": ["2019-01-15"]},
                         c.parse_deadline("15. januar 2017; 25. januar 2018; 15. januar 2019"))
        self.assertEqual({"kind": "rounds", "rounds": ["2022-02-15"]}, c.parse_deadline("frist 15.02.2022"))
        self.assertEqual({"kind": "rounds", "rounds": ["2024-08-30"]}, c.parse_deadline("30. august 2024"))


class MappingTest(unittest.TestCase):

    def test_every_theme_hint_maps_to_catalogue_themes(self):
        for hint, themes in c.THEME_HINTS.items():
            for theme in themes:
                self.assertIn(theme, FRAME_THEMES, hint)

    def test_theme_hints_in_order_without_repeats(self):
        self.assertEqual(["theme-climate-hazards", "theme-preparedness", "theme-water"],
                         c.themes("klimatilpasning; samfunnssikkerhet; overvann"))
        with self.assertRaises(ValueError):
            c.themes("klimatilpasning; noe helt nytt")

    def test_dimensions_cross_cutting_is_all_three(self):
        self.assertEqual(["dim-climate-environment", "dim-social", "dim-economy"], c.dimensions("tverrgående"))
        self.assertEqual(3, len(c.dimensions("økonomi/sosial (tverrgående)")))
        self.assertEqual(["dim-social", "dim-economy"], c.dimensions("sosial; økonomi"))
        self.assertEqual(["dim-climate-environment", "dim-social"], c.dimensions("sosial / klima og miljø"))

    def test_sdg_targets_are_theme_targets_of_the_named_goals(self):
        self.assertEqual(["11.5", "11.b", "13.1", "13.2", "13.3"],
                         c.sdg_targets(["theme-climate-hazards"], [11, 13], FRAME))

    def test_applicants_from_keywords_and_overrides(self):
        row = {"id": "x", "applicants": "Kommuner og interkommunale friluftsråd"}
        self.assertEqual(["kommune", "interkommunalt samarbeid", "frivillig organisasjon"], c.applicants(row))
        row = {"id": "friluft_kartlegging", "applicants": "Fylkeskommuner only (who support kommuner)"}
        self.assertEqual(["fylkeskommune"], c.applicants(row))
        row = {"id": "x", "applicants": "Kommuner, fylkeskommuner, kommunale foretak"}
        self.assertNotIn("næringsliv", c.applicants(row), "a kommunalt foretak is no business")


class ConversionTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.schemes = {s["id"]: s for s in c.convert(CSV)}

    def test_all_53_schemes_with_known_vocabulary(self):
        self.assertEqual(53, len(self.schemes))
        for scheme in self.schemes.values():
            self.assertTrue(set(scheme["applicants"]) <= set(c.APPLICANT_ORDER), scheme["id"])
            self.assertTrue(set(scheme["themes"]) <= FRAME_THEMES, scheme["id"])
            self.assertIn(scheme["deadline"]["kind"], {"annual", "rounds", "continuous", "unknown"})
            self.assertTrue(scheme["url"].startswith("http"), scheme["id"])

    def test_overrides_name_real_rows(self):
        for table in (c.DEADLINE_OVERRIDES, c.APPLICANT_OVERRIDES, c.AMOUNTS):
            self.assertTrue(set(table) <= set(self.schemes), set(table) - set(self.schemes))

    def test_klimasats(self):
        klimasats = self.schemes["klimasats"]
        self.assertEqual({"kind": "annual", "dates": ["02-15"], "checkedYear": 2022}, {
            k: v for k, v in klimasats["deadline"].items() if k != "note"})
        self.assertTrue(klimasats["deadline"]["note"].startswith("Main round 15. februar"))
        self.assertEqual(0.5, klimasats["amount"]["coFundingShare"])
        self.assertEqual("2022-01-01", klimasats["lastChecked"])
        self.assertIn("13.1", klimasats["sdgTargets"])

    def test_year_old_dated_deadline_is_kept_as_a_dated_round(self):
        self.assertEqual(["2019-01-15"], self.schemes["vannmiljotiltak"]["deadline"]["rounds"])
        self.assertEqual("unknown", self.schemes["nve_kartlegging_flomfare"]["deadline"]["kind"])

    def test_the_shipped_files_are_what_the_script_writes(self):
        with tempfile.TemporaryDirectory() as out:
            c.write(list(self.schemes.values()), out)
            written = sorted(p.name for p in pathlib.Path(out).glob("*.json"))
            shipped = sorted(p.name for p in (c.BUNDLE / "schemes").glob("*.json") if p.name != "schema.json")
            self.assertEqual(shipped, written)
            for name in written:
                self.assertEqual((c.BUNDLE / "schemes" / name).read_text(encoding="utf-8"),
                                 (pathlib.Path(out) / name).read_text(encoding="utf-8"), name + " is stale: rerun")


if __name__ == "__main__":
    unittest.main()
