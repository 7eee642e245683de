package no.redthread.dilemma.ui.internal;

import java.util.List;
import java.util.Locale;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;

/** The catalogue's names of themes, dimensions and SDG targets in the UI language; an unknown id shows as itself. */
final class CatalogueNames {

    private final CatalogueService catalogue;

    CatalogueNames(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    List<DimensionEntry> dimensions() {
        return catalogue.dimensions();
    }

    List<ThemeEntry> themes() {
        return catalogue.themes();
    }

    String dimension(DimensionEntry dimension) {
        return english() ? dimension.nameEn() : dimension.nameNb();
    }

    String dimension(String id) {
        return catalogue.dimensions().stream().filter(d -> d.id().equals(id)).findFirst().map(this::dimension).orElse(id);
    }

    String theme(ThemeEntry theme) {
        return english() ? theme.nameEn() : theme.nameNb();
    }

    String theme(String id) {
        return catalogue.theme(id).map(this::theme).orElse(id);
    }

    /** "15.5 Take urgent and significant action …": the code with the target's text. */
    String sdgTarget(String code) {
        return catalogue.sdgTarget(code).map(t -> code + " " + text(t)).orElse(code);
    }

    private String text(SdgTargetEntry target) {
        return english() ? target.textEn() : target.preferredTextNb();
    }

    private static boolean english() {
        return "en".equals(Locale.getDefault().getLanguage());
    }
}
