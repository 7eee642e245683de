package no.redthread.console.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.dilemma.matrix.ItemFigures;
import no.redthread.dilemma.matrix.MatrixAnalysis;
import no.redthread.dilemma.matrix.MatrixCsv;
import no.redthread.dilemma.matrix.MatrixCsvException;

/**
 * {@code redthread:dilemma analyse <matrix.csv>}: SEI's figures of one participant's matrix, one tab-separated line
 * per item by rank (rank, id, net, positive, negative, dependence, second order, total). The items may be the
 * catalogue's SDG target codes and theme ids.
 */
final class MatrixRanking {

    private MatrixRanking() {
    }

    static String analyse(Path file, CatalogueService catalogue) throws MatrixCsvException {
        Set<String> known = new HashSet<>();
        catalogue.sdgTargets().forEach(target -> known.add(target.code()));
        catalogue.themes().forEach(theme -> known.add(theme.id()));
        MatrixAnalysis analysis = MatrixAnalysis.of(MatrixCsv.read(file, file.getFileName().toString(), known));
        StringBuilder out = new StringBuilder();
        for (ItemFigures item : analysis.ranking()) {
            out.append(item.rank()).append('\t').append(item.id());
            for (double figure : new double[] {item.net(), item.positive(), item.negative(), item.dependence(),
                    item.secondOrder(), item.total()}) {
                out.append('\t').append(number(figure));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** A figure as short as it is exact: 3, -1, 1.5 (medians and second order can be half steps or finer). */
    private static String number(double figure) {
        return BigDecimal.valueOf(figure).stripTrailingZeros().toPlainString();
    }
}
