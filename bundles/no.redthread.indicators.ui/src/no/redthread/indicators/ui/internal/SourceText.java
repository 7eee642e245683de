package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;

import no.redthread.indicators.model.DataSource;

/** The source line users read under an indicator: provider, table and content code, address, usage note. */
final class SourceText {

    private SourceText() {
    }

    static String of(DataSource source) {
        List<String> parts = new ArrayList<>();
        if (present(source.getProvider())) {
            parts.add(source.getProvider());
        }
        if (present(source.getTableId())) {
            parts.add(Messages.get("indicator.table", source.getTableId())
                    + (present(source.getContentCode()) ? " (" + source.getContentCode() + ")" : ""));
        }
        if (present(source.getUrl())) {
            parts.add(source.getUrl());
        }
        StringBuilder text = new StringBuilder(Messages.get("indicator.source", String.join(", ", parts)));
        if (source.isTableIdUncertain()) {
            text.append("\n").append(Messages.get("indicator.tableUncertain"));
        }
        if (present(source.getNote())) {
            text.append("\n").append(source.getNote());
        }
        return text.toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
