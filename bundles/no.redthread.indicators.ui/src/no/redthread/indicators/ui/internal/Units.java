package no.redthread.indicators.ui.internal;

import java.util.Locale;

/**
 * An indicator's unit in the UI language. The sets write units in English ("percent"); each known unit has a key
 * {@code unit.<words joined by _>} in the messages, and an unknown unit is shown as it is written.
 */
final class Units {

    private Units() {
    }

    static String label(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String key = "unit." + unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return Messages.find(key).orElse(unit);
    }
}
