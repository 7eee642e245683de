#!/usr/bin/env python3
"""Converts the U4SSC KPI list (indicators/u4ssc_kpis.csv of the shared reference data) into the built-in
indicator set sets/u4ssc.json.

    python3 tools/convert_u4ssc.py [DATA_DIR]      (DATA_DIR defaults to /work/shared/data)

What it does to the source:
- normalises the codes to DIMENSION:SUB-DIMENSION:CATEGORY:NUMBER without spaces ("SC: EH: ED:1C" -> "SC:EH:ED:1C");
- corrects the codes the source has wrong (CODE_FIXES: wastewater treatment is EN:EN:WS:4C, not 3C);
- keeps KPIs that share a code as variants ("Air Pollution - PM 2.5"), with the variant in the id;
- adds a Norwegian name, the desired direction and the unit of each KPI (KPI_FACTS, Redthread's own reading
  of the U4SSC collection methodology), and maps the KS sectors to Redthread's themes (SECTOR_THEMES).
It checks the count (111), that every KPI has facts, that ids are unique and that the fixes were applied.
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "sets" / "u4ssc.json"

# (code in the source, start of the English name) -> the right code
CODE_FIXES = {
    ("EN:EN:WS:3C", "Wastewater Treatment"): "EN:EN:WS:4C",
}

SUB_DIMENSIONS = {"EC:ICT": "ICT", "EC:P": "Productivity", "EC:I": "Infrastructure", "EN:EN": "Environment",
                  "EN:E": "Energy", "SC:EH": "Education, Health and Culture",
                  "SC:SH": "Safety, Housing and Social Inclusion"}
CATEGORIES = {"ICT": "ICT Infrastructure", "WS": "Water and Sanitation", "D": "Drainage",
              "ES": "Electricity Supply", "T": "Transport", "PS": "Public Sector", "IN": "Innovation",
              "EM": "Employment", "WA": "Waste", "B": "Buildings", "UP": "Urban Planning", "AQ": "Air Quality",
              "EQ": "Environmental Quality", "PSN": "Public Space and Nature", "E": "Energy", "ED": "Education",
              "H": "Health", "C": "Culture", "HO": "Housing", "SI": "Social Inclusion", "SA": "Safety",
              "FS": "Food Security"}
DIMENSIONS = {"EC": "Economy", "EN": "Environment", "SC": "Society and Culture"}

# KS sector (as the source names it) -> Redthread theme; water and waste depend on the category (below)
SECTOR_THEMES = {
    "Digitalisation": "theme-innovation-digitalisation",
    "Built_environment": "theme-infrastructure-mobility",
    "Energy": "theme-infrastructure-mobility",
    "Transport": "theme-infrastructure-mobility",
    "Economy": "theme-business-development",
    "Industry": "theme-business-development",
    "Work_and_employment": "theme-competence-recruitment",
    "Governance_and_citizen_engagement": "theme-participation-democracy",
    "Health_and_social_services_and_welfare": "theme-public-health",
    "Natural_environment": "theme-nature-land-use",
    "Safety_and_preparedness": "theme-preparedness",
    "Childhood_and_education": "theme-childhood-education",
    "Culture": "theme-culture-volunteering",
}
# themes of KPIs whose source has no sector, by category
CATEGORY_THEMES = {"EQ": "theme-public-health", "PSN": "theme-nature-land-use", "H": "theme-public-health"}
# the KS sector "Economy" tags most infrastructure KPIs; it means business development only in these categories
ECONOMY_CATEGORIES = {"IN", "EM", "FS"}
# themes the sectors miss, first in the list
EXTRA_THEMES = {"HO": "theme-housing", "SI": "theme-inclusion", "GHG Emissions": "theme-climate-hazards",
                "Natural Disaster Related Deaths": "theme-climate-hazards",
                "Disaster Related Economic Losses": "theme-climate-hazards"}

H, L, N = "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NEUTRAL"
PCT = "percent"
PER100K = "per 100 000 inhabitants"
YESNO = "yes/no (1/0)"
UGM3 = "µg/m³"
# English name -> (Norwegian name, desired direction, unit)
KPI_FACTS = {
    "Household Internet Access": ("Husstander med internettilgang", H, PCT),
    "Fixed Broadband Subscriptions": ("Abonnement på fast bredbånd", H, "per 100 inhabitants"),
    "Wireless Broadband Subscriptions": ("Abonnement på mobilt bredbånd", H, "per 100 inhabitants"),
    "Wireless Broadband Coverage - 3G": ("Mobil bredbåndsdekning – 3G", H, PCT),
    "Wireless Broadband Coverage - 4G": ("Mobil bredbåndsdekning – 4G", H, PCT),
    "Availability of WIFI in Public Areas": ("Wifi på offentlige steder", H, "hotspots"),
    "Smart Water Meters": ("Smarte vannmålere", H, PCT),
    "Water Supply ICT Monitoring": ("IKT-overvåking av vannforsyningen", H, PCT),
    "Drainage / Storm Water System ICT Monitoring": ("IKT-overvåking av avløp og overvann", H, PCT),
    "Smart Electricity Meters": ("Smarte strømmålere", H, PCT),
    "Electricity Supply ICT Monitoring": ("IKT-overvåking av strømforsyningen", H, PCT),
    "Demand Response Penetration": ("Forbrukerfleksibilitet (laststyring)", H, PCT),
    "Dynamic Public Transport Information": ("Sanntidsinformasjon i kollektivtrafikken", H, PCT),
    "Traffic Monitoring": ("Trafikkovervåking", H, PCT),
    "Intersection Control": ("Adaptiv styring av lyskryss", H, PCT),
    "Open Data": ("Åpne data", H, PCT),
    "e- Government": ("Digitale offentlige tjenester", H, "services"),
    "Public Sector e-procurement": ("Elektroniske offentlige anskaffelser", H, PCT),
    "R&D expenditure": ("Utgifter til forskning og utvikling", H, "percent of GDP"),
    "Patents": ("Patenter", H, PER100K),
    "Small and Medium-Sized Enterprises": ("Små og mellomstore bedrifter", H, PCT),
    "Unemployment Rate": ("Arbeidsledighet", L, PCT),
    "Youth Unemployment Rate": ("Ungdomsledighet", L, PCT),
    "Tourism Sector Employment": ("Sysselsetting i reiselivet", N, PCT),
    "ICT Sector Employment": ("Sysselsetting i IKT-sektoren", H, PCT),
    "Basic Water Supply": ("Tilgang til vannforsyning", H, PCT),
    "Potable Water Supply": ("Tilgang til trygt drikkevann", H, PCT),
    "Water Supply Loss": ("Lekkasje fra vannforsyningen", L, PCT),
    "Wastewater Collection": ("Tilknytning til avløpsnett", H, PCT),
    "Household Sanitation": ("Sanitære forhold i husholdninger", H, PCT),
    "Solid Waste Collection": ("Innsamling av avfall", H, PCT),
    "Electricity System Outage Frequency": ("Hyppighet av strømbrudd", L, "interruptions per customer per year"),
    "Electricity System Outage Time": ("Varighet av strømbrudd", L, "hours per customer per year"),
    "Access to Electricity": ("Tilgang til elektrisitet", H, PCT),
    "Public Transport Network": ("Kollektivnett", H, "km per 100 000 inhabitants"),
    "Public Transport Network Convenience": ("Nærhet til kollektivtilbud", H, PCT),
    "Bicycle Network": ("Sykkelveinett", H, "km per 100 000 inhabitants"),
    "Transportation Mode Share - Private Vehicles": ("Reisemiddelfordeling – privatbil", L, PCT),
    "Transportation Mode Share - Public Transport": ("Reisemiddelfordeling – kollektivtransport", H, PCT),
    "Transportation Mode Share - Walking": ("Reisemiddelfordeling – gange", H, PCT),
    "Transportation Mode Share - Cycling": ("Reisemiddelfordeling – sykkel", H, PCT),
    "Transportation Mode Share - Para Transport": ("Reisemiddelfordeling – uformell persontransport", N, PCT),
    "Travel Time Index": ("Reisetidsindeks", L, "index"),
    "Shared Bicycles": ("Delesykler", H, PER100K),
    "Shared Vehicles": ("Delebiler", H, PER100K),
    "Low-Carbon Emission Passenger Vehicles": ("Lavutslippsbiler", H, PCT),
    "Public Building Sustainability": ("Bærekraftsertifiserte offentlige bygg", H, PCT),
    "Integrated Building Management Systems in Public Buildings":
        ("Integrerte styringssystemer i offentlige bygg", H, PCT),
    "Pedestrian infrastructure": ("Gangarealer", H, PCT),
    "Urban Development and Spatial Planning - Compact": ("Byutvikling og arealplanlegging – kompakt", H, YESNO),
    "Urban Development and Spatial Planning - Connected": ("Byutvikling og arealplanlegging – sammenkoblet", H, YESNO),
    "Urban Development and Spatial Planning - Integrated": ("Byutvikling og arealplanlegging – integrert", H, YESNO),
    "Urban Development and Spatial Planning - Inclusive": ("Byutvikling og arealplanlegging – inkluderende", H, YESNO),
    "Urban Development and Spatial Planning - Resilient": ("Byutvikling og arealplanlegging – robust", H, YESNO),
    "Air Pollution - PM 2.5": ("Luftforurensning – PM2,5", L, UGM3),
    "Air Pollution - PM 10": ("Luftforurensning – PM10", L, UGM3),
    "Air Pollution - NO2": ("Luftforurensning – NO2", L, UGM3),
    "Air Pollution - SO2": ("Luftforurensning – SO2", L, UGM3),
    "Air Pollution - O3": ("Luftforurensning – O3", L, UGM3),
    "GHG Emissions": ("Klimagassutslipp", L, "tonnes CO2-eq per inhabitant"),
    "Drinking Water Quality": ("Drikkevannskvalitet", H, PCT),
    "Water Consumption": ("Vannforbruk", L, "litres per inhabitant per day"),
    "Freshwater Consumption": ("Forbruk av ferskvann", L, PCT),
    "Wastewater Treatment - Primary": ("Avløpsrensing – primærrensing", H, PCT),
    "Wastewater Treatment - Secondary": ("Avløpsrensing – sekundærrensing", H, PCT),
    "Wastewater Treatment - Tertiary": ("Avløpsrensing – tertiærrensing", H, PCT),
    "Solid Waste Treatment - Landfill": ("Avfallsbehandling – deponi", L, PCT),
    "Solid Waste Treatment - Burnt": ("Avfallsbehandling – åpen brenning", L, PCT),
    "Solid Waste Treatment - Incinerated": ("Avfallsbehandling – forbrenning", N, PCT),
    "Solid Waste Treatment - Open Dump": ("Avfallsbehandling – ukontrollert fylling", L, PCT),
    "Solid Waste Treatment - Recycled": ("Avfallsbehandling – materialgjenvinning", H, PCT),
    "Solid Waste Treatment - Other": ("Avfallsbehandling – annen", N, PCT),
    "EMF Exposure": ("Elektromagnetiske felt innenfor WHOs grenser", H, PCT),
    "Noise Exposure": ("Støyeksponering", L, PCT),
    "Green Areas": ("Grøntarealer", H, "hectares per 100 000 inhabitants"),
    "Green Area Accessibility": ("Tilgang til grøntarealer", H, PCT),
    "Protected Natural Areas": ("Vernede naturområder", H, PCT),
    "Recreational Facilities": ("Arealer for rekreasjon", H, "m² per inhabitant"),
    "Renewable Energy Consumption": ("Bruk av fornybar energi", H, PCT),
    "Electricity Consumption": ("Strømforbruk", L, "kWh per inhabitant per year"),
    "Residential Thermal Energy Consumption": ("Energibruk til oppvarming i boliger", L, "GJ per inhabitant per year"),
    "Public Building Energy Consumption": ("Energibruk i offentlige bygg", L, "kWh per m² per year"),
    "Student ICT Access": ("Elevers tilgang til IKT", H, PCT),
    "School Enrollment": ("Skoledeltakelse", H, PCT),
    "Higher Education Degrees": ("Høyere utdanning", H, PER100K),
    "Adult Literacy": ("Lese- og skriveferdighet blant voksne", H, PCT),
    "Electronic Health Records": ("Elektroniske pasientjournaler", H, PCT),
    "Life Expectancy": ("Forventet levealder", H, "years"),
    "Maternal Mortality Rate": ("Mødredødelighet", L, "per 100 000 live births"),
    "Physicians": ("Leger", H, PER100K),
    "In-Patient Hospital Beds": ("Sykehussenger", H, PER100K),
    "Health Insurance/Public Health Coverage": ("Offentlig helsedekning", H, PCT),
    "Cultural Expenditure": ("Utgifter til kultur", H, "percent of the municipal budget"),
    "Cultural Infrastructure": ("Kulturinfrastruktur", H, PER100K),
    "Informal Settlements": ("Uformelle bosetninger", L, PCT),
    "Housing Expenditure": ("Boutgifter", L, "percent of household income"),
    "Gender Income Equity": ("Likestilling i inntekt", H, "ratio of women's to men's income"),
    "Gini Coefficient": ("Gini-koeffisient", L, "coefficient"),
    "Poverty": ("Fattigdom", L, PCT),
    "Voter Participation": ("Valgdeltakelse", H, PCT),
    "Child Care Availability": ("Tilgang på barnehageplass", H, PCT),
    "Natural Disaster Related Deaths": ("Dødsfall ved naturkatastrofer", L, PER100K),
    "Disaster Related Economic Losses": ("Økonomiske tap ved katastrofer", L, "percent of GDP"),
    "Resilience Plans": ("Planer for beredskap og klimatilpasning", H, YESNO),
    "Population Living in Disaster Prone Areas": ("Befolkning i risikoutsatte områder", L, PCT),
    "Emergency Services Response Time": ("Responstid for nødetatene", L, "minutes"),
    "Police Service": ("Polititjeneste", H, "police officers per 100 000 inhabitants"),
    "Fire Service": ("Brannvesen", H, "firefighters per 100 000 inhabitants"),
    "Violent Crime Rate": ("Voldskriminalitet", L, PER100K),
    "Traffic Fatalities": ("Trafikkdødsfall", L, PER100K),
    "Local Food Production": ("Lokal matproduksjon", H, PCT),
}


def normalise(code):
    return ":".join(part.strip() for part in code.split(":"))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def themes(category, name, sectors):
    result = [EXTRA_THEMES[key] for key in (category, name) if key in EXTRA_THEMES]
    for sector in sectors:
        if sector == "Economy" and category not in ECONOMY_CATEGORIES:
            continue
        if sector == "Water_and_waste":
            theme = "theme-resources-circular" if category == "WA" else "theme-water"
        else:
            theme = SECTOR_THEMES[sector]
        if theme not in result:
            result.append(theme)
    if not result and category in CATEGORY_THEMES:
        result.append(CATEGORY_THEMES[category])
    return result


def convert(data_dir):
    rows = list(csv.DictReader(open(data_dir / "indicators" / "u4ssc_kpis.csv", encoding="utf-8")))
    assert len(rows) == 111, len(rows)
    fixed = set()
    indicators = []
    for row in rows:
        name = row["name_en"].strip()
        code = normalise(row["code"])
        for (wrong, prefix), right in CODE_FIXES.items():
            if code == wrong and name.startswith(prefix):
                code = right
                fixed.add((wrong, prefix))
        nb, direction, unit = KPI_FACTS[name]
        dimension, sub, category, number = code.split(":")
        variant = name.split(" - ", 1)[1] if " - " in name else None
        sectors = [s.strip() for s in row["sector"].split("|") if s.strip()]
        indicators.append({
            "id": "u4ssc-" + slug(code) + ("-" + slug(variant) if variant else ""),
            "code": code,
            "nameNb": nb,
            "nameEn": name.replace("e- Government", "e-Government"),
            "unit": unit,
            "direction": direction,
            "category": " / ".join([DIMENSIONS[dimension], SUB_DIMENSIONS[dimension + ":" + sub],
                                    CATEGORIES[category]]),
            "themes": themes(category, name, sectors),
            "sdgGoals": [int(goal) for goal in row["sdg_goals"].split()],
            "source": {"provider": "U4SSC", "note": ("Core KPI" if number.endswith("C") else "Advanced KPI")
                       + " of the U4SSC collection methodology; the city collects the data."},
        })
    assert fixed == set(CODE_FIXES), "fixes not applied: " + str(set(CODE_FIXES) - fixed)
    ids = [i["id"] for i in indicators]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return {
        "format": "redthread-indicator-set/1",
        "id": "u4ssc",
        "nameNb": "U4SSC – nøkkelindikatorer for smarte og bærekraftige byer og samfunn",
        "nameEn": "U4SSC key performance indicators for smart sustainable cities",
        "descriptionNb": "De 111 nøkkelindikatorene (KPI) fra FN-initiativet United for Smart Sustainable Cities, "
                         "ordnet etter KS' sektorer og knyttet til bærekraftsmålene. Brukt av blant andre Asker og "
                         "Ålesund. C er kjerneindikatorer, A avanserte.",
        "descriptionEn": "The 111 key performance indicators of the UN initiative United for Smart Sustainable "
                         "Cities, sorted by KS's sectors and linked to the SDGs. C marks core KPIs, A advanced ones.",
        "publisher": "ITU/UNECE U4SSC; sectors as classified by KS",
        "licence": "facts",
        "indicators": indicators,
    }


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/data")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(convert(data), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", OUT)
