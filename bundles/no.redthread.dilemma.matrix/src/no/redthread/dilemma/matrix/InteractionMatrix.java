package no.redthread.dilemma.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import no.redthread.dilemma.matrix.internal.ScoreSheet;

/**
 * An immutable interaction matrix over a chosen set of items (SDG targets, themes, or a plan's goals and measures,
 * each by its id): per participant, a {@link Score} for each cell they scored, where the row affects the column.
 * An item does not score its effect on itself. The group value of a cell is the median of the scores given to it;
 * with an even number of scores it is the mean of the two middle ones, so it may be a half step (1.5).
 */
public final class InteractionMatrix {

    /** Scores this far apart (or further) in one cell are flagged as a disagreement. */
    public static final int DISAGREEMENT = 3;

    private final List<String> items;
    private final Map<String, Integer> index;
    private final Map<String, ScoreSheet> sheets;

    private InteractionMatrix(List<String> items, Map<String, Integer> index, Map<String, ScoreSheet> sheets) {
        this.items = items;
        this.index = index;
        this.sheets = sheets;
    }

    /** A builder over these item ids, in this order (the order rows and columns keep in CSV and analysis). */
    public static Builder builder(List<String> items) {
        return new Builder(items);
    }

    public List<String> items() {
        return items;
    }

    /** Participants in the order their first score was added. */
    public List<String> participants() {
        return List.copyOf(sheets.keySet());
    }

    public boolean contains(String item) {
        return index.containsKey(item);
    }

    /** What this participant gave the cell, if anything. */
    public Optional<Score> score(String participant, String row, String column) {
        ScoreSheet sheet = sheets.get(participant);
        return sheet == null ? Optional.empty() : sheet.score(cell(row, column));
    }

    /** Every participant's score of a cell, with its reason, in participant order (those who scored it). */
    public Map<String, Score> scores(String row, String column) {
        int cell = cell(row, column);
        Map<String, Score> scores = new LinkedHashMap<>();
        sheets.forEach((participant, sheet) -> sheet.score(cell).ifPresent(score -> scores.put(participant, score)));
        return Collections.unmodifiableMap(scores);
    }

    /** The group value of a cell: the median of all participants' scores; empty when nobody scored it. */
    public OptionalDouble median(String row, String column) {
        int[] values = values(cell(row, column));
        return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(median(values));
    }

    /** The group matrix, row affects column, in item order; a cell nobody scored counts as 0. A fresh copy. */
    public double[][] groupScores() {
        int n = items.size();
        double[][] group = new double[n][n];
        for (int cell = 0; cell < n * n; cell++) {
            int[] values = values(cell);
            if (values.length > 0) {
                group[cell / n][cell % n] = median(values);
            }
        }
        return group;
    }

    /** Cells whose scores lie {@link #DISAGREEMENT} or more apart, row by row in item order. */
    public List<Disagreement> disagreements() {
        int n = items.size();
        List<Disagreement> found = new ArrayList<>();
        for (int cell = 0; cell < n * n; cell++) {
            int[] values = values(cell);
            if (values.length > 1 && values[values.length - 1] - values[0] >= DISAGREEMENT) {
                found.add(new Disagreement(items.get(cell / n), items.get(cell % n), values[0],
                        values[values.length - 1]));
            }
        }
        return found;
    }

    /** The scores given to a cell, sorted. */
    private int[] values(int cell) {
        int[] values = new int[sheets.size()];
        int count = 0;
        for (ScoreSheet sheet : sheets.values()) {
            if (sheet.scored(cell)) {
                values[count++] = sheet.value(cell);
            }
        }
        int[] given = Arrays.copyOf(values, count);
        Arrays.sort(given);
        return given;
    }

    private static double median(int[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private int cell(String row, String column) {
        return position(index, row) * items.size() + position(index, column);
    }

    private static int position(Map<String, Integer> index, String item) {
        Integer position = index.get(item);
        if (position == null) {
            throw new IllegalArgumentException("'" + item + "' is not an item of this matrix");
        }
        return position;
    }

    /** Collects scores; an EMF session model feeds it item ids and, per participant, scores with reasons. */
    public static final class Builder {

        private final List<String> items;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, ScoreSheet> sheets = new LinkedHashMap<>();

        private Builder(List<String> items) {
            this.items = List.copyOf(items);
            for (String item : this.items) {
                if (item.isBlank() || index.putIfAbsent(item, index.size()) != null) {
                    throw new IllegalArgumentException("item ids must be unique and not blank: '" + item + "'");
                }
            }
        }

        /** Sets (or replaces) a participant's score of a cell; an item cannot score itself. */
        public Builder score(String participant, String row, String column, int value, String reason) {
            Score score = new Score(value, reason);
            int r = position(index, row);
            int c = position(index, column);
            if (r == c) {
                throw new IllegalArgumentException("'" + row + "' cannot score its effect on itself");
            }
            sheets.computeIfAbsent(participant, p -> new ScoreSheet(items.size())).set(r * items.size() + c, score);
            return this;
        }

        public InteractionMatrix build() {
            Map<String, ScoreSheet> copies = new LinkedHashMap<>();
            sheets.forEach((participant, sheet) -> copies.put(participant, sheet.copy()));
            return new InteractionMatrix(items, Collections.unmodifiableMap(new HashMap<>(index)),
                    Collections.unmodifiableMap(copies));
        }
    }
}
