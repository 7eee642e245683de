package no.redthread.assessment.report.internal.content;

import java.util.ArrayList;
import java.util.List;

import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.DimensionSummary;
import no.redthread.assessment.ThemeSummary;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.Conclusion;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.report.Block;

/** One dimension: its heading, its conclusion, and per theme a table question → answer → justification. */
final class DimensionSection {

    /** Question and justification carry the text; the answer is a short label. */
    static final List<Block.Column> ANSWER_COLUMNS = List.of(new Block.Column("Spørsmål", 44),
            new Block.Column("Svar", 18), new Block.Column("Begrunnelse", 38));

    private final Assessment assessment;
    private final FormTemplate template;
    private final AssessmentSummary summary;
    private final List<WeakTheme> weak;
    private final AnswerLookup answers;

    DimensionSection(Assessment assessment, FormTemplate template, AssessmentSummary summary, List<WeakTheme> weak,
            AnswerLookup answers) {
        this.assessment = assessment;
        this.template = template;
        this.summary = summary;
        this.weak = weak;
        this.answers = answers;
    }

    List<Block> blocks(DimensionSummary dimension) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, dimension.nameNb()));
        String own = ownConclusion(dimension.dimensionId());
        if (!own.isEmpty()) {
            blocks.add(new Block.Paragraph("Konklusjon:", own, Block.Style.BODY));
        } else {
            // marked, so that nobody mistakes the generated text for the assessor's judgement
            blocks.add(new Block.Paragraph("Konklusjon (laget ut fra svarene):", generated(dimension),
                    Block.Style.BODY));
        }
        for (ThemeSummary theme : dimension.themes()) {
            blocks.add(new Block.Heading(3, theme.nameNb()));
            blocks.add(new Block.Table(ANSWER_COLUMNS, rows(theme)));
        }
        return blocks;
    }

    /** The assessor's text for the dimension; several conclusions for one dimension are all kept, in order. */
    private String ownConclusion(String dimensionId) {
        return String.join("\n", assessment.getConclusions().stream()
                .filter(conclusion -> dimensionId.equals(conclusion.getDimensionId()))
                .map(Conclusion::getText).map(Words::orEmpty).filter(text -> !text.isEmpty()).toList());
    }

    private String generated(DimensionSummary dimension) {
        String id = dimension.dimensionId();
        return new GeneratedConclusion(template, answers).text(dimension,
                weak.stream().filter(theme -> theme.dimensionId().equals(id)).toList(),
                summary.gaps().stream().filter(gap -> gap.dimensionId().equals(id)).count(),
                summary.conflicts().stream().filter(conflict -> conflict.dimensionId().equals(id)).toList());
    }

    private List<List<String>> rows(ThemeSummary theme) {
        List<List<String>> rows = new ArrayList<>();
        for (PlacedQuestion question : template.questions()) {
            if (question.dimension().id().equals(theme.dimensionId())
                    && question.theme().id().equals(theme.themeId())) {
                String[] cells = answers.cells(question);
                rows.add(List.of(question.question().textNb(), cells[0], cells[1]));
            }
        }
        return rows;
    }
}
