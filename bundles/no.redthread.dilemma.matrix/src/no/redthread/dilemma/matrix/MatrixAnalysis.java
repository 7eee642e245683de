package no.redthread.dilemma.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import no.redthread.dilemma.matrix.internal.MutualClusters;

/**
 * SEI's network analysis of an interaction matrix (Weitz et al. 2018) and Vester's roles; see {@link ItemFigures},
 * {@link ItemRole} and {@link Cluster} for the formulas. Computed once, when created; immutable.
 */
public final class MatrixAnalysis {

    /** The score both directions of a pair must reach for the pair to count as mutually reinforcing. */
    public static final double MUTUAL_REINFORCEMENT = 2;

    private final List<String> items;
    private final double[][] scores;
    private final List<ItemFigures> figures;
    private final List<ItemRole> roles;

    private MatrixAnalysis(List<String> items, double[][] scores) {
        this.items = items;
        this.scores = scores;
        this.figures = figures(items, scores);
        this.roles = roles(items, scores);
    }

    /** The analysis of the group matrix (medians; cells nobody scored count as 0). */
    public static MatrixAnalysis of(InteractionMatrix matrix) {
        return new MatrixAnalysis(matrix.items(), matrix.groupScores());
    }

    /** The analysis of a square matrix of scores, row affects column, in the order of the items. */
    public static MatrixAnalysis of(List<String> items, double[][] scores) {
        double[][] copy = new double[items.size()][];
        for (int i = 0; i < copy.length; i++) {
            if (scores.length != copy.length || scores[i].length != copy.length) {
                throw new IllegalArgumentException("the scores must form a square matrix over the " + copy.length
                        + " items");
            }
            copy[i] = scores[i].clone();
        }
        return new MatrixAnalysis(List.copyOf(items), copy);
    }

    /** Every item's figures, in matrix order. */
    public List<ItemFigures> figures() {
        return figures;
    }

    /** Every item's figures by rank (highest total first; equal ranks in matrix order). */
    public List<ItemFigures> ranking() {
        return figures.stream().sorted(Comparator.comparingInt(ItemFigures::rank)).toList();
    }

    /** At most {@code limit} positive links, strongest first (equal scores in row-major matrix order). */
    public List<Link> strongestPositive(int limit) {
        return links(limit, true);
    }

    /** At most {@code limit} negative links, most negative first (equal scores in row-major matrix order). */
    public List<Link> strongestNegative(int limit) {
        return links(limit, false);
    }

    /** Every item's Vester role, in matrix order. */
    public List<ItemRole> roles() {
        return roles;
    }

    /** The clusters of mutually reinforcing items, ordered by their first item in matrix order. */
    public List<Cluster> clusters() {
        return MutualClusters.find(scores, MUTUAL_REINFORCEMENT).stream()
                .map(members -> new Cluster(members.stream().map(items::get).toList())).toList();
    }

    private List<Link> links(int limit, boolean positive) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (positive ? scores[i][j] > 0 : scores[i][j] < 0) {
                    links.add(new Link(items.get(i), items.get(j), scores[i][j]));
                }
            }
        }
        Comparator<Link> strength = Comparator.comparingDouble(link -> Math.abs(link.score()));
        return links.stream().sorted(strength.reversed()).limit(limit).toList();
    }

    private static List<ItemFigures> figures(List<String> items, double[][] a) {
        int n = a.length;
        double[] net = new double[n];
        double[] positive = new double[n];
        double[] dependence = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                net[i] += a[i][j];
                positive[i] += Math.max(a[i][j], 0);
                dependence[j] += a[i][j];
            }
        }
        double[] total = new double[n];
        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                second[i] += a[i][j] * net[j];
            }
            second[i] /= 2;
            total[i] = net[i] + second[i];
        }
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        List<ItemFigures> figures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            figures.add(new ItemFigures(items.get(i), net[i], positive[i], net[i] - positive[i], dependence[i],
                    second[i], total[i], rank(sorted, total[i])));
        }
        return List.copyOf(figures);
    }

    /** 1 + the number of totals above this one (competition ranking: equal totals share a rank). */
    private static int rank(double[] ascending, double total) {
        int above = 0;
        for (int k = ascending.length - 1; k >= 0 && ascending[k] > total; k--) {
            above++;
        }
        return above + 1;
    }

    private static List<ItemRole> roles(List<String> items, double[][] a) {
        int n = a.length;
        double[] active = new double[n];
        double[] passive = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                active[i] += Math.abs(a[i][j]);
                passive[j] += Math.abs(a[i][j]);
                sum += Math.abs(a[i][j]);
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        List<ItemRole> roles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean high = active[i] > mean;
            boolean affected = passive[i] > mean;
            Role role = high ? (affected ? Role.CRITICAL : Role.ACTIVE) : (affected ? Role.REACTIVE : Role.BUFFERING);
            roles.add(new ItemRole(items.get(i), active[i], passive[i], role));
        }
        return List.copyOf(roles);
    }
}
