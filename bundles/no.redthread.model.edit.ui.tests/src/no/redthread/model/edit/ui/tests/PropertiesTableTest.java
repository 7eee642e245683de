package no.redthread.model.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.edit.ui.PropertiesTable;
import no.redthread.model.edit.ui.internal.ChoiceDialog;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanStatus;

/** The properties table edits through cell editors, and every edit is an undoable command on the domain. */
class PropertiesTableTest {

    private final EditFixture fixture = new EditFixture();
    private final CommandStack commands = fixture.domain.getCommandStack();
    private PropertiesTable properties;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsThePropertiesWithNorwegianNamesAndValues() {
        open(fixture.measure());
        assertEquals(List.of("Id", "Navn", "Ansvarlig enhet", "Kostnad per år", "Startår", "Sluttår", "Finansiering",
                "Følger opp mål"), column(0));
        assertEquals("Trygge skoleveier", row("Navn").getText(1));
        assertEquals("Ikke finansiert", row("Finansiering").getText(1));
        assertTrue(row("Kostnad per år").getText(1).matches("250[\\s\\u00a0\\u202f]000"), row("Kostnad per år").getText(1));
    }

    @Test
    void editingTheNameIsOneCommandThatUndoes() {
        Goal goal = fixture.plan.getGoals().get(0);
        open(goal);
        typeInto("Navn", "God psykisk helse");

        assertEquals("God psykisk helse", goal.getName());
        assertEquals("God psykisk helse", row("Navn").getText(1));
        assertTrue(commands.canUndo());
        assertTrue(commands.getUndoCommand() instanceof SetCommand, String.valueOf(commands.getUndoCommand()));
        commands.undo();
        EditFixture.pump();
        assertEquals("Bedre folkehelse", goal.getName());
        assertEquals("Bedre folkehelse", row("Navn").getText(1), "the table follows undo");
        assertFalse(commands.canUndo());
    }

    @Test
    void aDateThatDoesNotParseChangesNothingAndSaysWhy() {
        open(fixture.plan);
        typeInto("Vedtaksdato", "20.06.2024");
        assertNull(fixture.plan.getAdoptionDate());
        assertFalse(commands.canUndo(), "no command for text that does not parse");
        assertTrue(properties.getMessage().contains("«20.06.2024» er ikke en dato"), properties.getMessage());
        assertTrue(properties.getMessage().contains("ÅÅÅÅ-MM-DD"), properties.getMessage());

        typeInto("Vedtaksdato", "2024-06-20");
        assertEquals(LocalDate.of(2024, 6, 20), fixture.plan.getAdoptionDate());
        assertEquals("", properties.getMessage());
        assertEquals("2024-06-20", row("Vedtaksdato").getText(1));
    }

    @Test
    void numbersAcceptNorwegianGroupingAndRejectText() {
        Measure measure = fixture.measure();
        open(measure);
        typeInto("Kostnad per år", "300 000,5");
        assertEquals(300_000.5, measure.getCostPerYear(), 0.0001);
        typeInto("Startår", "tjuetjuefem");
        assertNull(measure.getStartYear());
        assertTrue(properties.getMessage().contains("er ikke et heltall"), properties.getMessage());
        typeInto("Startår", "2025");
        assertEquals(2025, measure.getStartYear());
        typeInto("Startår", "");
        assertNull(measure.getStartYear(), "empty text clears an optional number");
        commands.undo();
        assertEquals(2025, measure.getStartYear());
    }

    @Test
    void enumsAreChosenFromTheirNorwegianNames() {
        open(fixture.plan);
        properties.getViewer().editElement(row("Status").getData(), 1);
        CCombo combo = EditFixture.visibleChild(table(), CCombo.class);
        assertEquals(List.of("Utkast", "På høring", "Vedtatt", "Utløpt"), Arrays.asList(combo.getItems()));
        combo.select(2);
        combo.notifyListeners(SWT.Selection, new Event());
        applyIfEditing();
        assertEquals(PlanStatus.ADOPTED, fixture.plan.getStatus());
        assertEquals("Vedtatt", row("Status").getText(1));
    }

