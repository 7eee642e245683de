package no.redthread.journeys.internal;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;

/**
 * Dilemma training in a 1280×800 window: the perspective, the library narrowed as the user types, a scenario in
 * full with its questions, then presentation mode driven by the keys a facilitator uses (→, Space twice, Esc), and
 * F11 for it again.
 */
final class DilemmaJourney extends Journey {

    private static final String FOSEN = "Vindkraft på Fosen";

    private Gestures gestures;

    @Override
    public String name() {
        return "dilemma";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        step("the demo is open in a 1280×800 window", () -> {
            ui.waitFor("the demo workspace", () -> workspaces().current().isPresent());
            ui.run(() -> window().setSize(1280, 800));
        });
        step("the switcher opens Dilemma: the scenario library and the first scenario", () -> {
            ToolItem item = ui.waitFor("the perspective «Dilemma»", () -> Find.toolItem(window(), "Dilemma"));
            robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
            ui.waitFor("scenarios in the library", () -> count() > 1);
            ui.waitFor("a scenario shown", () -> scenarioText().contains("Diskusjonsspørsmål"));
            shot("perspective");
        });
        int all = ui.sync(this::count);
        step("typing «reindrift» narrows the library as the user types", () -> {
            Text field = ui.waitFor("the filter field", () -> Find.first(libraryNow(), Text.class, t -> true));
            gestures.typeInto(field, "reindrift");
            ui.waitFor("fewer scenarios for «reindrift»", () -> count() > 0 && count() < all, () -> count() + " of " + all);
            shot("filtered");
        });
        step("clicking Fosen shows it in full, with its discussion questions", () -> {
            Table table = table();
            TableItem fosen = ui.waitFor("«" + FOSEN + "» in the library", () -> {
                for (TableItem row : table.getItems()) {
                    if (row.getText().startsWith(FOSEN)) {
                        return row;
                    }
                }
                return null;
            });
            org.eclipse.swt.graphics.Rectangle row = ui.sync(() -> fosen.getBounds());
            robot.click(robot.onScreen(table, row.x + 30, row.y + row.height / 2));
            ui.waitFor("Fosen's title over the scenario", () -> scenarioNow() != null && Find.label(scenarioNow(), FOSEN) != null);
            ui.waitFor("numbered questions", () -> scenarioText().contains("Diskusjonsspørsmål\n1. ") && scenarioText().contains("\n2. "));
            check(scenarioText().contains("[forslag]"), "suggested scores marked [forslag]", "none");
            shot("scenario");
            StyledText text = ui.sync(() -> Find.first(scenarioNow(), StyledText.class, t -> true));
            robot.moveTo(centre(text));
            for (int i = 0; i < 15; i++) {
                robot.wheel(true);
            }
            ui.waitFor("the text scrolled", () -> text.getTopIndex() > 0);
            shot("scenario-scrolled");
        });
        Shell[] presentation = new Shell[1];
        step("Presenter opens the scenario full screen at the first question", () -> {
            clickButton(ui.waitFor("the scenario part", this::scenarioNow), "Presenter");
            presentation[0] = ui.waitFor("the presentation", () -> Find.shell(ui.display(), "Presentasjon: " + FOSEN));
            ui.waitFor("the presentation to have the keyboard", () -> ui.display().getActiveShell() == presentation[0]);
            ui.waitFor("question 1 of 5", () -> Find.label(presentation[0], "Spørsmål 1 av 5"));
            shot("presentation");
        });
        step("→ moves to the next question", () -> {
            robot.key(SWT.ARROW_RIGHT);
            ui.waitFor("question 2 of 5", () -> Find.label(presentation[0], "Spørsmål 2 av 5"));
            shot("next-question");
        });
        step("Space starts the timer and Space stops it", () -> {
            check(clock(presentation[0]).equals("00:00"), "the timer at 00:00", clock(presentation[0]));
            robot.shortcut(' ');
            ui.waitFor("the timer counting", Duration.ofSeconds(5), () -> !clock(presentation[0]).equals("00:00"));
            robot.shortcut(' ');
            String stopped = ui.settled(() -> clock(presentation[0]));
            Ui.pause(1500);
            check(clock(presentation[0]).equals(stopped), "the timer to stand at " + stopped, clock(presentation[0]));
            shot("timer");
        });
        step("Esc closes presentation mode", () -> {
            robot.key(SWT.ESC);
            ui.waitFor("the presentation closed", () -> presentation[0].isDisposed());
            shot("closed");
        });
        step("F11 presents again, at the first question; Esc closes", () -> {
            focusWindow();
            robot.key(SWT.F11);
            Shell again = ui.waitFor("the presentation after F11", () -> Find.shell(ui.display(), "Presentasjon: " + FOSEN));
            ui.waitFor("question 1 of 5", () -> Find.label(again, "Spørsmål 1 av 5"));
            ui.waitFor("the presentation to have the keyboard", () -> ui.display().getActiveShell() == again);
            robot.key(SWT.ESC);
            ui.waitFor("the presentation closed", again::isDisposed);
        });
    }

    /** The timer's text: the label that reads mm:ss. */
    private String clock(Shell shell) {
        return ui.sync(() -> {
            Label label = Find.first(shell, Label.class, l -> l.getText().matches("\\d\\d:\\d\\d"));
            return label == null ? "" : label.getText();
        });
    }

    private Composite libraryNow() {
        return Find.part(Find.mainShell(ui.display()), "Scenarier");
    }

    /** The scenario part's content, on the UI thread, or null while it is not open. */
    private Composite scenarioNow() {
        return Find.part(Find.mainShell(ui.display()), "Scenario");
    }

    private String scenarioText() {
        return ui.sync(() -> {
            Composite part = scenarioNow();
            StyledText text = part == null ? null : Find.first(part, StyledText.class, t -> true);
            return text == null ? "" : text.getText();
        });
    }

    /** The number of scenarios listed, on the UI thread; -1 while the library is not open. */
    private int count() {
        Composite library = libraryNow();
        Table table = library == null ? null : Find.first(library, Table.class, t -> true);
        return table == null ? -1 : table.getItemCount();
    }

    private Table table() {
        return ui.waitFor("the library's list", () -> {
            Composite library = libraryNow();
            return library == null ? null : Find.first(library, Table.class, t -> true);
        });
    }
}
