package no.redthread.assessment.report.internal.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.redthread.assessment.AnswerDistribution;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.DimensionSummary;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.report.Block;

/**
 * The summary's chart for the report: a bar per dimension, a segment per answer option coloured by what it means,
 * and one for the questions without an answer, as the assessment summary view shows it. Options no question chose
 * are left out, so the legend names only what is in the bars.
 */
final class AnswerChart {

    static final String HEADING = "Svar per dimensjon";

    private AnswerChart() {
    }

    static List<Block> blocks(AnswerDistribution distribution, AssessmentSummary summary) {
        List<String> dimensions = distribution.dimensionIds().stream().map(id -> summary.dimension(id)
                .map(DimensionSummary::nameNb).orElse(id)).toList();
        List<Block.Series> series = new ArrayList<>();
        for (AnswerOption option : distribution.options()) {
            add(series, option.labelNb(), AnswerDistribution.rgb(option.meaning()), distribution.count(option.id()));
        }
        add(series, "Ikke besvart", AnswerDistribution.UNANSWERED_RGB, distribution.unanswered());
        Block.Chart chart = new Block.Chart(description(dimensions, series), "Antall spørsmål", dimensions, series);
        return List.of(new Block.Heading(2, HEADING), chart);
    }

    private static void add(List<Block.Series> series, String label, int rgb, int[] values) {
        if (Arrays.stream(values).anyMatch(value -> value > 0)) {
            series.add(new Block.Series(label, rgb, Arrays.stream(values).boxed().toList()));
        }
    }

    /** E.g. "Stolpediagram over svarene per dimensjon. Sosial: 2 ivaretatt og 14 ikke besvart. …". */
    private static String description(List<String> dimensions, List<Block.Series> series) {
        StringBuilder text = new StringBuilder("Stolpediagram over svarene per dimensjon.");
        for (int i = 0; i < dimensions.size(); i++) {
            int bar = i;
            List<String> parts = series.stream().filter(one -> one.values().get(bar) > 0)
                    .map(one -> one.values().get(bar) + " " + Words.inSentence(one.label())).toList();
            text.append(' ').append(dimensions.get(i)).append(": ")
                    .append(parts.isEmpty() ? "ingen spørsmål" : Words.list(parts)).append('.');
        }
        return text.toString();
    }
}
