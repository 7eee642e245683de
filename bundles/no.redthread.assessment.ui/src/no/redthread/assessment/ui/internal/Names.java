package no.redthread.assessment.ui.internal;

import java.util.Locale;

import no.redthread.assessment.model.Assessment;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;

/**
 * Names of dimensions and themes: the worksheet's own (bokmål), else the catalogue's; the catalogue's English in an
 * English UI.
 */
final class Names {

    private final CatalogueService catalogue;

    Names(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    private static boolean english() {
        return Locale.getDefault().getLanguage().equals("en");
    }

    /**
     * A dimension's name: in an English UI the catalogue's English name when the catalogue has the dimension; else
     * the worksheet's own (bokmål) name, else the catalogue's.
     */
    String dimension(String id, String ownName) {
        DimensionEntry entry = catalogue == null ? null
                : catalogue.dimensions().stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
        return name(id, ownName, entry == null ? null : entry.nameNb(), entry == null ? null : entry.nameEn());
    }

    /** A theme's name, chosen as {@link #dimension(String, String)} chooses. */
    String theme(String id, String ownName) {
        ThemeEntry entry = catalogue == null ? null : catalogue.theme(id).orElse(null);
        return name(id, ownName, entry == null ? null : entry.nameNb(), entry == null ? null : entry.nameEn());
    }

    private static String name(String id, String ownName, String catalogueNb, String catalogueEn) {
        if (english() && catalogueEn != null && !catalogueEn.isBlank()) {
            return catalogueEn;
        }
        if (ownName != null && !ownName.isBlank()) {
            return ownName;
        }
        return catalogueNb != null ? catalogueNb : id;
    }

    static String subject(Assessment assessment) {
        if (assessment.getPlan() instanceof Plan plan) {
            return plan.getName();
        }
        if (assessment.getCase() instanceof Case c) {
            return c.getTitle();
        }
        return "";
    }

    static String title(Assessment assessment) {
        String name = assessment.getName();
        return name == null || name.isBlank() ? assessment.getTemplateId() : name;
    }
}
