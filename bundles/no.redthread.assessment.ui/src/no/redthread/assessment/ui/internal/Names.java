package no.redthread.assessment.ui.internal;

import java.util.Locale;

import no.redthread.assessment.model.Assessment;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;

/** Names of dimensions and themes: the worksheet's own, else the catalogue's (English when the UI is English). */
final class Names {

    private final CatalogueService catalogue;

    Names(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    private static boolean english() {
        return Locale.getDefault().getLanguage().equals("en");
    }

    String dimension(String id, String ownName) {
        if (ownName != null && !ownName.isBlank()) {
            return ownName;
        }
        if (catalogue != null) {
            for (DimensionEntry entry : catalogue.dimensions()) {
                if (entry.id().equals(id)) {
                    return english() && entry.nameEn() != null ? entry.nameEn() : entry.nameNb();
                }
            }
        }
        return id;
    }

    String theme(String id, String ownName) {
        if (ownName != null && !ownName.isBlank()) {
            return ownName;
        }
        if (catalogue != null) {
            ThemeEntry entry = catalogue.theme(id).orElse(null);
            if (entry != null) {
                return english() && entry.nameEn() != null ? entry.nameEn() : entry.nameNb();
            }
        }
        return id;
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
