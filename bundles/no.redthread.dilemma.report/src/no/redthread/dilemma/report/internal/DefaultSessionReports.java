package no.redthread.dilemma.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.dilemma.report.SessionReports;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportFormat;
import no.redthread.report.ReportSection;
import no.redthread.report.ReportWriter;
import no.redthread.workbench.settings.UserProfile;

/**
 * The session report service: builds the section from the session and the scenario library, and has the shared
 * report writer render it. The document's author is the current user (Preferences → Bruker), who exports it.
 */
@Component(service = SessionReports.class)
public final class DefaultSessionReports implements SessionReports {

    private final ReportWriter writer;
    private final ScenarioLibrary scenarios;
    private final UserProfile users;
    private final Clock clock;

    @Activate
    public DefaultSessionReports(@Reference ReportWriter writer, @Reference ScenarioLibrary scenarios,
            @Reference UserProfile users) {
        this(writer, scenarios, users, Clock.systemUTC());
    }

    DefaultSessionReports(ReportWriter writer, ScenarioLibrary scenarios, UserProfile users, Clock clock) {
        this.writer = writer;
        this.scenarios = scenarios;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public ReportSection section(Session session, Locale language) {
        return SessionSection.build(session, scenario(session), new Texts(language));
    }

    @Override
    public ReportDocument document(Session session, Locale language) {
        Texts texts = new Texts(language);
        String title = SessionSection.title(session, texts);
        return new ReportDocument(texts.get("document.title", title), texts.get("document.subject", title),
                users.displayName(), Names.municipality(session), clock.instant(), language,
                List.of(SessionSection.build(session, scenario(session), texts)));
    }

    @Override
    public void export(Session session, Locale language, ReportFormat format, Path file) throws IOException {
        // built before the file is touched, on the caller's (the model's) thread
        writer.write(document(session, language), format, file);
    }

    private Optional<Scenario> scenario(Session session) {
        String id = session.getScenarioId();
        return id == null || id.isBlank() ? Optional.empty() : scenarios.scenario(id);
    }
}
