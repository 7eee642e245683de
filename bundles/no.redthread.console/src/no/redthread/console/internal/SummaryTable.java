package no.redthread.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import no.redthread.chains.BatchRow;
import no.redthread.chains.Chain;
import no.redthread.report.Block;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportFormat;
import no.redthread.report.ReportSection;
import no.redthread.report.ReportWriter;
import no.redthread.workbench.io.AtomicFiles;

/** The table across workspaces: CSV for spreadsheets, HTML through the shared report writer. */
final class SummaryTable {

    private SummaryTable() {
    }

    static List<String> header(List<String> stepNames) {
        List<String> header = new ArrayList<>(List.of(ConsoleTexts.get("chain.col.workspace"),
                ConsoleTexts.get("chain.col.municipality"), ConsoleTexts.get("chain.col.status")));
        header.addAll(stepNames);
        header.addAll(List.of(ConsoleTexts.get("chain.col.report"), ConsoleTexts.get("chain.col.reason")));
        return header;
    }

    static List<List<String>> rows(List<BatchRow> rows, int steps) {
        return rows.stream().map(row -> {
            List<String> cells = new ArrayList<>(List.of(row.folder().getFileName().toString(), row.municipality(),
                    row.status().name()));
            for (int i = 0; i < steps; i++) {
                cells.add(i < row.figures().size() ? String.valueOf(row.figures().get(i)) : "");
            }
            cells.add(row.files().stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(" ")));
            cells.add(row.reason());
            return (List<String>) cells;
        }).toList();
    }

    static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static void writeHtml(ReportWriter writer, Path file, Chain chain, List<String> header, List<List<String>> rows)
            throws IOException {
        List<Block.Column> columns = new ArrayList<>();
        int width = Math.max(1, 100 / header.size());
        header.forEach(name -> columns.add(new Block.Column(name, width)));
        ReportSection section = new ReportSection(chain.name(), List.of(chain.id()),
                List.of(new Block.Table(columns, rows)));
        writer.write(new ReportDocument(chain.name(), ConsoleTexts.get("chain.summary.subject"), "", "", Instant.now(),
                Locale.getDefault(), List.of(section)), ReportFormat.HTML, file);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(SummaryTable::quoted).collect(Collectors.joining(",")) + "\n";
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
