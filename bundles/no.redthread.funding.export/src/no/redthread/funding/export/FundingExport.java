package no.redthread.funding.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import no.redthread.funding.SearchResult.Hit;
import no.redthread.funding.export.internal.CalendarWriter;
import no.redthread.funding.export.internal.ResultTable;
import no.redthread.workbench.io.AtomicFiles;

/** Writes funding schemes and deadlines to files other programs open. Both writes are atomic. */
public final class FundingExport {

    private FundingExport() {
    }

    /**
     * Writes a result list as CSV: UTF-8 with a byte-order mark (so spreadsheets read æøå right), semicolons,
     * one row per hit in the list's order, column titles in the locale's language.
     *
     * @throws IOException naming the file; the file is then as it was
     */
    public static void writeCsv(List<Hit> hits, Path file, Locale locale) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            ResultTable.write(hits, locale, writer);
            writer.flush();
        });
    }

    /**
     * Writes deadlines as an iCalendar (RFC 5545) file: one all-day event per entry with a reminder two weeks
     * ahead; estimated dates are marked tentative and say so.
     *
     * @throws IOException naming the file; the file is then as it was
     */
    public static void writeCalendar(List<CalendarEntry> entries, Path file, Locale locale) throws IOException {
        AtomicFiles.write(file, out -> CalendarWriter.write(entries, locale, out));
    }
}
