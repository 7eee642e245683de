package no.redthread.assessment.report.internal.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import no.redthread.assessment.AnswerDistribution;
import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.DimensionSummary;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.report.Block;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportSection;

/**
 * Builds the content of the section "Bærekraftsvurdering" once, from the assessment and what the assessment service
 * says about it, as the shared report model; the report bundle's renderers only lay it out.
 */
public final class ReportBuilder {

    /** The heading of the section in a case document. */
    public static final String SECTION = "Bærekraftsvurdering";

    private ReportBuilder() {
    }

    /**
     * @param assessment the assessment
     * @param template its template version
     * @param summary its summary against that version
     * @param issues what keeps it from being completed ({@code AssessmentService.check})
     * @param weak its weak themes, weakest first
     * @param people the name to show for a name recorded in the assessment (the current user's login name becomes
     *            their full name)
     * @param now when the report is made
     */
    public static ReportDocument build(Assessment assessment, FormTemplate template, AssessmentSummary summary,
            List<AnswerIssue> issues, List<WeakTheme> weak, UnaryOperator<String> people, Instant now) {
        AnswerLookup answers = new AnswerLookup(assessment, template);
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(Overview.blocks(assessment, template, summary, issues, people));
        blocks.addAll(AnswerChart.blocks(AnswerDistribution.of(assessment, template), summary));
        DimensionSection section = new DimensionSection(assessment, template, summary, weak, answers);
        for (DimensionSummary dimension : summary.dimensions()) {
            blocks.addAll(section.blocks(dimension));
        }
        blocks.addAll(new Findings(template, summary, answers).blocks());
        String subjectName = Overview.subjectName(assessment);
        String municipality = Overview.organisation(assessment).orElse("");
        String organisation = municipality.isEmpty() ? "" : municipality + ": ";
        return new ReportDocument(SECTION + " – " + subjectName,
                organisation + subjectName + ": " + template.titleNb() + ", versjon " + template.version(),
                people.apply(Words.orEmpty(assessment.getCreatedBy())), municipality, now,
                Locale.forLanguageTag("nb-NO"),
                List.of(new ReportSection(SECTION, List.of("bærekraftsvurdering", "saksframlegg"), blocks)));
    }
}
