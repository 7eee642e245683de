package no.redthread.journeys.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The new-workspace wizard finds a municipality by name, by today's number and by its number
 * before 2024, and the folder it proposes follows the municipality chosen, also after going back.
 */
final class WizardNumbersJourney extends Journey {

    private Gestures gestures;
    private Shell wizard;

    @Override
    public String name() {
        return "municipality-numbers";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        step("Ctrl+N opens the new-workspace wizard", () -> {
            focusWindow();
            ctrl('n');
            wizard = dialog("Nytt arbeidsområde");
        });
        step("typing «Alta» chooses 5601 Alta", () -> search("Alta", "5601"));
        step("Neste proposes a folder named Alta", () -> {
            shot("alta-chosen");
            proposes("Alta");
        });
        step("after Tilbake, choosing Narvik proposes a folder named Narvik", () -> {
            clickButton(wizard, "< Tilbake");
            search("Narvik", "1806");
            proposes("Narvik");
        });
        step("the number 5601 finds Alta", () -> {
            clickButton(wizard, "< Tilbake");
            search("5601", "5601");
        });
        step("the pre-2024 number 5403 finds Alta", () -> {
            search("5403", "5601");
            shot("old-number-5403");
        });
        step("Escape closes the wizard and the demo stays open", () -> {
            robot.key(SWT.ESC);
            ui.waitFor("the wizard to close", wizard::isDisposed);
            check(ui.sync(() -> workspaces().current().isPresent()), "the demo still open", "no workspace");
        });
    }

    /** Types into the search field and expects the chosen row to be the municipality with this number. */
    private void search(String typed, String number) {
        Text filter = ui.waitFor("the search field", () -> Find.first(wizard, Text.class, t -> t.getMessage().startsWith("Skriv")));
        gestures.typeInto(filter, typed);
        Table list = ui.waitFor("the municipality list", () -> Find.first(wizard, Table.class, t -> true));
        String chosen = ui.settled(() -> list.getSelectionCount() == 1 ? list.getSelection()[0].getText()
                : list.getItemCount() + " rows, none chosen");
        check(chosen.startsWith(number), number + " chosen after typing «" + typed + "»", chosen);
    }

    private void proposes(String name) {
        clickButton(wizard, "Neste >");
        Text folder = ui.waitFor("the folder page", () -> Find.first(wizard, Text.class, t -> !t.getText().isBlank() && !t.getMessage().startsWith("Skriv")));
        String proposed = ui.sync(folder::getText);
        shot("folder-" + name);
        check(proposed.endsWith("/" + name), "a folder …/" + name, proposed);
    }
}
