package no.redthread.chains;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the three languages of the workbench, for step names and descriptions.
 *
 * @param nb bokmål
 * @param nn nynorsk
 * @param en English
 */
public record Texts(String nb, String nn, String en) {

    public Texts {
        Objects.requireNonNull(nb, "nb");
        Objects.requireNonNull(nn, "nn");
        Objects.requireNonNull(en, "en");
    }

    /** The text for a locale: nynorsk for "nn", bokmål for "nb" and "no", English otherwise. */
    public String get(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn" -> nn;
            case "nb", "no" -> nb;
            default -> en;
        };
    }
}
