package no.redthread.funding.search.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import no.redthread.funding.Amount;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Deadline;
import no.redthread.funding.FundingScheme;

/**
 * Twelve real schemes written from rows of the funding-scheme register funding_schemes_no.csv (names, owners,
 * purposes, deadlines and amounts as the rows give them, purposes shortened and in Norwegian; theme and dimension
 * ids chosen from the rows' hints; the URLs are placeholders), so the tests do not depend on the shipped
 * catalogue's content. {@link #TODAY} is the day the tests count deadlines from.
 */
final class TestSchemes {

    static final LocalDate TODAY = LocalDate.of(2024, 1, 25);
    private static final String CLIMATE = "dim-climate-environment";
    private static final String SOCIAL = "dim-social";
    private static final String ECONOMY = "dim-economy";

    private TestSchemes() {
    }

    static List<FundingScheme> all() {
        return List.of(
                scheme("klimasats", "Klimasats – støtte til klimasatsing i kommuner og fylkeskommuner",
                        "Miljødirektoratet (KLD)", Set.of(ApplicantType.MUNICIPALITY, ApplicantType.COUNTY,
                                ApplicantType.MUNICIPAL_ENTERPRISE),
                        "Kommuner, fylkeskommuner, kommunale foretak, Longyearbyen lokalstyre; alene eller sammen",
                        "Klimatiltak som reduserer klimagassutslipp og bidrar til omstilling til lavutslippssamfunnet",
                        List.of(CLIMATE), List.of("theme-climate-hazards", "theme-infrastructure-mobility"),
                        List.of(7, 11, 12, 13), annual(2022, MonthDay.of(2, 15)), max(7_500_000)),
                scheme("klimatilpasning", "Tilskudd til klimatilpasning (kunnskapsoppbygging og utredninger)",
                        "Miljødirektoratet", Set.of(ApplicantType.MUNICIPALITY, ApplicantType.COUNTY),
                        "Kommuner og fylkeskommuner",
                        "Kunnskap og kompetanseheving om hvordan klimaendringene berører kommunens ansvarsområder og "
                                + "utredning av tiltak; ikke fysiske tiltak (regnbed, grønne tak)",
                        List.of(CLIMATE), List.of("theme-climate-hazards", "theme-preparedness"), List.of(11, 13),
                        annual(2022, MonthDay.of(2, 15)), Amount.UNKNOWN),
                scheme("natursats", "Natursats – tilskudd til lokale tiltak for naturmangfold", "Miljødirektoratet (KLD)",
                        Set.of(ApplicantType.MUNICIPALITY), "Kommuner",
                        "Praktiske naturmangfoldtiltak, informasjonstiltak, kartlegging av naturmangfold og planlegging "
                                + "av tiltak; egne runder for kommunedelplan for naturmangfold og planvask",
                        List.of(CLIMATE), List.of("theme-nature-land-use"), List.of(14, 15, 11),
                        annual(2024, MonthDay.of(2, 1), MonthDay.of(4, 5)), Amount.UNKNOWN),
                scheme("prosjektskjonn", "Skjønnsmidler til fornyings- og innovasjonsprosjekter (prosjektskjønn)",
                        "Kommunal- og distriktsdepartementet (KDD) via Statsforvalteren",
                        Set.of(ApplicantType.MUNICIPALITY), "Kommuner (bare); kan samarbeide med eksterne aktører",
                        "Prøve ut nye løsninger, fornying og innovasjon i kommunal tjenesteyting; ikke ordinær drift "
                                + "eller ren næringsutvikling",
                        List.of(ECONOMY, SOCIAL), List.of("theme-innovation-digitalisation"), List.of(16, 17, 9),
                        Deadline.unknown(2023, "varierer per embete"), Amount.UNKNOWN),
                scheme("husbanken_utleieboliger", "Tilskudd til utleieboliger", "Husbanken",
                        Set.of(ApplicantType.MUNICIPALITY, ApplicantType.OTHER),
                        "Kommuner; stiftelser og andre som etablerer kommunalt disponerte utleieboliger",
                        "Flere egnede utleieboliger for vanskeligstilte: oppføring, kjøp og utbedring",
                        List.of(SOCIAL), List.of("theme-housing"), List.of(1, 10, 11),
                        rounds(2017, LocalDate.of(2016, 2, 15), LocalDate.of(2016, 6, 1), LocalDate.of(2016, 9, 1),
                                LocalDate.of(2016, 11, 25)), Amount.UNKNOWN),
                scheme("enova_kommune", "Enova-støtte til kommuner (energi- og klimatiltak i bygg)",
                        "Enova SF (Klima- og energifondet)", Set.of(ApplicantType.MUNICIPALITY, ApplicantType.COUNTY),
                        "Kommuner og fylkeskommuner som byggeiere, blant andre",
                        "Energieffektivisering og fornybar oppvarming i formålsbygg",
                        List.of(CLIMATE), List.of("theme-resources-circular"), List.of(7, 13), continuous(2023),
                        Amount.UNKNOWN),
                scheme("tffk_kommunale_utviklingsprosjekter", "Kommunale utviklingsprosjekter",
                        "Troms og Finnmark fylkeskommune", Set.of(ApplicantType.MUNICIPALITY), "Kommuner i fylket",
                        "Nærings- og samfunnsutviklingsprosjekter, robusthet og attraktivitet; samskaping vektlegges",
                        List.of(ECONOMY), List.of("theme-business-development"), List.of(8, 11, 17),
                        rounds(2021, LocalDate.of(2021, 10, 22)), max(400_000)),
                scheme("kommunalt_naeringsfond", "Kommunale næringsfond",
                        "Fylkeskommunen (statlige regionale utviklingsmidler)",
                        Set.of(ApplicantType.MUNICIPALITY, ApplicantType.BUSINESS),
                        "Kommuner i det distriktspolitiske virkeområdet; næringsaktører søker deretter kommunen",
                        "Styrke nyskaping, innovasjon og næringsutvikling i kommunen",
                        List.of(ECONOMY), List.of("theme-business-development", "theme-innovation-digitalisation"),
                        List.of(8, 9), Deadline.unknown(2020, "kommunale søknadsfrister varierer"), Amount.UNKNOWN),
                scheme("nve_kartlegging_flomfare", "NVE tilskudd til kartlegging av flomfare", "NVE",
                        Set.of(ApplicantType.MUNICIPALITY), "Kommuner",
                        "Kartlegge nye eller oppdatere faresoner for flom langs vassdrag med eksisterende bebyggelse",
                        List.of(CLIMATE), List.of("theme-climate-hazards", "theme-preparedness"), List.of(11, 13),
                        Deadline.unknown(2024, "ikke funnet"), Amount.UNKNOWN),
                scheme("husbanken_investeringstilskudd", "Investeringstilskudd til omsorgsboliger og sykehjem",
                        "Husbanken", Set.of(ApplicantType.MUNICIPALITY), "Kommuner",
                        "Fornye og øke tilbudet av plasser i sykehjem og omsorgsboliger for personer med behov for "
                                + "heldøgns helse- og omsorgstjenester",
                        List.of(SOCIAL), List.of("theme-housing", "theme-public-health"), List.of(3, 10, 11),
                        continuous(2024), Amount.UNKNOWN),
                scheme("merkur", "Merkur-programmet – støtteordninger for distriktsbutikker",
                        "Kommunal- og distriktsdepartementet", Set.of(ApplicantType.BUSINESS),
                        "Nærbutikker og bokhandler som deltar i Merkur-programmet",
                        "Sikre folk i distriktene tilgang til nærliggende daglegvarebutikk og bokhandel",
                        List.of(ECONOMY, SOCIAL), List.of("theme-business-development"), List.of(8, 11),
                        continuous(2024), max(600_000)),
                scheme("svv_sykkeltilskudd", "Tilskuddsordning for gang- og sykkeltiltak på kommunale og "
                                + "fylkeskommunale veger", "Samferdselsdepartementet",
                        Set.of(ApplicantType.MUNICIPALITY, ApplicantType.COUNTY), "Kommuner og fylkeskommuner",
                        "Gang- og sykkeltiltak som gjør det tryggere og mer attraktivt å gå og sykle",
                        List.of(CLIMATE, SOCIAL), List.of("theme-infrastructure-mobility"), List.of(3, 11, 13),
                        Deadline.unknown(2024, "årlig søknadsrunde, frist ikke funnet"), Amount.UNKNOWN));
    }

