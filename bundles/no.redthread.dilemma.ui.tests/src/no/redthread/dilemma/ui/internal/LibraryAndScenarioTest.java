package no.redthread.dilemma.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.redthread.dilemma.Scenario;

/** The library part filtering as the user types, and the scenario part showing the chosen scenario in full. */
class LibraryAndScenarioTest {

    private DilemmaFixture fixture;
    private Table table;
    private Text field;
    private StyledText text;

    @BeforeEach
    void open() throws Exception {
        fixture = new DilemmaFixture();
        SashForm sash = new SashForm(fixture.shell, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new org.eclipse.swt.layout.FillLayout());
        new LibraryPart(fixture.library, fixture.names, fixture.session, fixture.site(LibraryDescriptor.ID)).createControl(left);
        new ScenarioPart(fixture.names, fixture.session, fixture.site(ScenarioDescriptor.ID)).createControl(right);
        fixture.shell.open();
        table = find(left, Table.class);
        field = find(left, Text.class);
        text = find(right, StyledText.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void typingNarrowsTheListAndTheFirstScenarioIsShownAtOnce() {
        int all = fixture.library.scenarios().size();
        assertEquals(all, table.getItemCount());
        assertTrue(fixture.session.current().isPresent(), "the first scenario is chosen when the part opens");
        field.setText("reindrift");
        int reindeer = table.getItemCount();
        assertTrue(reindeer > 0 && reindeer < all, reindeer + " of " + all);
        field.setText("reindrift fosen fornybar");
        assertEquals(1, table.getItemCount());
        assertTrue(table.getItem(0).getText().startsWith("Vindkraft på Fosen"), table.getItem(0).getText());
        assertTrue(table.getItem(0).getText().endsWith("(ekte sak)"), table.getItem(0).getText());
    }

    @Test
    void choosingAScenarioShowsItInFullWithCatalogueNamesAndMarkedSuggestions() {
        field.setText("fosen fornybar");
        table.select(0);
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Scenario fosen = fixture.fosen();
        assertEquals(fosen.id(), fixture.session.current().orElseThrow().id());
        assertEquals(List.of(fosen), fixture.selection.current(), "published for the matrix");
        String shown = text.getText();
        for (String heading : List.of("Situasjon", "Fakta og kilder", "Berørte og roller", "Bærekrafttema i spill",
                "Delmål i bærekraftsmålene i spill", "Diskusjonsspørsmål", "Måter å håndtere konflikten på")) {
            assertTrue(shown.contains(heading + "\n"), heading);
        }
        assertTrue(shown.contains("1. " + fosen.questions().get(0)), "the first question, numbered");
        assertTrue(shown.contains(fosen.facts().get(0).text() + " (kilde: " + fosen.facts().get(0).source() + ")"));
        assertTrue(shown.contains(fixture.names.theme("theme-nature-land-use")), "a theme by its catalogue name");
        assertFalse(shown.contains("theme-nature-land-use"), "no theme ids");
        assertTrue(shown.contains("[forslag]"), "suggested scores are marked");
        assertTrue(shown.contains("En ekte sak."));
        assertTrue(shown.contains("\n• " + fosen.perspectives().get(0).text() + "\n"), "a perspective in the source's words, its dimension not twice");
        assertTrue(shown.contains("\n• Eksisterende føringer: SP artikkel 27"), "the approach once");
        assertTrue(shown.contains("\n• 7.2 → 13.2: +2 [forslag] – fornybar kraft"), "the pair once, the score marked");
    }

    private static <T extends Control> T find(Composite root, Class<T> type) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
