package no.redthread.dilemma.matrix;

import java.util.Locale;

/**
 * One level of Nilsson's interaction scale: its score, name and definition in bokmål (Redthread's translation) and
 * English (as published), and the published English example.
 */
public record ScaleLevel(int score, String nameNb, String nameEn, String definitionNb, String definitionEn,
        String exampleEn) {

    /** The name in bokmål for Norwegian locales (nb, nn, no), else in English. */
    public String name(Locale locale) {
        return norwegian(locale) ? nameNb : nameEn;
    }

    /** The definition in bokmål for Norwegian locales (nb, nn, no), else in English. */
    public String definition(Locale locale) {
        return norwegian(locale) ? definitionNb : definitionEn;
    }

    private static boolean norwegian(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "nn", "no" -> true;
            default -> false;
        };
    }
}
