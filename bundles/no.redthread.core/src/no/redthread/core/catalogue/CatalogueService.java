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
