#!/usr/bin/env python3
"""Converts the dilemma-training scenarios of the shared reference data into the files no.redthread.dilemma ships.

Usage:
    python3 bundles/no.redthread.dilemma/tools/convert_scenarios.py [SOURCE_JSON] [OUT_DIR]

SOURCE_JSON defaults to scenarios_no.json next to this script (a copy of dilemma/scenarios_no.json of the shared
reference data); OUT_DIR defaults to the bundle's scenarios/ folder. Writes one file per scenario,
scenarios/<id>.json, in the format of scenarios/schema.json, pretty-printed and stable (same input, same bytes).

What the source says in free text and the format holds as data:
- each fact keeps its own source address; sources no fact cites are kept as furtherReading;
- a stakeholder's trailing bracket is its role ("Statnett (nett)"), except brackets that only qualify the name;
- each perspective ("Miljø: klima (+) mot natur (−)") gets the frame's dimension from its prefix and the
  frame's themes (bundles/no.redthread.core/catalogue/frame.json) from the words in THEME_WORDS;
- each SDG target becomes an interaction: from the measure (tiltaket) or from the target its reason names before
  "→", to the target, with the suggested score on Nilsson's scale kept as a suggestion with its [forslag] mark;
- each handling option gets its approach from its prefix (the four ways of DOMAIN.md's dilemma training).
Only the standard library is used.
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
BUNDLE = HERE.parent
SCHEMA_VERSION = 1
MARK = "[forslag]"
MEASURE = "measure"

KINDS = {"real": "real", "drawn_from_real": "drawn"}

# Brackets that qualify a stakeholder's name rather than say its role (or stake).
NAME_QUALIFIERS = ("bl.a.", "tidl.", "Stranda, Aurland")

DIMENSIONS = {"miljø": "dim-climate-environment", "sosialt": "dim-social", "sosialt/kultur": "dim-social",
              "kvalitet": "dim-social", "økonomi": "dim-economy",
              # governance (styring) cuts across the frame's three dimensions
              "styring": None}

# Words of the perspectives and the frame's themes they name; matched case-insensitively within words.
THEME_WORDS = {
    "klima": "theme-climate-hazards", "utslipp": "theme-climate-hazards",
    "natur": "theme-nature-land-use", "beiteland": "theme-nature-land-use", "leveområder": "theme-nature-land-use",
    "fjordøkosystem": "theme-nature-land-use", "villaks": "theme-nature-land-use", "grønt": "theme-nature-land-use",
    "nedbygging": "theme-nature-land-use", "verdensarv": "theme-nature-land-use",
    "gyteområder": "theme-nature-land-use",
    "partikkelspredning": "theme-water",
    "mineraler": "theme-resources-circular", "overskuddsvarme": "theme-resources-circular",
    "helse": "theme-public-health", "luftkvalitet": "theme-public-health",
    "boliger": "theme-housing", "bolyst": "theme-housing",
    "nærskole": "theme-childhood-education", "lekeplass": "theme-childhood-education",
    "fagmiljø": "theme-childhood-education",
    "samisk": "theme-culture-volunteering", "kultur": "theme-culture-volunteering",
    "elvefiske": "theme-culture-volunteering", "friluftsliv": "theme-public-health",
    "medvirkning": "theme-participation-democracy", "konsultasjon": "theme-participation-democracy",
    "selvstyre": "theme-participation-democracy", "tillit": "theme-participation-democracy",
    "motstand": "theme-participation-democracy", "lokale avgifter": "theme-participation-democracy",
    "rettssikkerhet": "theme-participation-democracy",
    "forsyningssikkerhet": "theme-preparedness",
    "skatteinntekter": "theme-municipal-economy", "kommunale inntekter": "theme-municipal-economy",
    "eiendomsskatt": "theme-municipal-economy", "driftsbudsjett": "theme-municipal-economy",
    "infrastrukturkostnader": "theme-municipal-economy",
    "arbeid": "theme-business-development", "næring": "theme-business-development",
    "handel": "theme-business-development", "reiseliv": "theme-business-development",
    "eksport": "theme-business-development", "kraftproduksjon": "theme-business-development",
    "investeringer": "theme-business-development", "lønnsomhet": "theme-business-development",
    "reindrift": "theme-business-development", "lokalt fiske": "theme-business-development",
    "rekruttering": "theme-competence-recruitment",
    "transport": "theme-infrastructure-mobility", "skyss": "theme-infrastructure-mobility",
    "reisetid": "theme-infrastructure-mobility", "kraft og nett": "theme-infrastructure-mobility",
    "strømpris": "theme-infrastructure-mobility", "kraftmangel": "theme-infrastructure-mobility",
}

APPROACHES = {"Eksisterende føringer": "existing-guidance", "Videre utredning": "further-study",
              "Virkemidler som demper konflikten": "instruments", "Beslutning av ledere/politikere": "decision"}

TARGET = r"(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-z])"
# "7.2 → 13.2: ..." names the target the interaction starts from; other reasons start from the measure.
FROM_TARGET = re.compile(r"^(" + TARGET + r") → (" + TARGET + r"):")
TRAILING_BRACKET = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")


def scenario_id(source_id):
    return source_id.replace("_", "-")


def stakeholder(text):
    match = TRAILING_BRACKET.match(text.strip())
    if match and not match.group(2).startswith(NAME_QUALIFIERS):
        return {"name": match.group(1), "role": match.group(2)}
    return {"name": text.strip()}


def perspective(text):
    prefix = text.split(":", 1)[0].strip().lower() if ":" in text else ""
    if prefix not in DIMENSIONS:
        raise ValueError("perspective without a known dimension prefix: " + text)
    lower = text.lower()
    themes = []
    for word, theme in THEME_WORDS.items():
        if word in lower and theme not in themes:
            themes.append(theme)
    result = {"text": text}
    if DIMENSIONS[prefix]:
        result["dimension"] = DIMENSIONS[prefix]
    result["themes"] = sorted(themes)
    return result


def interaction(entry):
    why = entry["why"].strip()
    if not why.endswith(MARK):
        raise ValueError("a suggested score without the " + MARK + " mark: " + why)
    match = FROM_TARGET.match(why)
    if match and match.group(2) != entry["target"]:
        raise ValueError("reason names " + match.group(2) + " but the entry is " + entry["target"])
    return {"from": match.group(1) if match else MEASURE, "to": entry["target"], "direction": entry["direction"],
            "suggested": {"score": entry["suggested_score"], "mark": MARK},
            "why": why[:-len(MARK)].strip()}


def handling_option(text):
    prefix = text.split(":", 1)[0]
    if prefix not in APPROACHES:
        raise ValueError("handling option without a known approach: " + text)
    return {"approach": APPROACHES[prefix], "text": text}


def scenario(source):
    facts = [{"text": f["text"], "source": f["source_url"]} for f in source["facts"]]
    cited = {f["source"] for f in facts}
    result = {
        "id": scenario_id(source["id"]),
        "version": 1,
        "title": source["title_nb"],
        "kind": KINDS[source["kind"]],
        "setting": source["setting_nb"],
        "facts": facts,
        "stakeholders": [stakeholder(s) for s in source["stakeholders"]],
        "perspectives": [perspective(d) for d in source["dimensions"]],
        "interactions": [interaction(t) for t in source["sdg_targets_affected"]],
        "questions": source["questions_nb"],
        "handlingOptions": [handling_option(h) for h in source["handling_options_nb"]],
    }
    further = [url for url in source["sources"] if url not in cited]
    if further:
        result["furtherReading"] = further
    return result


def convert(source_path):
    return [scenario(s) for s in json.loads(pathlib.Path(source_path).read_text(encoding="utf-8"))]


def render(one):
    return json.dumps({"schemaVersion": SCHEMA_VERSION, "scenarios": [one]}, ensure_ascii=False, indent=2) + "\n"


def write(scenarios, out_dir):
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for one in scenarios:
        (out / (one["id"] + ".json")).write_text(render(one), encoding="utf-8")


def main(argv):
    source = argv[1] if len(argv) > 1 else HERE / "scenarios_no.json"
    out = argv[2] if len(argv) > 2 else BUNDLE / "scenarios"
    scenarios = convert(source)
    write(scenarios, out)
    print("wrote", len(scenarios), "scenarios to", out)


if __name__ == "__main__":
    main(sys.argv)
