package no.redthread.assessment.report.internal.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import no.redthread.assessment.model.AssessmentStatus;

/** Norwegian bokmål wording shared by the parts of a report. */
final class Words {

    /** Dates as Norwegian case documents write them; assessments are made in Norway, so Oslo time. */
    /** The one wording of an answer without a justification, wherever the report shows the answer. */
    static final String NO_JUSTIFICATION = "(Begrunnelse mangler.)";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT)
            .withZone(ZoneId.of("Europe/Oslo"));

    private Words() {
    }

    static String date(TemporalAccessor when) {
        return DATE.format(when);
    }

    static String date(Instant when) {
        return when == null ? "" : DATE.format(when);
    }

    static String status(AssessmentStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "under arbeid";
            case COMPLETED -> "fullført";
            case APPROVED -> "godkjent";
        };
    }

    /** "a", "a og b", "a, b og c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }

    /** An option label inside a sentence: "Delvis ivaretatt" becomes "delvis ivaretatt". */
    static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** A sentence starts with a capital letter. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
