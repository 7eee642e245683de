package no.redthread.funding.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.redthread.funding.ApplicantType;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SearchResult.Hit;

/** A result list as semicolon-separated rows, the form Norwegian spreadsheets open without asking. */
public final class ResultTable {

    private static final List<String> COLUMNS = List.of("csv.id", "csv.name", "csv.owner", "csv.deadline",
            "csv.estimated", "csv.applicants", "csv.amount", "csv.checked", "csv.source", "csv.url", "csv.origin");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ResultTable() {
    }

    public static void write(List<Hit> hits, Locale locale, Writer out) throws IOException {
        out.write(row(COLUMNS.stream().map(key -> Texts.text(locale, key))));
        for (Hit hit : hits) {
            out.write(row(cells(hit, locale)));
        }
    }

    private static Stream<String> cells(Hit hit, Locale locale) {
        FundingScheme scheme = hit.scheme();
        String deadline = hit.nextDeadline().map(next -> DAY.format(next.date())).orElse("");
        String estimated = hit.nextDeadline().map(next -> Texts.text(locale, next.estimated() ? "yes" : "no")).orElse("");
        String applicants = scheme.applicants().stream().sorted().map(ApplicantType::code).collect(Collectors.joining(", "));
        String amount = scheme.amount().maxPerApplication().isPresent()
                ? Long.toString(scheme.amount().maxPerApplication().getAsLong()) : "";
        return Stream.of(scheme.id(), scheme.nameNb(), scheme.owner(), deadline, estimated, applicants, amount,
                DAY.format(scheme.lastChecked()), scheme.source(), scheme.url() == null ? "" : scheme.url().toString(),
                scheme.origin());
    }

    private static String row(Stream<String> cells) {
        return cells.map(ResultTable::quoted).collect(Collectors.joining(";")) + "\r\n";
    }

    /** Quotes a cell that holds a separator, a quote or a line break (RFC 4180, with ';' as separator). */
    static String quoted(String cell) {
        String text = cell == null ? "" : cell;
        if (text.chars().noneMatch(c -> c == ';' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
