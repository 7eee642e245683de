import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.MatrixAnalysis;
import no.redthread.dilemma.matrix.MatrixCsv;

/**
 * Benchmark (not a test): SEI's analysis of a 169 × 169 interaction matrix over the real SDG target ids (all 169
 * targets, far beyond the 20–40 a workshop scores), scored by 5 generated participants. About 70 % of a real
 * matrix's cells are 0 or unscored; the generator follows that. Prints the median time of N runs (after warm-up) of
 * (1) the analysis of the group matrix (figures, ranking, 10 strongest links each way, roles, clusters),
 * (2) the same from the participants' scores (medians, disagreements, then the analysis), and
 * (3) reading and writing one participant's CSV. Prints figures, asserts nothing.
 *
 * <p>Usage: {@code java -cp <bundle jars> DilemmaMatrixBench.java <sdg_targets.csv> [runs] [work folder]}.
 */
public final class DilemmaMatrixBench {

    private static final int PARTICIPANTS = 5;
    private static final int WARM_UP = 30;

    public static void main(String[] args) throws Exception {
        List<String> targets = Files.readAllLines(Path.of(args[0])).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 101;
        Path folder = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "bench/target"));
        InteractionMatrix matrix = generate(targets, new Random(42));
        double[][] group = matrix.groupScores();
        System.out.printf("matrix: %d × %d SDG targets, %d participants, %d disagreements, %d runs%n",
                targets.size(), targets.size(), PARTICIPANTS, matrix.disagreements().size(), runs);

        report("analysis of the group matrix", runs, () -> analyse(MatrixAnalysis.of(targets, group)));
        report("medians + disagreements + analysis", runs,
                () -> analyse(MatrixAnalysis.of(matrix)) + matrix.disagreements().size());
        Path csv = folder.resolve("dilemma-169.csv");
        report("CSV write (atomic)", Math.min(runs, 21), () -> {
            try {
                MatrixCsv.write(csv, matrix, "p0");
                return (int) Files.size(csv);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        report("CSV read (checked)", Math.min(runs, 21), () -> {
            try {
                return MatrixCsv.read(csv, "p0", new HashSet<>(targets)).items().size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        MatrixAnalysis analysis = MatrixAnalysis.of(matrix);
        System.out.printf("top item %s (total %.1f); clusters: %d%n", analysis.ranking().get(0).id(),
                analysis.ranking().get(0).total(), analysis.clusters().size());
    }

    /** Touches every result so that nothing is left uncomputed. */
    private static int analyse(MatrixAnalysis analysis) {
        return analysis.ranking().size() + analysis.strongestPositive(10).size()
                + analysis.strongestNegative(10).size() + analysis.roles().size() + analysis.clusters().size();
    }

    private static void report(String what, int runs, Supplier<Integer> task) {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += task.get();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += task.get();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf("%-38s median %7.2f ms  (min %.2f, max %.2f; %d runs)%s%n", what, times[runs / 2] / 1e6,
                times[0] / 1e6, times[runs - 1] / 1e6, runs, sink == 0 ? " (nothing computed?)" : "");
    }

    /** Each participant leaves 30 % unscored and gives 0 to 40 %; the rest leans positive, as SEI reports. */
    private static InteractionMatrix generate(List<String> items, Random random) {
        int[] leaning = { -3, -2, -1, -1, 1, 1, 1, 2, 2, 3 };
        InteractionMatrix.Builder builder = InteractionMatrix.builder(items);
        List<String> participants = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            participants.add("p" + p);
        }
        for (String row : items) {
            for (String column : items) {
                for (String participant : participants) {
                    double draw = random.nextDouble();
                    if (!row.equals(column) && draw >= 0.3) {
                        int score = draw < 0.7 ? 0 : leaning[random.nextInt(leaning.length)];
                        builder.score(participant, row, column, score, "");
                    }
                }
            }
        }
        return builder.build();
    }
}
