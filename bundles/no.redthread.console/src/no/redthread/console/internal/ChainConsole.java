package no.redthread.console.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.BatchListener;
import no.redthread.chains.BatchRow;
import no.redthread.chains.Chain;
import no.redthread.chains.ChainBatch;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainLibrary;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;
import no.redthread.report.ReportWriter;

/**
 * {@code redthread:chain list} and {@code redthread:chain run <chain> [--out <folder>] [--all-in <folder>]
 * [<workspace-folder>…]}: runs a saved chain on the workspaces (several at once, see {@link ChainBatch}), one report per workspace in the output
 * folder (default {@code chain-reports}), then {@code summary.csv} and {@code summary.html} across them. Throws,
 * so that {@code redthread -c} exits 1, when any workspace failed or was skipped, naming each.
 */
@Component(service = Function.class, property = { "osgi.command.scope=redthread", "osgi.command.function=chain" })
public final class ChainConsole implements Function {

    private final ChainSteps steps;
    private final ChainLibrary library;
    private final ChainBatch batch;
    private final ReportWriter writer;

    @Activate
    public ChainConsole(@Reference ChainSteps steps, @Reference ChainLibrary library, @Reference ChainBatch batch,
            @Reference ReportWriter writer) {
        this.steps = steps;
        this.library = library;
        this.batch = batch;
        this.writer = writer;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        return run(arguments.stream().map(String::valueOf).toList());
    }

    String run(List<String> arguments) throws IOException, ChainException {
        if (arguments.equals(List.of("list"))) {
            return list();
        }
        if (arguments.size() >= 2 && arguments.get(0).equals("run")) {
            return run(arguments.get(1), arguments.subList(2, arguments.size()));
        }
        throw new IllegalArgumentException(ConsoleTexts.get("chain.usage"));
    }

    private String list() {
        StringBuilder out = new StringBuilder(ConsoleTexts.get("chain.steps")).append('\n');
        for (ChainStep step : steps.steps()) {
            out.append(step.id()).append('\t').append(step.input()).append(" → ").append(step.output()).append('\t')
                    .append(step.name(java.util.Locale.getDefault()));
            step.parameters().forEach(p -> out.append('\t').append(p.id()).append('=').append(p.defaultValue()));
            out.append('\n');
        }
        out.append(ConsoleTexts.get("chain.chains")).append('\n');
        for (Chain chain : library.chains()) {
            out.append(chain.id()).append('\t').append(chain.name()).append('\t').append(chain.steps().stream()
                    .map(Chain.Step::step).collect(Collectors.joining(" → ")));
            try {
                steps.check(chain);
            } catch (ChainException e) {
                out.append('\t').append(e.getMessage());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private String run(String chainId, List<String> options) throws IOException, ChainException {
        Chain chain = library.chain(chainId)
                .orElseThrow(() -> new IllegalArgumentException(ConsoleTexts.get("chain.unknown", chainId)));
        List<String> stepNames = steps.check(chain).stream().map(s -> s.name(java.util.Locale.getDefault())).toList();
        Path out = Path.of("chain-reports");
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            switch (options.get(i)) {
                case "--out" -> out = Path.of(value(options, ++i));
                case "--all-in" -> folders.addAll(subfolders(Path.of(value(options, ++i))));
                default -> folders.add(Path.of(options.get(i)));
            }
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException(ConsoleTexts.get("chain.usage"));
        }
        Files.createDirectories(out);
        List<BatchRow> rows = batch.run(chain, folders, new ChainBatch.Options(java.util.Locale.getDefault(),
                LocalDate.now(), out), BatchListener.NONE);
        List<String> header = SummaryTable.header(stepNames);
        List<List<String>> table = SummaryTable.rows(rows, stepNames.size());
        SummaryTable.writeCsv(out.resolve("summary.csv"), header, table);
        SummaryTable.writeHtml(writer, out.resolve("summary.html"), chain, header, table);
        String text = table.stream().map(row -> String.join("\t", row)).collect(Collectors.joining("\n",
                String.join("\t", header) + "\n", "\n"));
        List<BatchRow> failed = rows.stream().filter(row -> !row.ok()).toList();
        String done = ConsoleTexts.get("chain.done", rows.size() - failed.size(), rows.size(), out.toAbsolutePath());
        if (!failed.isEmpty()) {
            throw new IOException(text + done + "\n" + failed.stream().map(row -> ConsoleTexts.get("chain.failed",
                    row.folder(), row.reason())).collect(Collectors.joining("\n")));
        }
        return text + done;
    }

    private static String value(List<String> options, int i) {
        if (i >= options.size()) {
            throw new IllegalArgumentException(ConsoleTexts.get("chain.usage"));
        }
        return options.get(i);
    }

    private static List<Path> subfolders(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(Files::isDirectory).filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
