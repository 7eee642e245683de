package no.redthread.core.catalogue;

import java.util.List;
import java.util.Optional;

import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Organisation;

/**
 * Read-only reference data shipped with Redthread, and the factory for the model objects built from it.
 *
 * <p>Lists are immutable and in catalogue order (SDGs by number, targets as the UN lists them, organisations by
 * number, dimensions and themes as the frame defines them).
 */
public interface CatalogueService {

    /** The 17 Sustainable Development Goals, each with its targets. */
    List<SdgEntry> sdgs();

    /** The SDG with the given number (1 to 17). */
    Optional<SdgEntry> sdg(int number);

    /** All 169 SDG targets. */
    List<SdgTargetEntry> sdgTargets();

    /** The target with the given UN code, e.g. {@code "11.5"} or {@code "1.a"}. */
    Optional<SdgTargetEntry> sdgTarget(String code);

    /** The 15 counties (fylker) valid from 2024. */
    List<County> counties();

    /** The county with the given two-digit number, e.g. {@code "55"}. */
    Optional<County> county(String number);

    /** The 357 municipalities (kommuner) valid from 2024. */
    List<Municipality> municipalities();

    /** The municipality with the given four-digit number, e.g. {@code "5501"}. */
    Optional<Municipality> municipality(String number);

    /**
     * The 506 official changes of municipality numbers and names from 2017-01-01 to 2024-01-01 (Statistics Norway,
     * KLASS classification 131), in the order SSB lists them (by date). A split has one change per new
     * municipality; the part of a merger that kept its number is listed as {@link MunicipalityChangeKind#MERGED}
     * with the same old and new number.
     */
    List<MunicipalityChange> municipalityChanges();

    /**
     * What a municipality number, old or current, means today: current, renumbered (to today's {@code current},
     * e.g. 5403 Alta, 2020-2023, is 5601 Alta; 1902 Tromsø became 5401 and then 5501), merged into another, split
     * into several, or unknown. Never throws: a {@code null}, blank or malformed number (anything but four digits
     * after stripping blanks) is {@link MunicipalityLookup.Status#UNKNOWN}.
     *
     * <p>A number is followed through every change from it, so a number renumbered and then merged is merged, and
     * one merged and then split is split. A change that keeps the number (a name change, or the surviving part of
     * a merger) does not end the number.
     */
    MunicipalityLookup lookupMunicipality(String number);

    /** The municipalities of one county. */
    List<Municipality> municipalitiesIn(String countyNumber);

    /** The three sustainability dimensions, each with its themes. */
    List<DimensionEntry> dimensions();

    /** All themes of all dimensions. */
    List<ThemeEntry> themes();

    /** The theme with the given id, e.g. {@code "theme-housing"}. */
    Optional<ThemeEntry> theme(String id);

    /**
     * Builds a complete, new sustainability frame for a workspace: the dimensions with their themes and rules,
     * the SDGs with their targets (with the machine-translation flags set), and each theme's references to its
     * SDG targets. Every call returns new objects.
     */
    Frame createFrame();

    /**
     * Builds the model object of a municipality (four-digit number) or county (two-digit number).
     *
     * @throws IllegalArgumentException if the number is not in the 2024 register
     */
    Organisation createOrganisation(String number);
}
