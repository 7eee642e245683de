package no.redthread.dilemma.matrix.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import no.redthread.dilemma.matrix.InteractionScale;
import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.dilemma.matrix.ScaleLevel;
import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * Samspillsmatrise: the heat map of one participant's layer or the group median, a layer chooser, open and save
 * CSV, save as PNG, and the scale's definition of the cell under the cursor or the mouse.
 */
final class MatrixPart implements WorkbenchPart, MatrixCanvas.Host {

    /** Asks for a reason; empty when cancelled. */
    interface ReasonAsker {
        Optional<String> ask(Shell shell, String title, String reason);
    }

    private static final InteractionScale SCALE = InteractionScale.nilsson2016();

    private final MatrixSession session;
    private final PartSite site;
    private FileChoice files = FileChoice.DIALOG;
    private ReasonAsker reasons = MatrixPart::askWithDialog;
    private Combo layers;
    private MatrixCanvas canvas;
    private Label status;
    private Layer layer;

    MatrixPart(MatrixSession session, PartSite site) {
        this.session = session;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        new Label(root, SWT.NONE).setText(Messages.get("matrix.layer"));
        layers = new Combo(root, SWT.READ_ONLY);
        layers.addListener(SWT.Selection, e -> refresh());
        button(root, "matrix.open", this::open);
        button(root, "matrix.saveCsv", this::saveCsv);
        button(root, "matrix.savePng", this::savePng);
        canvas = new MatrixCanvas(root, this);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));
        Label legend = new Label(root, SWT.WRAP);
        legend.setText(Messages.get("matrix.legend"));
        legend.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));
        Runnable stop = session.addListener(this::refresh);
        root.addDisposeListener(e -> stop.run());
        refresh();
    }

    private static void button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.addListener(SWT.Selection, e -> action.run());
    }

    /** Shows the document as it is now, keeping the chosen layer when it still exists. */
    void refresh() {
        if (layers.isDisposed()) {
            return;
        }
        MatrixDocument document = session.document();
        String chosen = layer == null ? null : layers.getText();
        List<String> participants = document.participants();
        String[] names = new String[participants.size() + 1];
        for (int i = 0; i < participants.size(); i++) {
            names[i] = document.participantName(participants.get(i));
        }
        names[participants.size()] = Messages.get("matrix.median");
        layers.setItems(names);
        int index = chosen == null ? 0 : Math.max(0, layers.indexOf(chosen));
        layers.select(index);
        layer = new Layer(document, index < participants.size() ? participants.get(index) : null);
        canvas.show(layer);
        show(canvas.cursor().y, canvas.cursor().x);
        layers.getParent().layout(true);
    }

    /** Shows a participant's layer, found by key or by name, or the median when null. */
    void choose(String participant) {
        List<String> keys = session.document().participants();
        int index = participant == null ? keys.size() : keys.indexOf(participant);
        if (index < 0) {
            index = Math.max(0, layers.indexOf(participant));
        }
        layers.select(index);
        refresh();
    }

    @Override
    public void show(int row, int column) {
        String text = describe(row, column);
        status.setText(text);
        canvas.control().setToolTipText(text);
        site.setStatusMessage(text);
    }

    /** The cell in words: which item affects which, the score with the scale's name and definition, the reason. */
    String describe(int row, int column) {
        String from = layer.item(row);
        String to = layer.item(column);
        if (row == column) {
            return Messages.get("matrix.cellDiagonal", from);
        }
        OptionalDouble value = layer.value(row, column);
        if (value.isEmpty()) {
            return Messages.get("matrix.cellEmpty", from, to);
        }
        ScaleLevel level = SCALE.level((int) Math.round(value.getAsDouble()));
        Locale locale = Locale.getDefault();
        String reason = layer.reason(row, column);
        String text = Messages.get("matrix.cell", from, to, ScoreText.format(value.getAsDouble()), level.name(locale),
                level.definition(locale));
        text = reason.isEmpty() ? text : text + " " + Messages.get("matrix.reason", reason);
        return layer.disagreement(row, column) ? text + " " + Messages.get("matrix.disagreement") : text;
    }

    @Override
    public void askReason(int row, int column) {
        Optional<Score> score = layer.document().score(layer.participant(), layer.item(row), layer.item(column));
        if (score.isEmpty()) {
            refuse(Messages.get("matrix.reasonFirst"));
            return;
        }
        String title = Messages.get("matrix.reasonTitle", layer.item(row), layer.item(column));
        reasons.ask(canvas.control().getShell(), title, score.get().reason()).ifPresent(reason -> layer.document()
                .edit(Messages.get("matrix.undoReason", layer.item(row), layer.item(column)),
                        List.of(new MatrixDocument.Edit(layer.participant(), layer.item(row), layer.item(column),
                                new Score(score.get().value(), reason.strip())))));
    }

    @Override
    public void refuse(String message) {
        status.setText(message);
        site.setStatusMessage(message);
    }

    private void open() {
        Shell shell = canvas.control().getShell();
        files.choose(shell, false, "", "csv").ifPresent(file -> {
            try {
                choose(MatrixFiles.open(session, file));
            } catch (MatrixCsvException e) {
                MessageDialog.openError(shell, Messages.get("matrix.openFailed"), e.getMessage());
            }
        });
    }

    private void saveCsv() {
        if (!layer.editable()) {
            refuse(Messages.get("matrix.saveMedian"));
            return;
        }
        String name = layer.document().participantName(layer.participant());
        save("csv", name + ".csv", file -> MatrixFiles.save(layer.document(), layer.participant(), file));
    }

    private void savePng() {
        save("png", Messages.get("matrix.pngName"), file -> Snapshots.savePng(canvas.control(), file));
    }

    interface Write {
        void to(Path file) throws IOException;
    }

    private void save(String extension, String name, Write write) {
        Shell shell = canvas.control().getShell();
        files.choose(shell, true, name, extension).ifPresent(file -> {
            try {
                write.to(file);
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(shell, Messages.get("matrix.saveFailed"),
                        Messages.get("matrix.saveFailedText", file, e.getMessage()));
            }
        });
    }

    private static Optional<String> askWithDialog(Shell shell, String title, String reason) {
        InputDialog dialog = new InputDialog(shell, title, Messages.get("matrix.reasonPrompt"), reason, null);
        return dialog.open() == Window.OK ? Optional.of(dialog.getValue()) : Optional.empty();
    }

    @Override
    public UndoContext undoContext() {
        return session.document().undoContext();
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    MatrixCanvas canvas() {
        return canvas;
    }

    Label status() {
        return status;
    }

    void setFiles(FileChoice choice) {
        files = choice;
    }

    void setReasons(ReasonAsker asker) {
        reasons = asker;
    }
}
