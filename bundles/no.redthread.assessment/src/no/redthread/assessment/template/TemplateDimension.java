package no.redthread.assessment.template;

import java.util.List;
import java.util.Objects;

/**
 * A sustainability dimension of a worksheet.
 *
 * @param id the dimension's id, normally a catalogue id such as {@code "dim-social"}
 * @param nameNb the dimension's name as the worksheet shows it; empty to use the catalogue's name
 * @param themes at least one theme
 */
public record TemplateDimension(String id, String nameNb, List<TemplateTheme> themes) {

    public TemplateDimension {
        Objects.requireNonNull(id, "id");
        nameNb = nameNb == null ? "" : nameNb;
        themes = List.copyOf(themes);
    }
}
