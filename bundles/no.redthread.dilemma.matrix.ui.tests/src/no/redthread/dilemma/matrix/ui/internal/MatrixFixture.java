package no.redthread.dilemma.matrix.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;

/** A real shell of 1280 × 800 and helpers to type into it and to fill a document with plausible scores. */
final class MatrixFixture {

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);

    MatrixFixture() {
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
    }

    void open() {
        shell.layout(true, true);
        shell.open();
        flush();
    }

    /** Dispatches events for a moment: GTK may deliver a paint a frame after the change that asked for it. */
    void flush() {
        long end = System.nanoTime() + 50_000_000L;
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }

    /** Dispatches events until the condition holds, at most for the given time. */
    void waitFor(java.util.function.BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            flush();
        }
    }

    void key(Control control, int keyCode, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        control.notifyListeners(SWT.KeyDown, event);
        flush();
    }

    void type(Control control, String characters) {
        for (char c : characters.toCharArray()) {
            key(control, c, c);
        }
    }

    void close() {
        shell.dispose();
        flush();
    }

    /** Most cells 0 or unscored, as in a real workshop; a few strong links; some cells where people disagree. */
    static void fill(MatrixDocument document, int participants, long seed) {
        Random random = new Random(seed);
        List<MatrixDocument.Edit> edits = new ArrayList<>();
        List<String> items = document.items();
        for (int p = 1; p <= participants; p++) {
            String participant = Messages.get("participant.first").replace("1", Integer.toString(p));
            for (String row : items) {
                for (String column : items) {
                    if (!row.equals(column) && random.nextDouble() < 0.6) {
                        int value = random.nextDouble() < 0.5 ? 0 : random.nextInt(7) - 3;
                        edits.add(new MatrixDocument.Edit(participant, row, column, new Score(value, "")));
                    }
                }
            }
        }
        document.edit("fill", edits);
    }
}
