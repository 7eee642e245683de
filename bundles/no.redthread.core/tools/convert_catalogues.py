#!/usr/bin/env python3
"""Converts the public reference data (CSV) into the catalogue JSON that no.redthread.core ships.

Usage:
    python3 bundles/no.redthread.core/tools/convert_catalogues.py [DATA_DIR] [OUT_DIR]

DATA_DIR defaults to /work/shared/data (the layout of its README: sdg/sdg_goals.csv, sdg/sdg_targets.csv,
registers/kommuner_2024.csv, registers/fylker_2024.csv); OUT_DIR defaults to the bundle's catalogue/ folder.

Writes:
    sdgs.json               the 17 SDGs (official Norwegian short names, nb and en titles, UN colours), each with
                            its targets (en text and the machine-quality nb text, unchanged except the few in
                            NB_CORRECTIONS; the catalogue service flags remaining errors at run time, see NbTextCheck)
    organisations-2024.json the 15 counties and 357 municipalities valid from 1 January 2024

The output is pretty-printed, UTF-8 and stable (same input, same bytes), so a rerun shows up cleanly in git.
Only the standard library is used. frame.json (dimensions, themes, rules of thumb) is Redthread's own text and is
edited by hand, not generated.
"""

import csv
import json
import pathlib
import re
import sys

SDG_SOURCE = "open-sdg/sdg-translations (https://github.com/open-sdg/sdg-translations); UN SDG colour palette"
SDG_LICENCE = "MIT"
# Bokmål target texts that replace wrong ones in the source (see NOTICE): the source's nb texts of 1.a and 10.3 repeat
# those of 1.5 and 10.2. These are Redthread's translations of the UN English text.
NB_CORRECTIONS = {
    "1.a": "Sørge for betydelig mobilisering av ressurser fra mange ulike kilder, blant annet gjennom styrket "
           "utviklingssamarbeid, for å gi utviklingsland, særlig de minst utviklede landene, tilstrekkelige og "
           "forutsigbare midler til å gjennomføre programmer og politikk som utrydder fattigdom i alle dens dimensjoner",
    "10.3": "Sikre like muligheter og redusere ulikhet i resultater, blant annet ved å avskaffe diskriminerende lover, "
            "politikk og praksis og ved å fremme egnet lovgivning, politikk og tiltak på dette området",
}
REGISTER_SOURCE = "Kartverket, administrative units valid from 2024, via robhop/fylker-og-kommuner"
REGISTER_LICENCE = "CC BY 4.0 (Kartverket)"


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def require(condition, message):
    if not condition:
        sys.exit("convert_catalogues: " + message)


def target_sort_key(code):
    goal, part = code.split(".")
    # numbered targets (1.1 ... 1.7) before lettered ones (1.a, 1.b), as the UN lists them
    return (int(goal), 0 if part.isdigit() else 1, int(part) if part.isdigit() else part)


def convert_sdgs(data):
    goals = read_csv(data / "sdg" / "sdg_goals.csv")
    targets = read_csv(data / "sdg" / "sdg_targets.csv")
    require(len(goals) == 17, f"expected 17 goals, found {len(goals)}")
    require(len(targets) == 169, f"expected 169 targets, found {len(targets)}")
    require(set(NB_CORRECTIONS) <= {row["target"].strip() for row in targets}, "a correction names an unknown target")
    by_goal = {}
    for row in targets:
        code = row["target"].strip()
        require(re.fullmatch(r"\d{1,2}\.(\d{1,2}|[a-z])", code), f"odd target code {code!r}")
        require(code.split(".")[0] == row["goal"].strip(), f"target {code} is filed under goal {row['goal']}")
        by_goal.setdefault(int(row["goal"]), []).append({
            "code": code,
            "textEn": row["title_en"].strip(),
            "textNb": NB_CORRECTIONS.get(code, row["title_nb_machine"].strip()),
        })
    result = []
    for row in goals:
        number = int(row["goal"])
        colour = row["color_hex"].strip().upper()
        require(re.fullmatch(r"#[0-9A-F]{6}", colour), f"goal {number} has colour {colour!r}")
        result.append({
            "number": number,
            "shortNameNb": row["short_nb_official"].strip(),
            "titleNb": row["title_nb"].strip(),
            "shortNameEn": row["short_en"].strip(),
            "titleEn": row["title_en"].strip(),
            "colour": colour,
            "targets": sorted(by_goal.get(number, []), key=lambda t: target_sort_key(t["code"])),
        })
    return {"source": SDG_SOURCE, "licence": SDG_LICENCE, "goals": result}


def convert_organisations(data):
    counties = read_csv(data / "registers" / "fylker_2024.csv")
    municipalities = read_csv(data / "registers" / "kommuner_2024.csv")
    require(len(counties) == 15, f"expected 15 counties, found {len(counties)}")
    require(len(municipalities) == 357, f"expected 357 municipalities, found {len(municipalities)}")
    county_numbers = {row["fylkesnummer"] for row in counties}
    counted = {}
    result_municipalities = []
    for row in municipalities:
        number, county = row["kommunenummer"].strip(), row["fylkesnummer"].strip()
        require(re.fullmatch(r"\d{4}", number) and number[:2] == county, f"municipality {number} in county {county}")
        require(county in county_numbers, f"municipality {number} has unknown county {county}")
        counted[county] = counted.get(county, 0) + 1
        result_municipalities.append({
            "number": number,
            "name": row["kommunenavn"].strip(),
            "shortName": row["navn_kort"].strip(),
            "countyNumber": county,
        })
    result_counties = []
    for row in counties:
        number = row["fylkesnummer"].strip()
        count = int(row["antall_kommuner"])
        require(counted.get(number) == count, f"county {number} lists {count} municipalities, found {counted.get(number)}")
        result_counties.append({
            "number": number,
            "name": row["fylkesnavn"].strip(),
            "officialName": row["fylkesnavn_offisiell"].strip(),
            "municipalityCount": count,
        })
    return {
        "source": REGISTER_SOURCE,
        "licence": REGISTER_LICENCE,
        "validFrom": "2024-01-01",
        "counties": sorted(result_counties, key=lambda c: c["number"]),
        "municipalities": sorted(result_municipalities, key=lambda m: m["number"]),
    }


def write(path, content):
    path.write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main():
    here = pathlib.Path(__file__).resolve().parent
    data = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path("/work/shared/data")
    out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else here.parent / "catalogue"
    out.mkdir(parents=True, exist_ok=True)
    write(out / "sdgs.json", convert_sdgs(data))
    write(out / "organisations-2024.json", convert_organisations(data))


if __name__ == "__main__":
    main()
