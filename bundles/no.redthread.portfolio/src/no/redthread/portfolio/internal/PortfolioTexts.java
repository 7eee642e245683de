package no.redthread.portfolio.internal;

import no.redthread.workbench.LocalizedText;

/** The portfolio's messages in the UI language (messages.properties, _nb, _nn). */
final class PortfolioTexts {

    private static final LocalizedText TEXT = new LocalizedText(PortfolioTexts.class.getPackageName() + ".messages",
            PortfolioTexts.class);

    private PortfolioTexts() {
    }

    static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }
}
