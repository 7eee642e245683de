package no.redthread.journeys.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A case officer's assessment on the demo: right-click the case plan in the Explorer → Ny
 * vurdering, answer every question by keyboard, Merk som fullført, then File → Eksporter
 * bærekraftsvurdering through the GTK save dialog; the PDF is written.
 */
final class AssessmentJourney extends Journey {

    private static final String PLAN = "Saksframlegg";
    private static final String FULL_NAME = "Kari Nordmann";
    private Gestures gestures;

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        step("Window → Innstillinger → Bruker takes the user's full name", () -> {
            focusWindow();
            menus.fromMenuBar(window(), "Vindu", "Innstillinger");
            Shell preferences = dialog("Innstillinger");
            Tree pages = ui.waitFor("the preference pages", () -> Find.first(preferences, Tree.class, t -> t.getItemCount() > 0));
            TreeItem user = ui.waitFor("the page «Bruker»", () -> Find.treeItem(pages, "Bruker"));
            gestures.clickRow(pages, user);
            Text name = ui.waitFor("the field «Fullt navn»", () -> {
                var label = Find.label(preferences, "Fullt navn");
                if (label == null) {
                    return null;
                }
                var siblings = java.util.Arrays.asList(label.getParent().getChildren());
                return siblings.get(siblings.indexOf(label) + 1) instanceof Text t ? t : null;
            });
            gestures.typeInto(name, FULL_NAME);
            shot("preferences-user");
            clickButton(preferences, ui.sync(() -> Find.button(preferences, "Bruk og lukk") != null) ? "Bruk og lukk" : "OK");
            ui.waitFor("the preferences to close", preferences::isDisposed);
        });
        step("right-click on the case plan → Ny vurdering opens the assessment editor", () -> {
            focusWindow();
            Composite explorer = openPart("Utforsker");
            Tree tree = ui.waitFor("the Explorer tree", () -> Find.first(explorer, Tree.class, t -> t.getItemCount() > 0));
            TreeItem plan = ui.waitFor("the plan «" + PLAN + "…» in the Explorer", () -> Find.treeItem(tree, PLAN));
            gestures.clickRow(tree, plan);
            robot.rightClick(gestures.onScreen(tree, plan));
            menus.fromContextMenu(tree, "Ny vurdering");
            ui.waitFor("an assessment in the workspace", () -> !Models.all(workspaces(), "Assessment").isEmpty());
            openPart("Vurdering");
            shot("new-assessment");
        });
        step("every question answered by keyboard", this::answerAll);
        step("Merk som fullført completes the assessment", () -> {
            clickButton(openPart("Vurdering"), "Merk som fullført");
            ui.waitFor("the status «COMPLETED» in the model", () -> "COMPLETED".equals(status()));
            shot("completed");
        });
        step("File → Eksporter bærekraftsvurdering writes a PDF through the save dialog", this::export);
        step("the PDF names the municipality and the user by full name, is tagged, embeds its fonts and holds the chart", () -> {
            PdfCheck pdf = PdfCheck.of(out.resolve(name() + "-export.pdf"));
            String login = System.getProperty("user.name");
            check(pdf.text().contains("Røros"), "the municipality (Røros) named in the PDF", excerpt(pdf.text()));
            check(pdf.text().contains(FULL_NAME) && !pdf.text().matches("(?s).*\\b[Aa]v " + login + "\\b.*"),
                    "the user's full name «" + FULL_NAME + "», not the login «" + login + "»", excerpt(pdf.text()));
            check(pdf.tagged(), "a tagged PDF (universell utforming)", "no structure tree");
            check(pdf.fontsNotEmbedded().isEmpty(), "every font embedded", "not embedded: " + pdf.fontsNotEmbedded());
            check(pdf.figures().size() == 1 && !pdf.figures().get(0).isBlank() && !"null".equals(pdf.figures().get(0)),
                    "the summary chart as one figure with a text alternative", "figures: " + pdf.figures());
        });
        step("Ctrl+S saves the assessment", () -> {
            focusWindow();
            ctrl('s');
            ui.waitFor("the workspace saved", () -> !workspaces().current().orElseThrow().isDirty());
        });
    }

    private void answerAll() {
        Composite editor = openPart("Vurdering");
        CTabFolder dimensions = ui.waitFor("the dimension tabs", () -> Find.first(editor, CTabFolder.class, f -> f.getItemCount() > 0));
        int tabs = ui.sync(dimensions::getItemCount);
        for (int t = 0; t < tabs; t++) {
            final int index = t;
            CTabItem item = ui.sync(() -> dimensions.getItem(index));
            robot.click(robot.centre(dimensions, ui.sync(item::getBounds)));
            List<Combo> combos = ui.waitFor("the questions of «" + ui.sync(item::getText) + "»",
                    () -> { List<Combo> c = Find.all(dimensions, Combo.class, x -> true); return c.isEmpty() ? null : c; });
            for (int q = 0; q < combos.size(); q++) {
                answer(combos.get(q), t == 0 && q == 0 ? "Mindre utslipp fra transport" : null);
            }
            if (t == 0) {
                shot("answered-first-dimension");
            }
        }
        int questions = ui.sync(() -> Find.all(dimensions, Combo.class, x -> true).size());
        check(questions > 0, "questions in the editor", questions);
        ui.waitFor("all " + questions + " questions answered in the model", () -> Models.all(workspaces(), "Answer").stream()
                .filter(a -> a.eGet(feature(a, "optionId")) != null).count() >= questions);
    }

    /**
     * One question by keyboard: the first letter of an option chooses it, Enter goes to the
     * justification, Enter there goes on to the next question.
     */
    private void answer(Combo combo, String justification) {
        if (ui.sync(() -> ui.display().getFocusControl() != combo)) {
            // a click on the drop-down opens its list; a person clicks the justification and goes back with Shift+Tab
            robot.click(ui.sync(() -> justificationOf(combo)));
            robot.key(SWT.TAB, SWT.SHIFT);
            ui.waitFor("the keyboard on the question's answer", () -> ui.display().getFocusControl() == combo);
        }
        robot.type(justification == null ? "i" : "p");
        ui.waitFor("an option chosen by its first letter", () -> combo.getSelectionIndex() >= 0);
        robot.key(SWT.CR);
        ui.waitFor("the keyboard in the justification", () -> ui.display().getFocusControl() instanceof org.eclipse.swt.widgets.Text);
        if (justification != null) {
            robot.type(justification);
        }
        robot.key(SWT.CR);
    }

    private static org.eclipse.swt.widgets.Text justificationOf(Combo combo) {
        var siblings = java.util.Arrays.asList(combo.getParent().getChildren());
        return (org.eclipse.swt.widgets.Text) siblings.get(siblings.indexOf(combo) + 1);
    }

    private String status() {
        List<EObject> all = Models.all(workspaces(), "Assessment");
        return all.isEmpty() ? null : String.valueOf(all.get(0).eGet(feature(all.get(0), "status")));
    }

    private static EStructuralFeature feature(EObject object, String name) {
        return object.eClass().getEStructuralFeature(name);
    }

    private void export() {
        Path pdf = Path.of(System.getProperty("user.home"), "Saksframlegg bærekraft.pdf");
        openPart("Vurderinger");
        focusWindow();
        menus.fromMenuBarToNativeDialog(window(), "Fil", "Eksporter bærekraftsvurdering");
        XTest.xdotool("search", "--sync", "--name", "Eksporter bærekraftsvurdering");
        Ui.pause(800);
        XTest.screenshot(out.resolve(name() + "-05-save-dialog.png"));
        robot.shortcutToNativeDialog('a', SWT.CTRL);
        robot.typeToNativeDialog(pdf.toString());
        robot.keyToNativeDialog(SWT.CR);
        long end = System.nanoTime() + Ui.TIMEOUT.toNanos();
        while (!(Files.isRegularFile(pdf) && sizeOf(pdf) > 0) && System.nanoTime() < end) {
            Ui.pause(100);
        }
        check(Files.isRegularFile(pdf) && sizeOf(pdf) > 0, "the PDF " + pdf + " written", "no file");
        try {
            byte[] start = Files.readAllBytes(pdf);
            check(new String(start, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF"), "a file starting with %PDF",
                    new String(start, 0, Math.min(8, start.length), java.nio.charset.StandardCharsets.ISO_8859_1));
            Files.copy(pdf, out.resolve(name() + "-export.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new JourneyFailure("cannot read " + pdf + ": " + e.getMessage(), e);
        }
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return "«" + (flat.length() > 300 ? flat.substring(0, 300) + " …" : flat) + "»";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
