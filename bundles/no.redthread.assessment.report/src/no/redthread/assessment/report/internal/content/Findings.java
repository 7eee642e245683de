package no.redthread.assessment.report.internal.content;

import java.util.ArrayList;
import java.util.List;

import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.Gap;
import no.redthread.assessment.OrphanedAnswer;
import no.redthread.assessment.ThemeSummary;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.report.Block;

/** What the reader of the case must act on: the gaps, candidate goal conflicts, and answers left over. */
final class Findings {

    private final FormTemplate template;
    private final AssessmentSummary summary;
    private final AnswerLookup answers;

    Findings(FormTemplate template, AssessmentSummary summary, AnswerLookup answers) {
        this.template = template;
        this.summary = summary;
        this.answers = answers;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>(gaps());
        if (!summary.conflicts().isEmpty()) {
            blocks.addAll(conflicts());
        }
        if (!summary.orphanedAnswers().isEmpty()) {
            blocks.addAll(orphans());
        }
        return blocks;
    }

    private List<Block> gaps() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "Mangler og avvik"));
        if (summary.gaps().isEmpty()) {
            blocks.add(Block.Paragraph.body("Ingen svar viser mangler eller avvik."));
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Gap gap : summary.gaps()) {
            String justification = Words.orEmpty(gap.justification());
            rows.add(List.of(themeName(gap.themeId()), gap.questionText(), gap.optionLabel(),
                    justification.isEmpty() ? Words.NO_JUSTIFICATION : justification));
        }
        blocks.add(new Block.Table(List.of(new Block.Column("Tema", 16), new Block.Column("Spørsmål", 34),
                new Block.Column("Svar", 16), new Block.Column("Begrunnelse", 34)), rows));
        return blocks;
    }

    private List<Block> conflicts() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "Mulige målkonflikter"));
        blocks.add(Block.Paragraph.note("Temaer der noen svar trekker fram og andre trekker tilbake. "
                + "De er kandidater til å se nærmere på, ikke konklusjoner."));
        List<List<String>> rows = new ArrayList<>();
        for (ConflictCandidate conflict : summary.conflicts()) {
            rows.add(List.of(conflict.nameNb(), questions(conflict.positiveQuestionIds()),
                    questions(conflict.negativeQuestionIds())));
        }
        blocks.add(new Block.Table(List.of(new Block.Column("Tema", 20),
                new Block.Column("Trekker i positiv retning", 40), new Block.Column("Trekker i negativ retning", 40)),
                rows));
        return blocks;
    }

    private List<Block> orphans() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "Svar på spørsmål som er tatt ut av skjemaet"));
        blocks.add(Block.Paragraph.note("Disse svarene gjelder spørsmål som ikke finnes i versjon "
                + template.version() + " av skjemaet. De er tatt vare på, men inngår ikke i vurderingen over."));
        List<List<String>> rows = new ArrayList<>();
        for (OrphanedAnswer orphan : summary.orphanedAnswers()) {
            String text = orphan.questionText().isBlank() ? orphan.questionId() : orphan.questionText();
            rows.add(List.of(themeName(orphan.themeId()), text + " (utgått spørsmål)",
                    answers.labelOf(orphan.optionId()), Words.orEmpty(orphan.justification())));
        }
        blocks.add(new Block.Table(List.of(new Block.Column("Tema", 16), new Block.Column("Spørsmål", 34),
                new Block.Column("Svar", 16), new Block.Column("Begrunnelse", 34)), rows));
        return blocks;
    }

    private String themeName(String themeId) {
        return summary.theme(themeId).map(ThemeSummary::nameNb).orElse(themeId);
    }

    /** The questions' texts, one per line; the ids alone would mean nothing to a politician. */
    private String questions(List<String> questionIds) {
        return String.join("\n", questionIds.stream().map(id -> template.question(id)
                .map(PlacedQuestion::question).map(question -> "• " + question.textNb()).orElse(id)).toList());
    }
}
