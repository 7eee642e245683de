package no.redthread.dilemma.matrix.ui.internal;

import java.util.Random;

/**
 * Fruchterman and Reingold's force-directed layout (Software: Practice and Experience 21(11), 1991) in the unit
 * square: nodes repel each other, linked nodes attract with the link's weight, and a cooling temperature limits each
 * step. Seeded, so the same matrix always gets the same picture. Headless; the network canvas scales the result.
 */
final class ForceLayout {

    private static final int ITERATIONS = 200;

    private ForceLayout() {
    }

    /**
     * Positions for n nodes in [0, 1]²; {@code weights[i][j]} ≥ 0 is how strongly i and j attract (symmetric use).
     *
     * @return x in [i][0], y in [i][1]
     */
    static double[][] layout(double[][] weights) {
        int n = weights.length;
        double[][] position = new double[n][2];
        Random random = new Random(n);
        for (double[] p : position) {
            p[0] = random.nextDouble();
            p[1] = random.nextDouble();
        }
        if (n < 2) {
            return position;
        }
        double k = Math.sqrt(1.0 / n);
        double temperature = 0.1;
        double[][] shift = new double[n][2];
        for (int round = 0; round < ITERATIONS; round++) {
            for (double[] s : shift) {
                s[0] = 0;
                s[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = position[i][0] - position[j][0];
                    double dy = position[i][1] - position[j][1];
                    double distance = Math.max(1e-4, Math.hypot(dx, dy));
                    double weight = weights[i][j] + weights[j][i];
                    double force = k * k / distance - weight * distance * distance / k;
                    shift[i][0] += dx / distance * force;
                    shift[i][1] += dy / distance * force;
                    shift[j][0] -= dx / distance * force;
                    shift[j][1] -= dy / distance * force;
                }
            }
            for (int i = 0; i < n; i++) {
                double length = Math.max(1e-9, Math.hypot(shift[i][0], shift[i][1]));
                double step = Math.min(length, temperature);
                position[i][0] += shift[i][0] / length * step;
                position[i][1] += shift[i][1] / length * step;
            }
            temperature *= 0.98;
        }
        return normalised(position);
    }

    /** Scaled to fill [0, 1]² keeping the aspect ratio. */
    private static double[][] normalised(double[][] position) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : position) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double span = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
        for (double[] p : position) {
            p[0] = (p[0] - minX) / span;
            p[1] = (p[1] - minY) / span;
        }
        return position;
    }
}
