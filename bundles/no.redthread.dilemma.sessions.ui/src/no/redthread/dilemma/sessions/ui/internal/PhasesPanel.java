package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Phase;
import no.redthread.dilemma.sessions.model.PhaseKind;
import no.redthread.dilemma.sessions.model.Session;

/**
 * The session's phases in order; the chosen phase's question, notes (one command when the field loses focus) and
 * the facilitator's timer, whose running time is added to the phase when it stops.
 */
final class PhasesPanel {

    private final Edits edits;
    private final LongSupplier millis;
    private final org.eclipse.swt.widgets.List list;
    private final Label question;
    private final CommittingText notes;
    private final Button timer;
    private final Label clock;
    private List<Phase> phases = List.of();
    private Phase running;
    private long startedAt;
    private final Runnable ticker = this::tick;

    PhasesPanel(Composite parent, Edits edits, LongSupplier millis) {
        this.edits = edits;
        this.millis = millis;
        parent.setLayout(new GridLayout(3, false));
        list = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true, 1, 3));
        list.addListener(SWT.Selection, e -> showChosen());
        question = new Label(parent, SWT.WRAP);
        question.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        notes = new CommittingText(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, value -> {
            if (phase() != null) {
                edits.run(SessionCommands.setPhaseNotes(edits.domain(), phase(), CommittingText.orNull(value)));
            }
        });
        notes.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        timer = new Button(parent, SWT.PUSH);
        timer.addListener(SWT.Selection, e -> toggleTimer());
        clock = new Label(parent, SWT.NONE);
        clock.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    void show(Session session) {
        List<Phase> next = session == null ? List.of() : List.copyOf(session.getPhases());
        Phase chosen = running != null && next.contains(running) ? running : phase();
        if (running != null && running.eResource() == null) {
            running = null; // its session was undone or the workspace closed: there is nothing to add the time to
        }
        phases = next;
        list.setItems(phases.stream().map(PhasesPanel::label).toArray(String[]::new));
        int index = chosen == null ? -1 : phases.indexOf(chosen);
        list.select(index < 0 && !phases.isEmpty() ? 0 : index);
        showChosen();
    }

    private void showChosen() {
        Phase phase = phase();
        question.setText(phase == null || phase.getQuestion() == null ? "" : phase.getQuestion());
        notes.show(phase == null ? null : phase.getNotes());
        notes.control().setEnabled(phase != null);
        timer.setEnabled(phase != null && (running == null || running == phase));
        list.setEnabled(running == null);
        tick();
    }

    void toggleTimer() {
        if (running == null) {
            running = phase();
            startedAt = millis.getAsLong();
            tick();
        } else {
            Phase stopped = running;
            running = null;
            int seconds = (int) Math.max(0, (millis.getAsLong() - startedAt) / 1000);
            // a session undone meanwhile (or a closed workspace) has no phase to add the time to
            if (stopped.eResource() != null && edits.workspace().isPresent()) {
                edits.run(SessionCommands.addElapsedTime(edits.domain(), stopped, seconds));
            }
        }
        showChosen();
    }

    /** Redraws the button and the clock; while running, again in a second. */
    private void tick() {
        if (clock.isDisposed()) {
            return;
        }
        Phase phase = phase();
        long seconds = phase == null ? 0 : phase.getElapsedSeconds();
        if (running != null) {
            seconds += running == phase ? (millis.getAsLong() - startedAt) / 1000 : 0;
            clock.getDisplay().timerExec(1000, ticker);
        }
        timer.setText(Messages.get(running == null ? "timer.start" : "timer.stop"));
        clock.setText(String.format("%02d:%02d", seconds / 60, seconds % 60));
        timer.getParent().layout(new org.eclipse.swt.widgets.Control[] {timer, clock});
    }

    private static String label(Phase phase) {
        String kind = Messages.of("phase", phase.getKind());
        return phase.getKind() == PhaseKind.DISCUSSION && phase.getQuestion() != null
                ? kind + ": " + phase.getQuestion() : kind;
    }

    Phase phase() {
        int index = list.getSelectionIndex();
        return index < 0 || index >= phases.size() ? null : phases.get(index);
    }

    org.eclipse.swt.widgets.List list() {
        return list;
    }

    CommittingText notes() {
        return notes;
    }

    Button timer() {
        return timer;
    }

    Label clock() {
        return clock;
    }
}
