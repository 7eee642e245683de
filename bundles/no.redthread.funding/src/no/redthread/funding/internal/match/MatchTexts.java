package no.redthread.funding.internal.match;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The reasons' texts in the locale's language: {@code messages.properties} (English), {@code _nb}, {@code _nn}. */
final class MatchTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    MatchTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("no.redthread.funding.internal.match.messages", locale,
                MatchTexts.class.getClassLoader());
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A deadline as in "15. februar", with the year when it is not in {@code today}'s year. */
    String date(LocalDate date, LocalDate today) {
        String pattern = bundle.getString(date.getYear() == today.getYear() ? "date.pattern" : "date.pattern.year");
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }

    /** True when theme names are to be shown in English (the catalogue has nb and en names only). */
    boolean english() {
        return locale.getLanguage().equals("en");
    }
}
