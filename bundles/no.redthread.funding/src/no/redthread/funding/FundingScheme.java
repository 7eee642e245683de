package no.redthread.funding;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One grant or funding scheme (tilskuddsordning) in the catalogue.
 *
 * @param id a stable id, e.g. {@code "klimasats"}; a content pack that uses a shipped id corrects that scheme
 * @param nameNb the name in Norwegian bokmål
 * @param nameEn the English name, or empty when the source has none
 * @param owner the agency or body that runs the scheme
 * @param applicants who may apply
 * @param applicantsNote the source's wording about who may apply (may be empty)
 * @param purpose what the scheme funds
 * @param dimensionIds the catalogue's dimension ids, e.g. {@code "dim-climate-environment"}
 * @param themeIds the catalogue's theme ids, e.g. {@code "theme-climate-hazards"}
 * @param sdgGoals the SDG goal numbers (1–17)
 * @param sdgTargets SDG target codes, e.g. {@code "13.1"} (may be empty)
 * @param deadline the application deadlines as last known
 * @param amount what the scheme gives, where known
 * @param channel where applications are sent (e.g. an agency's portal)
 * @param url the scheme's page
 * @param source which pages the facts come from
 * @param lastChecked when the source was last checked
 * @param origin where this record came from: {@link #SHIPPED} or the symbolic name of the content pack bundle
 */
public record FundingScheme(String id, String nameNb, String nameEn, String owner, Set<ApplicantType> applicants,
        String applicantsNote, String purpose, List<String> dimensionIds, List<String> themeIds,
        List<Integer> sdgGoals, List<String> sdgTargets, Deadline deadline, Amount amount, String channel, URI url,
        String source, LocalDate lastChecked, String origin) {

    /** The origin of the schemes Redthread ships. */
    public static final String SHIPPED = "no.redthread.funding";

    public FundingScheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lastChecked, "lastChecked");
        applicants = Set.copyOf(applicants);
        dimensionIds = List.copyOf(dimensionIds);
        themeIds = List.copyOf(themeIds);
        sdgGoals = List.copyOf(sdgGoals);
        sdgTargets = List.copyOf(sdgTargets);
    }
}
