package no.redthread.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import biweekly.Biweekly;
import biweekly.ICalendar;
import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SchemeMatcher;
import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.UndoContext;

/**
 * <i>Finn tilskudd</i> on a measure, <i>Søk om tilskudd</i> on the best match: a planned application for that measure
 * on the timeline's top row and in the applications' calendar, and Undo takes it away again.
 */
class ApplyTest {

    @TempDir
    Path folder;

    private FundingFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new FundingFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void applyingCreatesAnApplicationForTheMatchedMeasureAndUndoRemovesIt() throws Exception {
        FundingSession session = fixture.session();
        Measure flood = fixture.workspace.planSystem().orElseThrow().getPlans().stream().map(Plan::getMeasures)
                .flatMap(List::stream).filter(m -> m.getName().startsWith("Kartlegge flomveier")).findFirst().orElseThrow();
        FindFundingCommand find = new FindFundingCommand(fixture.selection, fixture.service(SchemeMatcher.class), session);
        session.matchTo(find.match(flood));
        TimelinePart timeline = new TimelinePart(session, fixture.workspaces,
                () -> ApplicationRows.rows(fixture.workspaces.current()), fixture.site(TimelineDescriptor.ID));
        timeline.createControl(fixture.shell);
        fixture.shell.open();

        FundingScheme best = session.hits().stream().filter(hit -> hit.nextDeadline().isPresent()).findFirst()
                .orElseThrow().scheme(); // the best match with a dated deadline, so the timeline has a mark
        ApplyCommand apply = new ApplyCommand(fixture.selection, fixture.workspaces, session);
        fixture.selection.publish("no.redthread.explorer", List.of(flood));
        assertFalse(apply.isEnabled(), "nothing to apply to before a scheme is selected");
        fixture.selection.publish(SearchDescriptor.ID, List.of(best));
        assertTrue(apply.isEnabled());
        apply.execute();
        fixture.flush();

        List<FundingApplication> applications = FundingApplications.of(flood);
        assertEquals(1, applications.size());
        FundingApplication application = applications.get(0);
        assertEquals(best.id(), application.getSchemeId());
        assertEquals(ApplicationStatus.PLANNED, application.getStatus());
        assertEquals(Deadlines.next(best.deadline(), session.today()).map(d -> d.date()).orElse(null),
                application.getDeadline());
        assertTrue(application.getDeadline() != null);
        Timeline.Row top = timeline.timeline().rows().get(0);
        assertTrue(top.application() && top.subject() == application, "the application on the top row");
        assertTrue(top.label().startsWith("Søknad: " + best.nameNb()) && top.label().endsWith("(planlagt)"), top.label());
        ExportApplicationsCalendarCommand export = new ExportApplicationsCalendarCommand(fixture.workspaces,
                fixture.service(FundingCatalog.class));
        Path file = folder.resolve("soknader.ics");
        export.setChooser((shell, title, proposed, extension) -> Optional.of(file));
        export.execute();
        ICalendar calendar = Biweekly.parse(file.toFile()).first();
        assertEquals(1, calendar.getEvents().size());
        assertTrue(calendar.getEvents().get(0).getSummary().getValue().contains(best.nameNb()));

        fixture.service(UndoContext.class).undo();
        fixture.flush();
        assertTrue(FundingApplications.of(flood).isEmpty(), "Undo takes the application away");
        assertTrue(timeline.timeline().rows().stream().noneMatch(Timeline.Row::application), "and off the timeline");
    }
}
