#!/usr/bin/env python3
"""Converts the register of Norwegian funding schemes (CSV) into the catalogue files no.redthread.funding ships.

Usage:
    python3 bundles/no.redthread.funding/tools/convert_schemes.py [CSV] [OUT_DIR]

CSV defaults to funding_schemes_no.csv next to this script (a copy of registers/funding_schemes_no.csv of the
shared reference data); OUT_DIR defaults to the bundle's schemes/ folder. Writes one file per scheme,
schemes/<id>.json, in the format of schemes/schema.json, pretty-printed and stable (same input, same bytes).

The CSV is free text compiled from the agencies' pages. What is regular is parsed (dates such as "15. februar",
"15. februar 2022", "15.02.2022", "løpende", "unknown"); the irregular rows are in the explicit tables below
(DEADLINE_OVERRIDES, APPLICANT_OVERRIDES, AMOUNTS), each entry with the source wording it stands for. Theme hints
are mapped to the catalogue's 16 theme ids through THEME_HINTS; SDG targets are those of the scheme's themes
(frame.json's sdgTargets) whose goal the row names. Only the standard library is used.
"""

import csv
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
BUNDLE = HERE.parent
FRAME = BUNDLE.parent / "no.redthread.core" / "catalogue" / "frame.json"
SCHEMA_VERSION = 1
# The register was compiled in 2025-2026; a row's checked year is the newest year its text names, up to this one.
NEWEST_YEAR = 2026

