package no.redthread.dilemma.matrix.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components of the undirected graph joining i and j when a_ij and a_ji both reach a threshold:
 * items that reinforce each other directly or through a chain of such pairs. Singletons are left out.
 */
public final class MutualClusters {

    private MutualClusters() {
    }

    /** Each component as item positions, ascending; components ordered by their first position. */
    public static List<List<Integer>> find(double[][] a, double threshold) {
        int n = a.length;
        boolean[] seen = new boolean[n];
        List<List<Integer>> clusters = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            List<Integer> frontier = new ArrayList<>(List.of(start));
            seen[start] = true;
            while (!frontier.isEmpty()) {
                int i = frontier.removeLast();
                members.add(i);
                for (int j = 0; j < n; j++) {
                    if (!seen[j] && a[i][j] >= threshold && a[j][i] >= threshold) {
                        seen[j] = true;
                        frontier.add(j);
                    }
                }
            }
            if (members.size() > 1) {
                clusters.add(members.stream().sorted().toList());
            }
        }
        return clusters;
    }
}
