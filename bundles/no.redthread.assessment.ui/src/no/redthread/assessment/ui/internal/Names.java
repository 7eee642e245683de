package no.redthread.assessment.ui.internal;

import java.util.Locale;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.FormTemplate;
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

    /** The assessed plan's name or case's title; "Plan uten navn" or "Sak uten tittel" when it has none. */
    static String subject(Assessment assessment) {
        if (assessment.getPlan() instanceof Plan plan) {
            return orElse(plan.getName(), "subject.unnamedPlan");
        }
        if (assessment.getCase() instanceof Case c) {
            return orElse(c.getTitle(), "subject.untitledCase");
        }
        return "";
    }

    private static String orElse(String name, String key) {
        return name == null || name.isBlank() ? Messages.get(key) : name.strip();
    }

    /** The label of an option id on any of the template's scales, else the id itself (e.g. an off-scale answer). */
    static String optionLabel(FormTemplate template, String optionId) {
        if (template != null) {
            for (AnswerScale scale : template.scales()) {
                for (AnswerOption option : scale.options()) {
                    if (option.id().equals(optionId)) {
                        return option.labelNb();
                    }
                }
            }
        }
        return optionId;
    }

    static String title(Assessment assessment) {
        String name = assessment.getName();
        return name == null || name.isBlank() ? assessment.getTemplateId() : name;
    }
}
