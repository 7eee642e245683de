package no.redthread.dilemma.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.ScoreCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;

/**
 * What the Explorer, Properties and Undo read, through the workspace's own adapter factory (which composes this
 * bundle's item provider service), in bokmål, nynorsk and English.
 */
class LabelsTest {

    @TempDir
    Path folder;

    @Test
    void sessionPartsReadInBokmaalWithNorwegianPropertyAndHandlingNames() throws Exception {
        try (TestWorkspace test = new TestWorkspace(folder.resolve("osen"), "nb-NO")) {
            Session session = test.execute(SessionCommands.create(test.domain(), test.windPower, "Vindkraft", null),
                    Session.class);
            test.execute(SessionCommands.addMatrixItem(test.domain(), session, "7.2", "7.2", null));
            test.execute(SessionCommands.addMatrixItem(test.domain(), session, "15.5", "15.5", null));
            Participant kari = test.execute(SessionCommands.addParticipant(test.domain(), session, "Kari", "rådgiver",
                    null), Participant.class);
            test.execute(ScoreCommands.set(test.domain(), session, kari, "7.2", "15.5", -2, null));
            Finding finding = test.execute(FindingCommands.add(test.domain(), session, FindingKind.CONFLICT,
                    "Kraft mot natur"), Finding.class);
            test.execute(FindingCommands.setHandling(test.domain(), finding, Handling.FURTHER_STUDY, null));
            AdapterFactory factory = test.workspace.editingDomain().getAdapterFactory();

            assertEquals("Vindkraft", text(factory, session));
            assertEquals("Kari (rådgiver)", text(factory, kari));
            assertEquals("Innledning", text(factory, session.getPhases().get(0)));
            assertEquals("Målkonflikt: Kraft mot natur", text(factory, finding));
            assertEquals("7.2 → 15.5: −2 (Kari)", text(factory, session.getMatrix().getScores().get(0)),
                    "Norwegian numbers use the minus sign");
            IItemPropertySource properties = (IItemPropertySource) factory.adapt(finding, IItemPropertySource.class);
            assertEquals(List.of("Id", "Type", "Beskrivelse", "Trekker mot", "Trekker bort fra", "Gjelder", "Håndtering",
                    "Merknad om håndtering", "Tilskuddsordninger", "Ansvarlig", "Frist"),
                    properties.getPropertyDescriptors(finding).stream()
                            .map(descriptor -> descriptor.getDisplayName(finding)).toList());
            assertEquals("Videre utredning", properties.getPropertyDescriptor(finding, "handling")
                    .getLabelProvider(finding).getText(finding.getHandling()));
        }
    }

    @Test
    void phasesAndFindingsReadInNynorskAndEnglish() throws Exception {
        for (String[] expected : new String[][] {{"nn-NO", "Innleiing", "Vinn-vinn: Lokal kraft", "Ny dilemmaøkt om eiga sak"},
                {"en", "Introduction", "Win-win: Lokal kraft", "New dilemma session on own case"}}) {
            try (TestWorkspace test = new TestWorkspace(folder.resolve(expected[0]), expected[0])) {
                Session session = test.execute(SessionCommands.create(test.domain(), test.nature, "Natur", null),
                        Session.class);
                assertEquals(expected[3], test.workspace.commandStack().getUndoCommand().getLabel());
                Finding finding = test.execute(FindingCommands.add(test.domain(), session, FindingKind.WIN_WIN,
                        "Lokal kraft"), Finding.class);
                AdapterFactory factory = test.workspace.editingDomain().getAdapterFactory();
                assertEquals(expected[1], text(factory, session.getPhases().get(0)));
                assertEquals(expected[2], text(factory, finding));
            }
        }
    }

    private static String text(AdapterFactory factory, EObject object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }
}
