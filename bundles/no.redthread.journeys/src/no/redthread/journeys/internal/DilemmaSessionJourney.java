package no.redthread.journeys.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;

/**
 * A dilemma session run at 1280×800 as a facilitator would: a new session in <i>Dilemmaøkt</i>, a participant named
 * in the table, then the group's scores typed into <i>Samspillsmatrise</i> (the session's own matrix), a reason by
 * Enter, Undo and Redo with the keys, and Ctrl+S writing the score and reason into the workspace's dilemma file.
 */
final class DilemmaSessionJourney extends Journey {

    private static final String REASON = "arealbeslag i reinbeiteland";
    private static final String FOSEN = "Vindkraft på Fosen";

    private Sessions sessions;

    @Override
    public String name() {
        return "dilemma-session";
    }

    @Override
    protected void run() {
        sessions = new Sessions(ui, robot);
        step("the demo is open in a 1280×800 window, in the Dilemma perspective", () -> {
            ui.waitFor("the demo workspace", () -> workspaces().current().isPresent());
            ui.run(() -> window().setSize(1280, 800));
            ToolItem item = ui.waitFor("the perspective «Dilemma»", () -> Find.toolItem(window(), "Dilemma"));
            robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
        });
        step("Fosen chosen in the library, Ny økt in Dilemmaøkt starts a session on Fosen", () -> {
            Composite library = ui.waitFor("the scenario library", () -> Find.part(window(), "Scenarier"));
            Table table = ui.waitFor("the library's list", () -> Find.first(library, Table.class, t -> t.getItemCount() > 1));
            TableItem fosen = ui.waitFor("«" + FOSEN + "» in the library", () -> java.util.Arrays.stream(table.getItems())
                    .filter(row -> row.getText().startsWith(FOSEN)).findFirst().orElse(null));
            org.eclipse.swt.graphics.Rectangle row = ui.sync(fosen::getBounds);
            robot.click(robot.onScreen(table, row.x + 30, row.y + row.height / 2));
            ui.waitFor("Fosen chosen", () -> table.getSelectionCount() == 1 && table.getSelection()[0] == fosen);
            Composite session = openPart("Dilemmaøkt");
            clickButton(session, "Ny økt");
            Combo chooser = ui.waitFor("the session chooser", () -> Find.first(session, Combo.class, c -> true));
            ui.waitFor("the new session on Fosen chosen", () -> chooser.getSelectionIndex() == 0
                    && chooser.getText().startsWith(FOSEN), chooser::getText);
            shot("new-session");
        });
        step("a participant is added and named in the table", () -> {
            Composite session = openPart("Dilemmaøkt");
            sessions.clickTab(session, "Deltakere");
            clickButton(session, "Legg til deltaker");
            Text editor = ui.waitFor("the name open for typing", () -> Find.first(session, Text.class,
                    t -> t.getParent() instanceof Table && t.isFocusControl()));
            check(ui.sync(editor::getSelectionText).equals("Ny deltaker"), "the placeholder name selected",
                    ui.sync(editor::getSelectionText));
            robot.type("Kari");
            robot.key(SWT.CR);
            Table table = ui.sync(() -> Find.first(session, Table.class, t -> true));
            ui.waitFor("Kari in the participants' table", () -> table.getItemCount() == 1
                    && table.getItem(0).getText(0).equals("Kari"), () -> table.getItem(0).getText(0));
            shot("participant");
        });
        step("a goal conflict in Funn pulls towards an SDG target chosen by name", () -> {
            Composite session = openPart("Dilemmaøkt");
            sessions.clickTab(session, "Funn");
            clickButton(session, "Legg til funn");
            sessions.clickTab(session, "Trekker");
            Composite pulls = ui.waitFor("the Trekker page", () -> Find.first(session, Composite.class,
                    c -> c.isVisible() && Find.label(c, "Trekker mot") != null && Find.button(c, "Legg til") != null));
            clickButton(pulls, "Legg til");
            Shell choose = dialog("Velg tema eller delmål");
            robot.type("15.5");
            robot.key(SWT.CR);
            ui.waitFor("the chooser closed", choose::isDisposed);
            ui.waitFor("15.5 by name among what the conflict pulls towards", () -> Find.first(pulls, Table.class,
                    t -> t.isVisible() && t.getItemCount() > 0 && t.getItem(0).getText().startsWith("15.5 ")) != null);
            shot("finding");
        });
        step("Matriseelementer lists Fosen's SDG targets as the matrix's items", () -> {
            Composite session = openPart("Dilemmaøkt");
            sessions.clickTab(session, "Matriseelementer");
            Table items = ui.waitFor("the items' table", () -> Find.first(session, Table.class,
                    t -> t.isVisible() && t.getColumnCount() == 2));
            ui.waitFor("the scenario's targets listed", () -> items.getItemCount() > 1, () -> "" + items.getItemCount());
            shot("matrix-items");
        });
        step("Samspillsmatrise shows the session's matrix with Kari's layer", () -> {
            Composite matrix = openPart("Samspillsmatrise");
            Combo layers = ui.waitFor("the layer chooser", () -> Find.first(matrix, Combo.class, c -> true));
            ui.waitFor("Kari's layer chosen", () -> layers.getText().equals("Kari"), layers::getText);
        });
        step("−2 typed into the first cell right of the diagonal, and a reason by Enter", () -> {
            Composite matrix = openPart("Samspillsmatrise");
            Canvas canvas = ui.waitFor("the heat map", () -> Find.first(matrix, Canvas.class, c -> true));
            focus(canvas);
            for (int i = 0; i < 30; i++) {
                robot.key(SWT.ARROW_UP);
                robot.key(SWT.ARROW_LEFT);
            }
            robot.key(SWT.ARROW_RIGHT);
            robot.shortcut('-');
            robot.shortcut('2');
            ui.waitFor("the cell scored −2", () -> status(matrix).contains("−2"), () -> status(matrix));
            robot.key(SWT.CR);
            Shell dialog = ui.waitFor("the reason dialog", () -> {
                Shell shell = ui.display().getActiveShell();
                return shell != null && shell.getText().startsWith("Begrunnelse for") ? shell : null;
            });
            robot.type(REASON);
            robot.key(SWT.CR);
            ui.waitFor("the dialog closed", dialog::isDisposed);
            ui.waitFor("the reason in the cell's description", () -> status(matrix).contains(REASON), () -> status(matrix));
            shot("scored");
        });
        step("Ctrl+Z takes the reason back, Ctrl+Y brings it again", () -> {
            Composite matrix = openPart("Samspillsmatrise");
            ctrl('z');
            ui.waitFor("no reason after Ctrl+Z", () -> !status(matrix).contains(REASON) && status(matrix).contains("−2"),
                    () -> status(matrix));
            ctrl('y');
            ui.waitFor("the reason again after Ctrl+Y", () -> status(matrix).contains(REASON), () -> status(matrix));
        });
        step("Ctrl+S writes the score and its reason into the workspace's dilemma file", () -> {
            focusWindow();
            ctrl('s');
            ui.waitFor("the workspace saved", () -> !workspaces().current().orElseThrow().isDirty());
            Path file = ui.sync(() -> workspaces().current().orElseThrow().folder()).resolve("modules/dilemma.json");
            String saved = read(file);
            check(saved.contains(REASON) && saved.contains("\"value\": -2") && saved.contains("\"Kari\""),
                    "Kari's −2 with its reason in " + file, saved.length() > 600 ? saved.substring(0, 600) : saved);
        });
        step("File → Eksporter writes «Målkonflikter og avveiinger» as a tagged PDF through the save dialog",
                this::export);
        step("Analyse shows the session's matrix", () -> {
            Composite analysis = openPart("Analyse");
            ui.waitFor("the analysis of the session's items", () -> Find.label(analysis, "1 deltakere med skårer") != null,
                    () -> String.valueOf(Find.first(analysis, Label.class, l -> true)));
            Ui.pause(3000); // the network is laid out in the background
            shot("analysis");
        });
    }

