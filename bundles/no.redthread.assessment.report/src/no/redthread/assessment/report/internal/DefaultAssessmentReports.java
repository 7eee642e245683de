package no.redthread.assessment.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.report.AssessmentReports;
import no.redthread.assessment.report.internal.content.ReportBuilder;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportFormat;
import no.redthread.report.ReportWriter;
import no.redthread.workbench.settings.UserProfile;

/**
 * The report service: builds the report from the assessment service's view of the assessment, then has the shared
 * {@link ReportWriter} render it. Who
 * created or completed the assessment is named as the user profile names them, so that what was recorded under the
 * current user's login name reads as their full name.
 */
@Component(service = AssessmentReports.class)
public final class DefaultAssessmentReports implements AssessmentReports {

    private final AssessmentService assessments;
    private final UserProfile users;
    private final ReportWriter writer;
    private final Clock clock;

    @Activate
    public DefaultAssessmentReports(@Reference AssessmentService assessments, @Reference UserProfile users,
            @Reference ReportWriter writer) {
        this(assessments, users, writer, Clock.systemUTC());
    }

    DefaultAssessmentReports(AssessmentService assessments, UserProfile users, ReportWriter writer, Clock clock) {
        this.assessments = assessments;
        this.users = users;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void writeHtml(Assessment assessment, Path file) throws IOException {
        // built before the file is touched: a missing template fails without leaving anything behind
        writer.write(report(assessment), ReportFormat.HTML, file);
    }

    @Override
    public void writePdf(Assessment assessment, Path file) throws IOException {
        writer.write(report(assessment), ReportFormat.PDF, file);
    }

    @Override
    public void writeHtml(Assessment assessment, OutputStream out) throws IOException {
        writer.write(report(assessment), ReportFormat.HTML, out);
    }

    @Override
    public void writePdf(Assessment assessment, OutputStream out) throws IOException {
        writer.write(report(assessment), ReportFormat.PDF, out);
    }

    ReportDocument report(Assessment assessment) {
        FormTemplate template = assessments.templateOf(assessment).orElseThrow(() -> new IllegalStateException(
                "The worksheet " + assessment.getTemplateId() + " version " + assessment.getTemplateVersion()
                        + " of the assessment is not installed"));
        AssessmentSummary summary = assessments.summarise(assessment, template);
        return ReportBuilder.build(assessment, template, summary, assessments.check(assessment),
                summary.weakThemes(), users::displayNameOf, clock.instant());
    }
}
