package no.redthread.dilemma.sessions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Dissent;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;

/** The chosen finding's pulls, concerned plan objects, dissents and funding links, each one command that undoes. */
class FindingDetailsTest {

    @TempDir
    Path folder;

    private SessionFixture fixture;
    private FindingDetails details;
    private Session session;
    private Finding finding;

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(folder);
        details = fixture.part.details();
        var domain = fixture.workspace.editingDomain();
        var create = SessionCommands.create(domain, firstMeasure(), "Vindkraft", LocalDate.of(2026, 5, 1));
        domain.getCommandStack().execute(create);
        session = (Session) create.getResult().iterator().next();
        fixture.chosen.choose(session);
        fixture.flush();
        finding = fixture.part.findings().add(FindingKind.CONFLICT, "Kraft mot natur");
        fixture.flush();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void pullsAreChosenFromTheCatalogueShownByNameAndUndone() {
        ThemeEntry theme = fixture.catalogue.themes().get(0);
        details.pullingFor().add(theme.id());
        fixture.flush();
        assertEquals(List.of(theme.id()), finding.getPullingFor(), "the finding keeps the id");
        assertEquals(List.of(theme.nameNb()), rows(details.pullingFor().table()), "the list shows the name");

        details.pullingAgainst().add("15.5");
        fixture.flush();
        assertEquals(List.of("15.5"), finding.getPullingAgainst());
        assertEquals(List.of(theme.id()), finding.getPullingFor(), "the other direction is kept");
        String target = rows(details.pullingAgainst().table()).get(0);
        assertTrue(target.startsWith("15.5 ") && target.length() > 10, target);

        fixture.undo.undo();
        fixture.flush();
        assertEquals(List.of(), finding.getPullingAgainst());
        assertEquals(List.of(), rows(details.pullingAgainst().table()), "undo redraws the list");
        details.pullingFor().remove(theme.id());
        fixture.flush();
        assertEquals(List.of(), finding.getPullingFor());
        fixture.undo.undo();
        fixture.flush();
        assertEquals(List.of(theme.id()), finding.getPullingFor());
    }

    @Test
    void concernedPlanObjectsAreAddedRemovedAndUndone() {
        Measure measure = firstMeasure();
        List<EObject> candidates = FindingSources.planObjects(fixture.workspace.planSystem().orElseThrow());
        assertTrue(candidates.contains(measure), "the workspace's measures are offered");
        details.concerns().add(measure);
        fixture.flush();
        assertEquals(List.of(measure), finding.getConcerns());
        assertEquals(List.of(measure.getName()), rows(details.concerns().table()));
        details.concerns().remove(measure);
        fixture.flush();
        assertEquals(List.of(), finding.getConcerns());
        fixture.undo.undo();
        fixture.flush();
        assertEquals(List.of(measure), finding.getConcerns());
        fixture.undo.undo();
        fixture.flush();
        assertEquals(List.of(), finding.getConcerns());
        assertEquals(0, details.concerns().table().getTable().getItemCount());
    }

    @Test
    void eachDissentIsKeptWithItsParticipantAndUndone() {
        Participant anne = fixture.part.participants().add("Anne Haugen", "Rådgiver", "Helse");
        Participant ola = fixture.part.participants().add("Ola Nordmann", "Reineier", "Reindrift");
        fixture.part.findings().table().setSelection(new StructuredSelection(finding));
        fixture.flush();
        DissentList dissents = details.dissents();
        assertEquals(2, dissents.participant().getItemCount(), "the session's participants");
        dissents.text().setText("Uenig i konklusjonen");
        dissents.add();
        assertEquals(List.of(), finding.getDissents(), "no dissent without a participant");

        dissents.participant().select(1);
        dissents.add();
        fixture.flush();
        dissents.participant().select(0);
        dissents.text().setText("Naturen må veie tyngre");
        dissents.text().notifyListeners(SWT.DefaultSelection, new Event());
        fixture.flush();
        assertEquals(List.of(ola, anne), finding.getDissents().stream().map(Dissent::getParticipant).toList());
        assertEquals(List.of("Uenig i konklusjonen", "Naturen må veie tyngre"),
                finding.getDissents().stream().map(Dissent::getText).toList(), "each kept as written");
        assertEquals("Ola Nordmann", dissents.table().getTable().getItem(0).getText(0));
        assertEquals("", dissents.text().getText(), "the field is cleared for the next one");

        fixture.undo.undo();
        fixture.flush();
        assertEquals(1, finding.getDissents().size());
        assertEquals(1, dissents.table().getTable().getItemCount());
    }

    @Test
    void fundingLinksShowIdsWithoutTheCatalogueAndNamesWithIt() {
        fixture.workspace.editingDomain().getCommandStack().execute(FindingCommands.setFundingSchemes(
                fixture.workspace.editingDomain(), finding, List.of("klimasats")));
        fixture.flush();
        assertEquals(List.of("klimasats"), rows(details.funding().table()), "without funding installed: the id");

        SchemeNames names = new SchemeNames() {
            @Override
            public List<String> ids() {
                return List.of("klimasats", "naturrestaurering");
            }

            @Override
            public Optional<String> name(String id) {
                return Optional.of(id.equals("klimasats") ? "Klimasats" : "Restaurering av natur");
            }
        };
        FindingSources sources = new FindingSources(fixture.catalogue, () -> Optional.of(names));
        assertEquals("Klimasats", sources.schemeName("klimasats"));
        assertEquals(List.of("klimasats", "naturrestaurering"), sources.schemeIds());
        assertTrue(sources.schemesKnown());
        FindingSources without = new FindingSources(fixture.catalogue, Optional::empty);
        assertFalse(without.schemesKnown());
        assertEquals("klimasats", without.schemeName("klimasats"));

        details.funding().add("naturrestaurering");
        fixture.flush();
        assertEquals(List.of("klimasats", "naturrestaurering"), finding.getFundingSchemeIds());
        fixture.undo.undo();
        fixture.flush();
        assertEquals(List.of("klimasats"), finding.getFundingSchemeIds());
    }

    @Test
    void withoutAChosenFindingNothingCanBeAdded() {
        fixture.part.findings().table().setSelection(StructuredSelection.EMPTY);
        fixture.flush();
        details.show(null);
        details.pullingFor().add("15.5");
        assertEquals(List.of(), finding.getPullingFor());
    }

    private static List<String> rows(TableViewer table) {
        return Arrays.stream(table.getTable().getItems()).map(item -> item.getText(0)).toList();
    }

    private Measure firstMeasure() {
        return fixture.workspace.planSystem().orElseThrow().getPlans().stream().map(Plan::getMeasures)
                .flatMap(List::stream).findFirst().orElseThrow();
    }
}