MONTHS = {"januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5,
          "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
          "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12, "dec": 12}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "15. februar", "3 feb", "15. februar 2022": a day, a month name, an optional year
NAMED_DATE = re.compile(r"\b(\d{1,2})\.? (" + MONTH_NAMES + r")\b(?: (\d{4})\b)?", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
YEAR = re.compile(r"\b(20\d\d)\b")
CONTINUOUS = re.compile(r"^(løpende|fortløpende|søknad kan sendes hele året|rolling)", re.IGNORECASE)

DIMENSIONS = {"klima og miljø": ["dim-climate-environment"], "sosial": ["dim-social"], "økonomi": ["dim-economy"],
              # cross-cutting (tverrgående) schemes belong to all three dimensions
              "tverrgående": ["dim-climate-environment", "dim-social", "dim-economy"]}

# The CSV's free-text theme hints and the catalogue themes (frame.json) they belong to. A hint with no theme of
# its own (e.g. "samskaping") maps to nothing; every hint of the CSV is listed, so a new one fails the tests.
THEME_HINTS = {
    "FoU": ["theme-innovation-digitalisation"],
    "ROS-analyse": ["theme-preparedness"],
    "aktiv mobilitet": ["theme-infrastructure-mobility", "theme-public-health"],
    "arbeid og utdanning": ["theme-inclusion", "theme-competence-recruitment"],
    "arbeidsplasser": ["theme-business-development"],
    "areal- og transportplanlegging": ["theme-nature-land-use", "theme-infrastructure-mobility"],
    "arealforvaltning": ["theme-nature-land-use"],
    "arealnøytralitet": ["theme-nature-land-use"],
    "arealplan (hensynssone bevaring)": ["theme-nature-land-use"],
    "arealplanlegging": ["theme-nature-land-use"],
    "attraktivitet": ["theme-business-development"],
    "avfall": ["theme-resources-circular"],
    "barn og unge": ["theme-childhood-education"],
    "barnefattigdom": ["theme-inclusion", "theme-childhood-education"],
    "beitebruk": ["theme-business-development"],
    "beredskap": ["theme-preparedness"],
    "bioøkonomi": ["theme-resources-circular", "theme-business-development"],
    "bolig": ["theme-housing"],
    "bolyst": ["theme-housing"],
    "bosetting": ["theme-inclusion", "theme-housing"],
    "brukermedvirkning": ["theme-participation-democracy"],
    "bygg": ["theme-climate-hazards"],
    "digital infrastruktur": ["theme-infrastructure-mobility", "theme-innovation-digitalisation"],
    "digitalisering": ["theme-innovation-digitalisation"],
    "distriktsutvikling": ["theme-business-development"],
    "eldre": ["theme-public-health"],
    "elektrifisering": ["theme-infrastructure-mobility", "theme-climate-hazards"],
    "energi": ["theme-infrastructure-mobility", "theme-climate-hazards"],
    "energieffektivisering": ["theme-climate-hazards"],
    "ensomhet": ["theme-public-health", "theme-inclusion"],
    "entreprenørskap": ["theme-business-development"],
    "fiskeri": ["theme-business-development"],
    "flom": ["theme-climate-hazards", "theme-preparedness"],
    "flyktninger": ["theme-inclusion"],
    "folkehelse": ["theme-public-health"],
    "forurensning": ["theme-water"],
    "friluftsliv": ["theme-nature-land-use", "theme-public-health"],
    "frivillighet": ["theme-culture-volunteering"],
    "funksjonsnedsettelse": ["theme-inclusion"],
    "fysisk aktivitet": ["theme-public-health"],
    "gjenbruk": ["theme-resources-circular"],
    "gjenbruk av bygg": ["theme-resources-circular"],
    "grenseoverskridende samarbeid": [],
    "grønnstruktur": ["theme-nature-land-use"],
    "havmiljø": ["theme-water"],
    "havn": ["theme-infrastructure-mobility"],
    "helse og omsorg": ["theme-public-health"],
    "helse og velferd": ["theme-public-health"],
    "infrastruktur": ["theme-infrastructure-mobility"],
    "inkludering": ["theme-inclusion"],
    "innkjøp": ["theme-resources-circular"],
    "innovasjon": ["theme-innovation-digitalisation"],
    "innovasjon i offentlig sektor": ["theme-innovation-digitalisation"],
    "integrering": ["theme-inclusion"],
    "interkommunalt samarbeid": ["theme-municipal-economy"],
    # prosjektskjønn: only some Statsforvalter offices prioritise climate and environment
    "klima og miljø (some embeter prioritise)": ["theme-climate-hazards"],
    "klimagassutslipp": ["theme-climate-hazards"],
    "klimanøytralitet": ["theme-climate-hazards"],
    "klimatilpasning": ["theme-climate-hazards", "theme-preparedness"],
    "kompetanse": ["theme-competence-recruitment"],
    "kultur": ["theme-culture-volunteering"],
    "kulturarv": ["theme-culture-volunteering"],
    "kulturlandskap": ["theme-nature-land-use", "theme-culture-volunteering"],
    "kunnskapsgrunnlag": [],
    "kvalifisering": ["theme-inclusion", "theme-competence-recruitment"],
    "kystsamfunn": ["theme-business-development"],
    "lading": ["theme-infrastructure-mobility"],
    "landbruk": ["theme-business-development", "theme-nature-land-use"],
    "levekår": ["theme-inclusion"],
    "likestilling": ["theme-inclusion"],
    "lokal service": ["theme-business-development"],
    "mangfold": ["theme-inclusion"],
    "marin forsøpling": ["theme-resources-circular", "theme-water"],
    "møteplasser": ["theme-culture-volunteering"],
    "naturfare": ["theme-climate-hazards", "theme-preparedness"],
    "naturmangfold": ["theme-nature-land-use"],
    "næringsutvikling": ["theme-business-development"],
    "omstilling": ["theme-business-development"],
    "overvann": ["theme-water", "theme-climate-hazards"],
    "planlegging": ["theme-participation-democracy"],
    "psykisk helse": ["theme-public-health"],
    "regional utvikling": ["theme-business-development"],
    "reiseliv": ["theme-business-development"],
    "rus": ["theme-public-health"],
    "samfunnssikkerhet": ["theme-preparedness"],
    "samisk språk og kultur": ["theme-culture-volunteering"],
    "samskaping": ["theme-participation-democracy"],
    "sentrumsutvikling": ["theme-nature-land-use"],
    "sirkulærøkonomi": ["theme-resources-circular"],
    "skogbruk": ["theme-business-development", "theme-nature-land-use"],
    "skoleveg": ["theme-infrastructure-mobility", "theme-childhood-education"],
    "smarte byer": ["theme-innovation-digitalisation"],
    "stedsidentitet": ["theme-culture-volunteering"],
    "stedsutvikling": ["theme-nature-land-use"],
    "tilgjengelighet": ["theme-inclusion"],
    "trafikksikkerhet": ["theme-infrastructure-mobility"],
    "transport": ["theme-infrastructure-mobility"],
    "universell utforming": ["theme-inclusion"],
    "urfolk": ["theme-culture-volunteering", "theme-participation-democracy"],
    "utdanning": ["theme-childhood-education"],
    "utmark": ["theme-nature-land-use"],
    "utviklingskapasitet": ["theme-municipal-economy"],
    "vannforvaltning": ["theme-water"],
    "vannmiljø": ["theme-water"],
    "velferdsteknologi": ["theme-innovation-digitalisation", "theme-public-health"],
    "verdiskaping": ["theme-business-development"],
}

# Rows whose deadline text the parser cannot read or would read wrong, as structured deadlines. The note is
# always the CSV's own text.
DEADLINE_OVERRIDES = {
    # "Main round 15. februar (2017–2022); extra rounds 15. mai / 15. august / 15. november (2021)": the main round
    "klimasats": {"kind": "annual", "dates": ["02-15"]},
    # "15. februar (2018–2022); 20. mai (2015)": the 2015 date is superseded
    "klimatilpasning": {"kind": "annual", "dates": ["02-15"]},
    # "Tiltak: ... frist 5. april (2024). Plan part ...: frist 1. februar (2021–2024)": two parts, both yearly
    "natursats": {"kind": "annual", "dates": ["02-01", "04-05"]},
    # "Varies per embete: e.g. 1. september (Trøndelag for 2021), 1. november (Vestland ...": no common date
    "prosjektskjonn": {"kind": "unknown"},
    # "Varies per fylke; e.g. Rogaland 2021: 3 feb, 17 mar, 19 mai, 25 aug; often løpende"
    "rff": {"kind": "continuous"},
    # "Annual call; e.g. 25. september 2019": a year-old dated call, carried forward
    "nfr_innovasjon_offentlig": {"kind": "rounds", "rounds": ["2019-09-25"]},
    # "Rolling from spring (e.g. from 13 April 2023 ...) until budget exhausted"
    "nfr_offphd": {"kind": "continuous"},
    # "Historically 1–4 rounds/yr (e.g. 2015: 1. april & 1. september; 2016: 15. feb, 1. juni, 1. sep, 25. nov)"
    "husbanken_utleieboliger": {"kind": "rounds", "rounds": ["2016-02-15", "2016-06-01", "2016-09-01",
                                                             "2016-11-25"]},
    # "Opened Q1 2023; first-come (pot exhausted Feb 2023)"
    "husbanken_energitiltak": {"kind": "unknown"},
    # "Programme-dependent, often løpende"
    "enova_kommune": {"kind": "continuous"},
    # "Set by each kommune: commonly 15. mars or 1. april"
    "smil": {"kind": "annual", "dates": ["03-15"]},
    # "Set by kommunen"
    "ukl": {"kind": "unknown"},
    # "To kommunen: ~1–15. oktober (varies); kommunen → fylkeskommunen 15. januar; ...": the applicant's deadline
    "spillemidler": {"kind": "annual", "dates": ["10-15"]},
    # "Sikring: 15. januar (some fylker 1. desember); Tiltak i sikrede områder: 1. desember (from 2023)"
    "friluft_sikring": {"kind": "annual", "dates": ["01-15", "12-01"]},
    # "Annual (2019 ramme 2.0 mill)": yearly, no date given
    "friluft_kartlegging": {"kind": "unknown"},
    # "Historically 1. mars / 1. april (2017–2018); all fylker in programme from 2019": the programme ended rounds
    "folkehelseprogram": {"kind": "unknown"},
    # "Til Riksantikvaren 15. februar (2023–24; earlier 15. januar)"
    "riksantikvaren_kulturmiljoplan": {"kind": "annual", "dates": ["02-15"]},
    # "December for the following year (10. des 2018; 17. des 2021)": the latest dated round
    "bufdir_inkludering": {"kind": "rounds", "rounds": ["2021-12-17"]},
    # "... 1. mars 2025 (Nordland; rapport 1. mars 2026)": the 2026 date is the report, not a deadline
    "kommunalt_rusarbeid": {"kind": "rounds", "rounds": ["2025-03-01"]},
    # "19. februar 2025; ekstraordinær tilleggsutlysning 28. august 2023": the ordinary round
    "imdi_kvalifisering_integreringstiltak": {"kind": "rounds", "rounds": ["2025-02-19"]},
    # "Løpende etter bosetting ...; i 2016 måtte søknad ... være inne innen 21. november"
    "imdi_integreringstilskudd": {"kind": "continuous"},
    # "Løpende fra januar til midlene er brukt opp; siste frist for 2023 var 19. desember 2023"
    "merkur": {"kind": "continuous"},
    # "Tildeling etter fylkets årlige prosess; ... kommunale søknadsfrister varierer"
    "kommunalt_naeringsfond": {"kind": "unknown"},
    # "Troms: 15. november (side oppdatert 2024); Finnmark: 10. januar (2017) ...": per county; Troms' is newest
    "trafikksikkerhetsmidler_fylke": {"kind": "annual", "dates": ["11-15"]},
    # "1. juli hvert år (NVE 2018); nyere sider lest oppgir ingen fast frist"
    "nve_sikringstiltak": {"kind": "unknown"},
    # "15. januar 2017; 25. januar 2018; 15. januar 2019": the latest dated round
    "vannmiljotiltak": {"kind": "rounds", "rounds": ["2019-01-15"]},
    # "31. januar 2019; 7. februar 2020"
    "marin_forsopling": {"kind": "rounds", "rounds": ["2020-02-07"]},
    # "8. februar 2019; 21. februar 2023 (behandlet 10. mars 2023)": the later date is the decision
    "velferdsteknologi_funksjonsnedsettelse": {"kind": "rounds", "rounds": ["2023-02-21"]},
    # "Til kommunen 1. februar (Narvik) eller 15. februar (Møre og Romsdal; Sel 2019)": per county
    "kulturbygg_desentralisert": {"kind": "annual", "dates": ["02-01", "02-15"]},
    # "Utlysning 1: 21. juni–31. august 2022; utlysning 5: 9. september–7. oktober 2024": calls close on the
    # second date of each
    "interreg_aurora": {"kind": "rounds", "rounds": ["2024-10-07"]},
    # "Settes av kommunen/Statsforvalteren; f.eks. første frist 20. mars (Lurøy)"
    "nmsk_skog": {"kind": "unknown"},
    # "15. oktober (søknad åpner 15. september), beitelag 15. november ...; 15. oktober i 2023–2026"
    "rmp_regionalt_miljotilskudd": {"kind": "annual", "dates": ["10-15"]},
    # "Settes av kommunen, f.eks. 1. mars (Etne), 15. april ...": per municipality
    "tiltak_i_beiteomrader": {"kind": "unknown"},
    # "Åpen søknadsfrist fram til 1. november 2023"
    "sametinget_regionalutvikling": {"kind": "rounds", "rounds": ["2023-11-01"]},
    # "Løpende søknadsfrist (tilskudd.dfo.no ...); tidligere fast frist 1. november (2016)"
    "kulturminnefondet": {"kind": "continuous"},
    # "Per utlysning i EU-portalen; ...": per call
    "horisont_europa_missions": {"kind": "unknown"},
    # "10. desember 2018 (for 2019); midten av desember 2023 (for 2024)": mid-December, no day
    "bufdir_levekar_funksjonsnedsettelse": {"kind": "rounds", "rounds": ["2018-12-10"]},
    # "3. mai (2017, til Nkom); Nordland 2023: ... selve fristen ikke funnet"
    "nkom_bredband": {"kind": "unknown"},
    # "1. mars (2015, 2018, 2024); 1. november 2023 (for tildeling januar–mars 2024)": the yearly date
    "kystverket_fiskerihavn": {"kind": "annual", "dates": ["03-01"]},
    # "19. januar 2018; 8. januar 2019; 1. april 2020 (utsatt)": 2020 was postponed; 2019 is the regular one
    "hdir_ensomhet_aktivitet": {"kind": "rounds", "rounds": ["2019-01-08"]},
}

# Rows the keyword rules below read wrong, with the source wording.
APPLICANT_OVERRIDES = {
    # "... selvstendige kommunale og interkommunale selskaper ...; offentlige organer som kommunen selv kan ikke søke"
    "marin_forsopling": ["interkommunalt samarbeid", "kommunalt foretak", "frivillig organisasjon", "næringsliv"],
    # "Fylkeskommuner only (who support kommuner)"
    "friluft_kartlegging": ["fylkeskommune"],
    # "Fylkeskommuner (programfylker) → kommuner"
    "folkehelseprogram": ["fylkeskommune"],
    # "Eiere/leiere av landbrukseiendom med tilskuddsberettiget produksjon (not the kommune itself)"
    "smil": ["næringsliv"],
    # "Nærbutikker og bokhandler ...; søknaden må ha uttale fra kommunen"
    "merkur": ["næringsliv"],
    # "Kommuner innenfor det distriktspolitiske virkeområdet får fondsmidler ...; næringsaktører søker deretter"
    "kommunalt_naeringsfond": ["kommune", "næringsliv"],
    # "Private eiere av verneverdige kulturminner og frivillige organisasjoner...; kommuner kun i særlige tilfeller"
    "kulturminnefondet": ["frivillig organisasjon", "andre"],
    # "Enheter i offentlig sektor og sammenslutninger; must include approved FoU-organisasjon"
    "nfr_innovasjon_offentlig": ["kommune", "fylkeskommune", "interkommunalt samarbeid"],
    # "Virksomheter i offentlig sektor (≥80% offentlig finansiert), e.g. kommuner"
    "nfr_offphd": ["kommune", "fylkeskommune"],
    # "Aktører i Nordland, Troms og Finnmark ... i grenseoverskridende prosjekter"
    "interreg_aurora": ["kommune", "fylkeskommune", "frivillig organisasjon", "næringsliv",
                        "forsknings- og utdanningsinstitusjon", "andre"],
    # "Alle med organisasjonsnummer: statlige, fylkeskommunale, kommunale og private institusjoner ..."
    "bufdir_universell_utforming": ["kommune", "fylkeskommune", "frivillig organisasjon", "næringsliv",
                                    "forsknings- og utdanningsinstitusjon", "andre"],
    # "Virksomheter registrert i norsk foretaksregister, både offentlige og private; kommuner ... kan delta"
    "enova_ladeinfrastruktur": ["kommune", "fylkeskommune", "næringsliv"],
    # "Beitelag og andre former for organisert samarbeid med næringsmessig beitedrift"
    "tiltak_i_beiteomrader": ["næringsliv"],
    # "Foretak med rett til produksjonstilskudd; beitelag godkjent av kommunen"
    "rmp_regionalt_miljotilskudd": ["næringsliv"],
    # "Private eiere ..., private stiftelser, foreninger/organisasjoner/sameier/frivillige, museum og kommuner"
    "mrfk_regionale_kulturminnetilskot": ["kommune", "frivillig organisasjon", "andre"],
}

APPLICANT_RULES = [  # (pattern in the applicants text, code); see APPLICANT_OVERRIDES for the exceptions
    (r"(?<!fylkes)(?<!fylkes-)\bkommune(r|n)?\b|kystkommuner|distriktskommuner|kommunene", "kommune"),
    (r"fylkeskommun", "fylkeskommune"),
    (r"interkommunal|sammen|jointly|flere kommuner|samarbeid med andre kommuner|på vegne av flere", "interkommunalt samarbeid"),
    (r"kommunale (foretak|virksomheter)|kommunale/fylkeskommunale foretak|kommunale og interkommunale selskaper",
     "kommunalt foretak"),
    (r"frivillig|organisasjon|\blag\b|foreninger|stiftelse|idrettslag|friluftsråd|ideelle", "frivillig organisasjon"),
    (r"private (virksomheter|aktører|institusjoner)|(?<!kommunale )foretak\b|næringsliv|sosiale entreprenører|skogeiere|"
     r"landbruksforetak|ikke-kommersielle", "næringsliv"),
    (r"forskning|fou-", "forsknings- og utdanningsinstitusjon"),
    (r"sametinget|longyearbyen|grunneiere|privatpersoner|statlige|andre\b|m\.fl\.|eiere", "andre"),
]
APPLICANT_ORDER = ["kommune", "fylkeskommune", "interkommunalt samarbeid", "kommunalt foretak",
                   "frivillig organisasjon", "næringsliv", "forsknings- og utdanningsinstitusjon", "andre"]

# What the CSV says a scheme gives, where it says it plainly: most per application and yearly budget in NOK, the
# budget's year, the share the applicant funds itself (1 - the most the scheme covers), and the source wording.
AMOUNTS = {
    "klimasats": {"yearlyBudget": 250_000_000, "budgetYear": 2022, "coFundingShare": 0.5,
                  "note": "250 mill (2022); 2017: maks 1 mill, 50 % for areal- og transportplanlegging"},
    "prosjektskjonn": {"coFundingShare": 0.5, "note": "min. 150 000 kr; typically ≥50% egenfinansiering"},
    "rff": {"maxPerApplication": 500_000, "note": "200 000–500 000 kr; 20–50 % egenfinansiering"},
    "nfr_innovasjon_offentlig": {"yearlyBudget": 185_000_000, "budgetYear": 2019, "note": "≈185 mill (2019)"},
    "friluft_kartlegging": {"coFundingShare": 0.5, "note": "≥50% egenfinansiering"},
    "riksantikvaren_kulturmiljoplan": {"maxPerApplication": 100_000,
                                       "note": "up to 100 000 kr per kommune plan"},
    "tffk_kommunale_utviklingsprosjekter": {"maxPerApplication": 400_000, "coFundingShare": 0.5,
                                            "note": "inntil 400 000 / 50%"},
    "merkur": {"maxPerApplication": 600_000, "note": "Investeringsstøtte maks 600 000 kr/år"},
    "regional_omstilling": {"coFundingShare": 0.25, "note": "Støtte fortrinnsvis inntil 75 %; kommunen normalt 25 %"},
    "svv_sykkeltilskudd": {"coFundingShare": 0.5,
                           "note": "Inntil 50 %, krav om minst 50 % kommunal/fylkeskommunal egenandel"},
    "nve_sikringstiltak": {"coFundingShare": 0.2, "note": "NVE dekker inntil 80 %; kommunen dekker 20 %"},
    "nve_kartlegging_flomfare": {"coFundingShare": 0.0, "note": "Ingen egenandel"},
    "nve_kritiske_punkt": {"maxPerApplication": 250_000, "note": "Maks søknadsbeløp 250 000 kr"},
    "sametinget_regionalutvikling": {"maxPerApplication": 400_000, "coFundingShare": 0.6,
                                     "note": "inntil 40 % og maks 400 000 kr"},
    "kulturminnefondet": {"coFundingShare": 0.3, "note": "Krever minimum 30 % privat medfinansiering"},
    "innlandet_lokal_samfunnsutvikling": {"maxPerApplication": 500_000, "coFundingShare": 0.5,
                                          "note": "Inntil 50 %, maks 500 000 kr (700 000 for samarbeidende kommuner)"},
    "nkom_bredband": {"coFundingShare": 0.25, "note": "Minimum 25 % lokale bidrag"},
    "kystverket_fiskerihavn": {"coFundingShare": 0.5, "note": "Inntil 50 %; kommunal egenfinansiering minst 50 %"},
}


def parse_deadline(text):
    """The structured deadline of a regular deadline text: unknown, continuous, dated rounds or annual dates."""
    stripped = text.strip()
    if stripped.lower().startswith("unknown") or not stripped:
        return {"kind": "unknown"}
    if CONTINUOUS.match(stripped):
        return {"kind": "continuous"}
    dated, annual = [], []
    for day, month, year in NUMERIC_DATE.findall(stripped):
        dated.append(datetime.date(int(year), int(month), int(day)))
    for day, month, year in NAMED_DATE.findall(stripped):
        number = MONTHS[month.lower()]
        if year:
            dated.append(datetime.date(int(year), number, int(day)))
        else:
            annual.append("%02d-%02d" % (number, int(day)))
    if dated and not annual:
        newest = max(date.year for date in dated)
        return {"kind": "rounds", "rounds": sorted({d.isoformat() for d in dated if d.year == newest})}
    if annual:
        return {"kind": "annual", "dates": sorted(set(annual))}
    return {"kind": "unknown"}


def checked_year(row):
    """The newest year the row's texts name (up to NEWEST_YEAR): the year its sources were last read. A row that
    names no year (its pages are undated: smil, spillemidler, mrfk_regionale_kulturminnetilskot) gets the year
    the register was compiled, NEWEST_YEAR."""
    years = [int(y) for column in ("typical_deadline", "source_checked", "notes", "purpose")
             for y in YEAR.findall(row[column]) if int(y) <= NEWEST_YEAR]
    return max(years, default=NEWEST_YEAR)


def deadline(row, year):
    structured = dict(DEADLINE_OVERRIDES.get(row["id"]) or parse_deadline(row["typical_deadline"]))
    structured["checkedYear"] = year
    structured["note"] = row["typical_deadline"].strip()
    return structured


def applicants(row):
    if row["id"] in APPLICANT_OVERRIDES:
        return APPLICANT_OVERRIDES[row["id"]]
    text = row["applicants"].lower()
    found = {code for pattern, code in APPLICANT_RULES if re.search(pattern, text)}
    return [code for code in APPLICANT_ORDER if code in found] or ["andre"]


def dimensions(text):
    """The catalogue's dimension ids; "(tverrgående)" after a dimension makes the scheme cross-cutting too."""
    ids = list(DIMENSIONS["tverrgående"]) if "tverrgående" in text else []
    for part in re.split(r"[;/]", text):
        key = re.sub(r"\s*\(.*\)", "", part).strip()
        if key not in DIMENSIONS:
            raise ValueError("unknown dimension %r" % part)
        ids += [d for d in DIMENSIONS[key] if d not in ids]
    order = DIMENSIONS["tverrgående"]
    return sorted(ids, key=order.index)


def themes(text):
    ids = []
    for hint in text.split(";"):
        hint = hint.strip()
        if hint not in THEME_HINTS:
            raise ValueError("theme hint %r is not in THEME_HINTS" % hint)
        ids += [t for t in THEME_HINTS[hint] if t not in ids]
    return ids


def sdg_targets(theme_ids, goals, frame):
    """The targets of the scheme's themes whose goal the scheme names, in the order of the SDG list."""
    by_theme = {t["id"]: t["sdgTargets"] for d in frame["dimensions"] for t in d["themes"]}
    codes = {code for theme in theme_ids for code in by_theme[theme] if int(code.split(".")[0]) in goals}
    return sorted(codes, key=lambda code: (int(code.split(".")[0]), code.split(".")[1].zfill(3)))



# The register's compiler wrote a few English words into the names ("and", "incl."); the UI is Norwegian.
NAME_WORDS = {" and ": " og ", "(and ": "(og ", "incl. ": "inkl. "}


# ... and a few English remarks into the owners; the UI shows them as they are, so in bokmål.
OWNER_WORDS = {
    "(with KS and FHI)": "(med KS og FHI)",
    "(continuation of Enova scheme)": "(videreføring av Enovas ordning)",
    "(now Troms fylkeskommune / Finnmark fylkeskommune)": "(nå Troms fylkeskommune og Finnmark fylkeskommune)",
    "(since 2020)": "(fra 2020)",
}


def norwegian_owner(owner):
    """The scheme's owner with the register's English remarks in bokmål."""
    owner = owner.strip()
    for english, norwegian in OWNER_WORDS.items():
        owner = owner.replace(english, norwegian)
    return owner


def norwegian_name(name):
    """The scheme's name with the register's English connecting words in bokmål."""
    name = name.strip()
    for english, norwegian in NAME_WORDS.items():
        name = name.replace(english, norwegian)
    return name

def scheme(row, frame):
    year = checked_year(row)
    goals = [int(goal) for goal in row["sdgs"].split()]
    theme_ids = themes(row["bærekrafttema_hint"])
    out = {
        "id": row["id"],
        "nameNb": norwegian_name(row["name"]),
        "owner": norwegian_owner(row["owner_agency"]),
        "applicants": applicants(row),
        "applicantsNote": row["applicants"].strip(),
        "purpose": row["purpose"].strip(),
        "dimensions": dimensions(row["dimension"]),
        "themes": theme_ids,
        "sdgGoals": sorted(goals),
        "sdgTargets": sdg_targets(theme_ids, goals, frame),
        "deadline": deadline(row, year),
    }
    if row["id"] in AMOUNTS:
        out["amount"] = AMOUNTS[row["id"]]
    out.update({
        "channel": row["application_channel"].strip(),
        "url": row["url"].strip(),
        "source": row["source_checked"].strip() + ("; notes: " + row["notes"].strip() if row["notes"].strip() else ""),
        # the register gives the year only; the first day of it, so any correction made later that year wins
        "lastChecked": "%d-01-01" % year,
    })
    return out


def convert(csv_path, frame_path=FRAME):
    frame = json.loads(pathlib.Path(frame_path).read_text(encoding="utf-8"))
    with open(csv_path, encoding="utf-8", newline="") as source:
        return [scheme(row, frame) for row in csv.DictReader(source)]


def write(schemes, out_dir):
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.json"):
        if old.name != "schema.json":
            old.unlink()
    for entry in schemes:
        document = {"$schema": "schema.json", "schemaVersion": SCHEMA_VERSION, "schemes": [entry]}
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        (out_dir / (entry["id"] + ".json")).write_text(text, encoding="utf-8")


def main(argv):
    csv_path = argv[1] if len(argv) > 1 else HERE / "funding_schemes_no.csv"
    out_dir = argv[2] if len(argv) > 2 else BUNDLE / "schemes"
    schemes = convert(csv_path)
    write(schemes, out_dir)
    print("%d schemes written to %s" % (len(schemes), out_dir))


if __name__ == "__main__":
    main(sys.argv)
