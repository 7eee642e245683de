import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;
import no.redthread.dilemma.matrix.ui.internal.MatrixDescriptor;
import no.redthread.dilemma.matrix.ui.internal.MatrixSession;
import no.redthread.dilemma.matrix.ui.internal.MemoryMatrixDocument;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * Benchmark (not a test): full redraw of the matrix editor (Samspillsmatrise) over all 169 SDG targets, 5 generated
 * participants, in a 1280 × 800 window on real SWT (run under Xvfb by bench/dilemma redraw). Two layers: one
 * participant's (a look-up per visible cell) and the group median (a median of 5 per visible cell). What is timed:
 * from {@code canvas.redraw()} until its paint listener has run, dispatching events meanwhile (GTK may paint a
 * frame later). Prints the median, minimum and maximum of N redraws after warm-up; asserts nothing. Goal: under
 * 100 ms.
 *
 * <p>Usage: {@code java -cp <swt, jface, workbench, dilemma jars> DilemmaRedrawBench.java <sdg_targets.csv> [redraws]}.
 */
public final class DilemmaRedrawBench {

    private static final int PARTICIPANTS = 5;
    private static final int WARM_UP = 10;

    private static long painted;

    public static void main(String[] args) throws Exception {
        List<String> targets = Files.readAllLines(Path.of(args[0])).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        int redraws = args.length > 1 ? Integer.parseInt(args[1]) : 51;
        Display display = new Display();
        MatrixSession session = new MatrixSession();
        MemoryMatrixDocument document = new MemoryMatrixDocument(targets, List.of());
        fill(document, new Random(42));
        session.replace(document);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 800);
        WorkbenchPart part = new MatrixDescriptor(session).createPart(site(shell));
        part.createControl(shell);
        shell.open();
        Canvas canvas = find(shell);
        canvas.addListener(SWT.Paint, e -> painted = System.nanoTime());
        settle(display);
        System.out.printf("%d × %d SDG targets, %d participants; SWT %s on %s, %d cores, window 1280x800%n",
                targets.size(), targets.size(), PARTICIPANTS, SWT.getVersion(), SWT.getPlatform(),
                Runtime.getRuntime().availableProcessors());
        report("participant layer", display, canvas, redraws);
        org.eclipse.swt.widgets.Combo layers = findCombo(shell);
        layers.select(layers.getItemCount() - 1);
        layers.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle(display);
        report("group median layer", display, canvas, redraws);
        display.dispose();
    }

    private static void report(String name, Display display, Canvas canvas, int redraws) {
        long[] times = new long[redraws];
        int missed = 0;
        for (int round = 0; round < WARM_UP + redraws; round++) {
            long start = System.nanoTime();
            painted = 0;
            canvas.redraw();
            canvas.update();
            long deadline = start + 2_000_000_000L;
            while (painted == 0 && System.nanoTime() < deadline) {
                if (!display.readAndDispatch()) {
                    display.timerExec(1, () -> { });
                    display.sleep();
                }
            }
            if (painted == 0) {
                missed++;
            } else if (round >= WARM_UP) {
                times[round - WARM_UP] = painted - start;
            }
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-20s full redraw median %6.1f ms (min %6.1f, max %6.1f, %d redraws, %d missed)%n", name,
                sorted[redraws / 2] / 1e6, sorted[0] / 1e6, sorted[redraws - 1] / 1e6, redraws, missed);
    }

    /** Most cells 0 or unscored, as in a real matrix; a few strong links. */
    private static void fill(MatrixDocument document, Random random) {
        List<MatrixDocument.Edit> edits = new ArrayList<>();
        List<String> items = document.items();
        for (int p = 1; p <= PARTICIPANTS; p++) {
            for (String row : items) {
                for (String column : items) {
                    if (!row.equals(column) && random.nextDouble() < 0.5) {
                        int value = random.nextDouble() < 0.6 ? 0 : random.nextInt(7) - 3;
                        edits.add(new MatrixDocument.Edit("p" + p, row, column, new Score(value, "")));
                    }
                }
            }
        }
        document.edit("fill", edits);
    }

    private static void settle(Display display) {
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }

    private static Canvas find(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Canvas canvas && (canvas.getStyle() & SWT.V_SCROLL) != 0) {
                return canvas;
            }
            if (child instanceof Composite composite) {
                Canvas found = find(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static org.eclipse.swt.widgets.Combo findCombo(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Combo combo) {
                return combo;
            }
            if (child instanceof Composite composite && findCombo(composite) != null) {
                return findCombo(composite);
            }
        }
        return null;
    }

    private static PartSite site(Shell shell) {
        return new PartSite() {
            @Override
            public String partId() {
                return MatrixDescriptor.ID;
            }

            @Override
            public Shell shell() {
                return shell;
            }

            @Override
            public void publishSelection(List<?> selection) {
            }

            @Override
            public void setStatusMessage(String message) {
            }

            @Override
            public void followSelection(Consumer<List<?>> listener) {
            }

            @Override
            public List<?> currentSelection() {
                return List.of();
            }
        };
    }
}