    @Test
    void aSingleReferenceIsPickedInTheFilteredDialog() {
        Plan landUse = fixture.system.getPlans().get(1);
        open(landUse);
        pickInDialog("Følger opp", dialog -> {
            dialog.filter().setText("samfunn");
            assertEquals(1, dialog.list().getTable().getItemCount(), "the filter leaves one plan");
            dialog.list().getTable().setSelection(0);
            dialog.list().getTable().notifyListeners(SWT.Selection, new Event());
        });
        assertEquals(fixture.plan, landUse.getFollows());
        assertEquals("Plan: Kommuneplanens samfunnsdel", row("Følger opp").getText(1));

        pickInDialog("Følger opp", dialog -> {
            Table list = dialog.list().getTable();
            assertEquals("(ingen)", list.getItem(0).getText());
            list.setSelection(0);
            list.notifyListeners(SWT.Selection, new Event());
        });
        assertNull(landUse.getFollows(), "(ingen) clears the reference");
        commands.undo();
        assertEquals(fixture.plan, landUse.getFollows());
        commands.undo();
        assertNull(landUse.getFollows());
    }

    @Test
    void aMultipleReferenceIsTickedInTheDialogAndUndoneAtOnce() {
        Measure measure = fixture.measure();
        open(measure);
        pickInDialog("Følger opp mål", dialog -> {
            Table list = dialog.list().getTable();
            assertEquals(2, list.getItemCount(), "the goals of the resource set");
            for (TableItem item : list.getItems()) {
                tick(list, item);
            }
        });
        assertEquals(fixture.plan.getGoals(), measure.getFollows());
        commands.undo();
        assertTrue(measure.getFollows().isEmpty(), "one undo takes back the whole choice");
    }

    @Test
    void valuesFollowChangesOfTheObjectsTheyReferTo() {
        Measure measure = fixture.measure();
        Goal goal = fixture.plan.getGoals().get(0);
        measure.getFollows().add(goal);
        open(measure);
        assertEquals("Mål: Bedre folkehelse", row("Følger opp mål").getText(1));
        commands.execute(SetCommand.create(fixture.domain, goal, PlanPackage.Literals.GOAL__NAME, "God psykisk helse"));
        EditFixture.pump();
        assertEquals("Mål: God psykisk helse", row("Følger opp mål").getText(1));
    }

    @Test
    void theIdIsShownButNotEditable() {
        open(fixture.measure());
        properties.getViewer().editElement(row("Id").getData(), 1);
        assertFalse(properties.getViewer().isCellEditorActive());
    }

    private void open(Object input) {
        properties = new PropertiesTable(fixture.shell, fixture.domain);
        properties.setInput(input);
        fixture.open();
    }

    private void typeInto(String property, String text) {
        properties.getViewer().editElement(row(property).getData(), 1);
        Text editor = EditFixture.visibleChild(table(), Text.class);
        editor.setText(text);
        properties.getViewer().applyEditorValue();
        EditFixture.pump();
    }

    /** Presses the "..." button of a reference, lets the dialog be worked on, and presses OK. */
    private void pickInDialog(String property, Consumer<ChoiceDialog> work) {
        properties.getViewer().editElement(row(property).getData(), 1);
        Composite cell = EditFixture.visibleChild(table(), Composite.class);
        Button button = EditFixture.visibleChild(cell, Button.class);
        AssertionError[] failure = new AssertionError[1];
        EditFixture.display().asyncExec(() -> {
            Shell dialogShell = Arrays.stream(EditFixture.display().getShells())
                    .filter(shell -> shell.getData() instanceof ChoiceDialog).findFirst().orElseThrow();
            try {
                work.accept((ChoiceDialog) dialogShell.getData());
            } catch (AssertionError e) {
                failure[0] = e;
            }
            dialogShell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        button.notifyListeners(SWT.Selection, new Event());
        EditFixture.pump();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void tick(Table list, TableItem item) {
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        list.notifyListeners(SWT.Selection, event);
    }

    private void applyIfEditing() {
        if (properties.getViewer().isCellEditorActive()) {
            properties.getViewer().applyEditorValue();
        }
        EditFixture.pump();
    }

    private Table table() {
        return properties.getViewer().getTable();
    }

    private TableItem row(String name) {
        return Arrays.stream(table().getItems()).filter(item -> item.getText(0).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name + " in " + column(0)));
    }

    private List<String> column(int index) {
        return Arrays.stream(table().getItems()).map(item -> item.getText(index)).toList();
    }
}