    static FundingScheme scheme(String id, String name, String owner, Set<ApplicantType> applicants,
            String applicantsNote, String purpose, List<String> dimensions, List<String> themes, List<Integer> sdgs,
            Deadline deadline, Amount amount) {
        return new FundingScheme(id, name, "", owner, applicants, applicantsNote, purpose, dimensions, themes, sdgs,
                List.of(), deadline, amount, "", URI.create("https://example.invalid/" + id), "funding_schemes_no.csv",
                LocalDate.of(2024, 6, 1), FundingScheme.SHIPPED);
    }

    static Deadline annual(int checkedYear, MonthDay... days) {
        return new Deadline(Deadline.Kind.ANNUAL, List.of(days), List.of(), checkedYear, "");
    }

    static Deadline rounds(int checkedYear, LocalDate... rounds) {
        return new Deadline(Deadline.Kind.ROUNDS, List.of(), List.of(rounds), checkedYear, "");
    }

    static Deadline continuous(int checkedYear) {
        return new Deadline(Deadline.Kind.CONTINUOUS, List.of(), List.of(), checkedYear, "løpende");
    }

    static Amount max(long maxPerApplication) {
        return new Amount(OptionalLong.of(maxPerApplication), OptionalLong.empty(), 0, OptionalDouble.empty(), "");
    }
}
