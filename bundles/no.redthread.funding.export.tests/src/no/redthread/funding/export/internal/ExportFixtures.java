package no.redthread.funding.export.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import no.redthread.funding.Amount;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Deadline;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;
import no.redthread.funding.SearchResult.Hit;

/** Two real schemes as the catalogue has them (Miljødirektoratet's pages, checked 2022). */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static Hit klimasats(LocalDate next, boolean estimated) {
        FundingScheme scheme = new FundingScheme("klimasats",
                "Klimasats – støtte til klimasatsing i kommuner og fylkeskommuner", "", "Miljødirektoratet (KLD)",
                Set.of(ApplicantType.MUNICIPALITY, ApplicantType.COUNTY), "", "Klimatiltak; \"lavutslipp\"",
                List.of("dim-climate-environment"), List.of(), List.of(13), List.of(),
                new Deadline(Deadline.Kind.ANNUAL, List.of(MonthDay.of(2, 15)), List.of(), 2022, "15. februar"),
                new Amount(OptionalLong.of(1_000_000), OptionalLong.empty(), 0, OptionalDouble.of(0.5), ""),
                "Miljødirektoratets elektroniske søknadssenter",
                URI.create("https://www.miljodirektoratet.no/klimasats"), "miljodirektoratet.no",
                LocalDate.of(2022, 2, 1), FundingScheme.SHIPPED);
        return new Hit(scheme, 1.5f, Optional.of(new NextDeadline(next, estimated)));
    }

    static Hit withoutDeadline() {
        FundingScheme scheme = new FundingScheme("ukjent", "Ordning uten frist", "", "Fylkeskommunen",
                Set.of(ApplicantType.MUNICIPALITY), "", "", List.of(), List.of(), List.of(), List.of(),
                Deadline.unknown(2023, ""), Amount.UNKNOWN, "", null, "", LocalDate.of(2023, 5, 1), "no.example.pack");
        return new Hit(scheme, 0, Optional.empty());
    }
}
