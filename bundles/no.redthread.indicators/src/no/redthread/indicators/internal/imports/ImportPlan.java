package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;

import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/** A built import: per indicator, the series to add and the series to replace. */
final class ImportPlan implements ImportResult {

    /** The changes to one indicator's series list. */
    static final class Change {
        final Indicator indicator;
        final List<Series> added = new ArrayList<>();
        final List<Series> replaced = new ArrayList<>();
        final List<Series> replacements = new ArrayList<>();

        Change(Indicator indicator) {
            this.indicator = indicator;
        }
    }

    private final String origin;
    private final int values;
    private final int marked;
    private final int skipped;
    private final Map<Indicator, Change> changes = new LinkedHashMap<>();
    private Command command;

    ImportPlan(String origin, int values, int marked, int skipped) {
        this.origin = origin;
        this.values = values;
        this.marked = marked;
        this.skipped = skipped;
    }

    void put(Indicator indicator, Series old, Series replacement) {
        Change change = changes.computeIfAbsent(indicator, Change::new);
        if (old == null) {
            change.added.add(replacement);
        } else {
            change.replaced.add(old);
            change.replacements.add(replacement);
        }
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public Set<Indicator> indicators() {
        return Collections.unmodifiableSet(changes.keySet());
    }

    @Override
    public List<Series> seriesFor(Indicator indicator) {
        Change change = changes.get(indicator);
        if (change == null) {
            return List.of();
        }
        List<Series> all = new ArrayList<>(change.replacements);
        all.addAll(change.added);
        return Collections.unmodifiableList(all);
    }

    @Override
    public int seriesCount() {
        return changes.values().stream().mapToInt(c -> c.added.size() + c.replaced.size()).sum();
    }

    @Override
    public int valueCount() {
        return values;
    }

    @Override
    public int markedCount() {
        return marked;
    }

    @Override
    public int skippedCount() {
        return skipped;
    }

    @Override
    public synchronized Command command() {
        if (command == null) {
            command = new ApplyImportCommand(origin, List.copyOf(changes.values()));
        }
        return command;
    }
}
