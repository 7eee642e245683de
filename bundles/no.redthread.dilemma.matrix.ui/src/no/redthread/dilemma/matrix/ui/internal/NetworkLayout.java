package no.redthread.dilemma.matrix.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.alg.force.ForceLayoutProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the network's nodes with the Eclipse Layout Kernel's force layout (Eades' spring embedder as ELK
 * implements it): linked items end up close, unlinked ones apart. ELK's force model knows no edge weights, so a
 * strong link (a median of 2 or more either way) counts twice. Headless; the network canvas scales the result.
 */
final class NetworkLayout {

    private static final double NODE = 10;

    static {
        // registers ELK's option types (ElkReflect), without which the layout cannot copy a default option value
        LayoutMetaDataService.getInstance();
    }

    private NetworkLayout() {
    }

    /**
     * Positions for n nodes in [0, 1]²; {@code weights[i][j]} ≥ 0 is how strongly i affects j (direction ignored).
     *
     * @return x in [i][0], y in [i][1]
     */
    static double[][] layout(double[][] weights) {
        int n = weights.length;
        ElkNode graph = ElkGraphUtil.createGraph();
        // one force field for all: packed as separate components, unlinked items would stand in a column
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        List<ElkNode> nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setDimensions(NODE, NODE);
            nodes.add(node);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double weight = Math.max(weights[i][j], weights[j][i]);
                for (int link = 0; link < Math.ceil(weight * 1.5 - 1e-9); link++) {
                    ElkGraphUtil.createSimpleEdge(nodes.get(i), nodes.get(j));
                }
            }
        }
        new ForceLayoutProvider().layout(graph, new BasicProgressMonitor());
        double[][] position = new double[n][2];
        for (int i = 0; i < n; i++) {
            position[i][0] = nodes.get(i).getX();
            position[i][1] = nodes.get(i).getY();
        }
        return normalised(position);
    }

    /** Scaled to fill [0, 1]² along each axis, so the picture fills a wide or tall canvas. */
    private static double[][] normalised(double[][] position) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : position) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double width = Math.max(1e-9, maxX - minX);
        double height = Math.max(1e-9, maxY - minY);
        for (double[] p : position) {
            p[0] = (p[0] - minX) / width;
            p[1] = (p[1] - minY) / height;
        }
        return position;
    }
}