    private void export() {
        Path pdf = Path.of(System.getProperty("user.home"), "Målkonflikter Fosen.pdf");
        openPart("Dilemmaøkt");
        focusWindow();
        // through the menu with keys: a click waits for the UI to settle, which a native dialog's loop never lets it
        menus.fromMenuBarToNativeDialog(window(), "Fil", "Eksporter «Målkonflikter og avveiinger»");
        XTest.xdotool("search", "--sync", "--name", "Eksporter «Målkonflikter og avveiinger»");
        Ui.pause(800);
        robot.shortcutToNativeDialog('a', SWT.CTRL);
        robot.typeToNativeDialog(pdf.toString());
        robot.keyToNativeDialog(SWT.CR);
        ui.waitFor("the PDF " + pdf + " written", () -> Files.isRegularFile(pdf) && pdf.toFile().length() > 0);
        PdfCheck written = PdfCheck.of(pdf);
        String text = written.text().replaceAll("\\s+", " ");
        check(text.contains("Målkonflikter og avveiinger") && text.contains("Kari"),
                "the section's heading and the participant in the PDF", text.length() > 400 ? text.substring(0, 400) : text);
        check(written.tagged() && written.fontsNotEmbedded().isEmpty(), "a tagged PDF with its fonts embedded",
                "tagged " + written.tagged() + ", not embedded " + written.fontsNotEmbedded());
        copy(pdf, out.resolve(name() + "-export.pdf"));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix editor's description of the cell under the cursor. */
    private String status(Composite matrix) {
        return ui.sync(() -> {
            Label label = Find.first(matrix, Label.class, l -> l.getText().contains("→"));
            return label == null ? "" : label.getText();
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
