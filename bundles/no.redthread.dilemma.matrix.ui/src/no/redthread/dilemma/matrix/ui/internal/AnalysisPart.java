package no.redthread.dilemma.matrix.ui.internal;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.MatrixAnalysis;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * Analyse: the group matrix's ranking (net and second-order influence), Vester's roles and the network, redrawn
 * whenever the matrix changes. Each picture can be saved as PNG.
 */
final class AnalysisPart implements WorkbenchPart {

    static final int DELAY_MS = 300;

    private final MatrixSession session;
    private FileChoice files = FileChoice.DIALOG;
    private RankingChart ranking;
    private QuadrantChart quadrant;
    private NetworkCanvas network;
    private Label summary;
    private boolean pending;

    AnalysisPart(MatrixSession session) {
        this.session = session;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sides = new SashForm(root, SWT.HORIZONTAL);
        ranking = new RankingChart(sides);
        SashForm right = new SashForm(sides, SWT.VERTICAL);
        quadrant = new QuadrantChart(right);
        network = new NetworkCanvas(right);
        sides.setWeights(2, 3);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "analysis.saveRanking", ranking.chart());
        button(buttons, "analysis.saveRoles", quadrant.chart());
        button(buttons, "analysis.saveNetwork", network.control());
        Runnable stop = session.addListener(this::refreshSoon);
        root.addDisposeListener(e -> stop.run());
        refresh();
    }

    private void button(Composite parent, String key, Control picture) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.addListener(SWT.Selection, e -> files.choose(parent.getShell(), true,
                Messages.get(key + ".file"), "png").ifPresent(file -> {
                    try {
                        Snapshots.savePng(picture, file);
                    } catch (IOException | RuntimeException ex) {
                        MessageDialog.openError(parent.getShell(), Messages.get("matrix.saveFailed"),
                                Messages.get("matrix.saveFailedText", file, ex.getMessage()));
                    }
                }));
    }

    /**
     * Refreshes once typing pauses: every score typed in the editor changes the matrix, and the analysis with the
     * network layout of a large matrix takes longer than a keystroke.
     */
    private void refreshSoon() {
        if (!pending && !summary.isDisposed()) {
            pending = true;
            summary.getDisplay().timerExec(DELAY_MS, () -> {
                pending = false;
                refresh();
            });
        }
    }

    void refresh() {
        if (summary.isDisposed()) {
            return;
        }
        InteractionMatrix matrix = session.document().matrix();
        MatrixAnalysis analysis = MatrixAnalysis.of(matrix);
        summary.setText(Messages.get("analysis.summary", matrix.items().size(), matrix.participants().size(),
                matrix.disagreements().size()));
        ranking.show(analysis.ranking());
        quadrant.show(analysis.roles());
        network.show(matrix.items(), matrix.groupScores());
        summary.getParent().layout(true);
    }

    RankingChart ranking() {
        return ranking;
    }

    QuadrantChart quadrant() {
        return quadrant;
    }

    NetworkCanvas network() {
        return network;
    }

    void setFiles(FileChoice choice) {
        files = choice;
    }
}
