package no.redthread.funding.ui.internal;

import java.util.Locale;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.SdgEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Facet;

/**
 * What a user reads for a facet value: theme and dimension names and SDG short names from the catalogue (English in
 * English, else Norwegian), applicant types, deadline windows and amount bands from the messages; owners as they are.
 */
final class FacetLabels {

    private final CatalogueService catalogue;

    FacetLabels(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    static String facet(Facet facet) {
        return Messages.get("facet." + facet.name());
    }

    String value(Facet facet, String value) {
        return switch (facet) {
            case DIMENSION -> catalogue.dimensions().stream().filter(d -> d.id().equals(value)).findFirst()
                    .map(this::name).orElse(value);
            case THEME -> theme(value);
            case SDG -> sdg(value);
            case APPLICANT -> ApplicantType.byCode(value).map(type -> Messages.get("applicant." + type.name()))
                    .orElse(value);
            case DEADLINE_WINDOW, AMOUNT_BAND -> Messages.find(facet.name() + "." + value).orElse(value);
            case OWNER -> value;
        };
    }

    String theme(String id) {
        return catalogue.theme(id).map(this::name).orElse(id);
    }

    String sdg(String number) {
        try {
            return catalogue.sdg(Integer.parseInt(number)).map(this::name).orElse(number);
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private String name(DimensionEntry dimension) {
        return english() ? dimension.nameEn() : dimension.nameNb();
    }

    private String name(ThemeEntry theme) {
        return english() ? theme.nameEn() : theme.nameNb();
    }

    private String name(SdgEntry sdg) {
        return sdg.number() + " " + (english() ? sdg.shortNameEn() : sdg.shortNameNb());
    }

    private static boolean english() {
        return "en".equals(Locale.getDefault().getLanguage());
    }
}
