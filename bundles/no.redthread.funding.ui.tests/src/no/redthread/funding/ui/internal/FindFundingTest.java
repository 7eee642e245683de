package no.redthread.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SchemeMatcher;
import no.redthread.funding.SearchResult;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.CommandContribution;

/** <i>Finn tilskudd</i> on a measure of the demo: the search part shows the matcher's schemes for it, best first. */
class FindFundingTest {

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
    void findFundingFromAMeasureMatchesTheSearch() throws Exception {
        FundingSession session = fixture.session();
        SearchPart search = new SearchPart(session, fixture.labels(), fixture.site(SearchDescriptor.ID), () -> null);
        search.createControl(fixture.shell);
        fixture.shell.open();
        assertTrue(command(FindFundingCommand.ID).inContextMenu(), "offered in the Explorer's and plan editor's context menus");
        CommandContribution find = new FindFundingCommand(fixture.selection, fixture.service(SchemeMatcher.class), session);
        fixture.selection.publish("test", List.of(fixture.workspace.planSystem().orElseThrow()));
        assertFalse(find.isEnabled(), "not on a plan system");

        Measure flood = measure("Kartlegge flomveier og overvann i sentrum");
        fixture.selection.publish("no.redthread.explorer", List.of(flood));
        assertTrue(find.isEnabled());
        find.execute();
        fixture.flush();

        List<SchemeMatch> expected = fixture.service(SchemeMatcher.class).forMeasure(flood, session.today(), Locale.getDefault());
        assertFalse(expected.isEmpty(), "the matcher finds schemes for flood mapping");
        List<String> shown = session.hits().stream().map(SearchResult.Hit::scheme).map(s -> s.id()).toList();
        assertEquals(expected.stream().map(m -> m.scheme().id()).toList(), shown, "the matcher's order");
        assertEquals(shown.size(), search.results().viewer().getTable().getItemCount());
        assertEquals(expected.get(0).explanation(), search.results().viewer().getTable().getItem(0).getText(4));
        List<String> texts = SearchAndDetailTest.texts((Composite) fixture.shell.getChildren()[0]);
        assertTrue(texts.contains("Matchet mot tiltaket «" + flood.getName() + "»: " + expected.size()
                + " ordninger, de som passer best først."), texts.toString());
        assertEquals("", search.field().getText(), "the match starts from an empty search field");

        session.clearMatch();
        assertEquals(fixture.catalog.schemes().size(), search.results().viewer().getTable().getItemCount(), "Vis alle");
    }

    private Measure measure(String name) {
        return fixture.workspace.planSystem().orElseThrow().getPlans().stream().map(Plan::getMeasures)
                .flatMap(List::stream).filter(m -> name.equals(m.getName())).findFirst().orElseThrow();
    }

    private CommandContribution command(String id) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            for (ServiceReference<CommandContribution> reference : fixture.context.getServiceReferences(CommandContribution.class, null)) {
                CommandContribution command = fixture.context.getService(reference);
                if (command != null && id.equals(command.id())) {
                    return command;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no command " + id);
    }
}
