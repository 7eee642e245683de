package no.redthread.assessment.template;

import java.util.List;
import java.util.Objects;

/**
 * A sustainability theme of a worksheet.
 *
 * @param id the theme's id, normally a catalogue theme id such as {@code "theme-housing"}
 * @param nameNb the theme's name as the worksheet shows it; empty to use the catalogue's name
 * @param rules at least one rule
 */
public record TemplateTheme(String id, String nameNb, List<TemplateRule> rules) {

    public TemplateTheme {
        Objects.requireNonNull(id, "id");
        nameNb = nameNb == null ? "" : nameNb;
        rules = List.copyOf(rules);
    }
}
