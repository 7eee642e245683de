package no.redthread.dilemma.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Presentation mode for the projector: a full-screen shell in large type with the scenario's title and setting, the
 * current discussion question and the facilitator's timer. Arrow keys and PageUp/PageDown move between questions,
 * Space starts and stops the timer, R resets it, Esc closes.
 */
final class PresentationShell {

    private static final int TICK_MS = 250;
    private static final int MIN_QUESTION_HEIGHT = 12;

    private final Shell shell;
    private final QuestionCursor cursor;
    private final FacilitatorTimer timer = new FacilitatorTimer(System::currentTimeMillis);
    private final List<Font> fonts = new ArrayList<>();
    private final Label position;
    private final Label question;
    private final Label clock;
    private final int questionHeight;
    /** The question's type as last fitted to its room. */
    private Font fitted;

    private PresentationShell(Shell parent, no.redthread.dilemma.Scenario scenario) {
        cursor = new QuestionCursor(scenario.questions());
        shell = new Shell(parent, SWT.NO_TRIM);
        shell.setText(Messages.get("present.title", scenario.title()));
        Rectangle screen = parent.getMonitor().getBounds();
        shell.setBounds(screen);
        shell.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = screen.height / 16;
        layout.verticalSpacing = screen.height / 40;
        shell.setLayout(layout);
        int base = Math.max(14, screen.height / 32);
        int width = screen.width - 2 * layout.marginWidth;
        label(scenario.title(), base * 3 / 2, SWT.BOLD, width, false);
        label(scenario.setting(), base * 3 / 5, SWT.NORMAL, width, false);
        position = label("", base * 3 / 4, SWT.ITALIC, width, false);
        questionHeight = base * 3 / 2;
        question = label("", questionHeight, SWT.NORMAL, width, true);
        clock = new Label(shell, SWT.NONE);
        style(clock, base * 2, SWT.BOLD);
        clock.setLayoutData(new GridData(SWT.BEGINNING, SWT.END, false, false));
        Label hint = new Label(shell, SWT.WRAP | SWT.RIGHT);
        style(hint, Math.max(10, base / 2), SWT.NORMAL);
        hint.setText(Messages.get("present.keys"));
        hint.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        Listener keys = this::key;
        shell.getDisplay().addFilter(SWT.KeyDown, keys);
        shell.getDisplay().addFilter(SWT.Traverse, keys);
        shell.addDisposeListener(e -> {
            e.display.removeFilter(SWT.KeyDown, keys);
            e.display.removeFilter(SWT.Traverse, keys);
            fonts.forEach(Font::dispose);
            if (fitted != null) {
                fitted.dispose();
            }
        });
        showQuestion();
        showClock();
    }

    /** Opens presentation mode over the whole monitor of the parent window. */
    static PresentationShell open(Shell parent, no.redthread.dilemma.Scenario scenario) {
        PresentationShell presentation = new PresentationShell(parent, scenario);
        presentation.shell.setFullScreen(true);
        presentation.shell.open();
        presentation.shell.forceActive();
        return presentation;
    }

    Shell shell() {
        return shell;
    }

    String questionText() {
        return question.getText();
    }

    /** Whether the whole question fits the room it has. */
    boolean questionFits() {
        return question.computeSize(question.getBounds().width, SWT.DEFAULT).y <= question.getBounds().height;
    }

    String clockText() {
        return clock.getText();
    }

    boolean timerRunning() {
        return timer.isRunning();
    }

    private void key(Event event) {
        if (shell.isDisposed() || !(event.widget instanceof Control control) || control.getShell() != shell) {
            return;
        }
        if (event.type == SWT.Traverse) {
            event.doit = false; // no traversal here: every key arrives as a KeyDown
            return;
        }
        switch (event.keyCode) {
            case SWT.ARROW_RIGHT, SWT.ARROW_DOWN, SWT.PAGE_DOWN -> move(true);
            case SWT.ARROW_LEFT, SWT.ARROW_UP, SWT.PAGE_UP -> move(false);
            case ' ' -> toggleTimer();
            case 'r' -> {
                timer.reset();
                showClock();
            }
            case SWT.ESC -> shell.close();
            default -> {
                return;
            }
        }
        event.doit = false;
    }

    private void move(boolean forward) {
        if (forward) {
            cursor.next();
        } else {
            cursor.previous();
        }
        showQuestion();
    }

    private void toggleTimer() {
        timer.toggle();
        showClock();
        if (timer.isRunning()) {
            tick();
        }
    }

    private void tick() {
        shell.getDisplay().timerExec(TICK_MS, () -> {
            if (!shell.isDisposed() && timer.isRunning()) {
                showClock();
                tick();
            }
        });
    }

    private void showQuestion() {
        position.setText(cursor.isEmpty() ? Messages.get("present.noQuestions")
                : Messages.get("present.position", cursor.index() + 1, cursor.count()));
        question.setText(cursor.current());
        shell.layout(true, true);
        fitQuestion();
    }

    /** A long question gets smaller type until it fits the room left for it, rather than being cut off. */
    private void fitQuestion() {
        FontData[] data = question.getFont().getFontData();
        data[0].setHeight(questionHeight);
        while (true) {
            Font font = new Font(shell.getDisplay(), data);
            question.setFont(font);
            if (fitted != null) {
                fitted.dispose();
            }
            fitted = font;
            Rectangle room = question.getBounds();
            int needed = question.computeSize(room.width, SWT.DEFAULT).y;
            if (needed <= room.height || data[0].getHeight() <= MIN_QUESTION_HEIGHT) {
                break;
            }
            data[0].setHeight(Math.max(MIN_QUESTION_HEIGHT, data[0].getHeight() * 9 / 10));
        }
    }

    private void showClock() {
        clock.setText(timer.display());
        clock.setForeground(shell.getDisplay().getSystemColor(timer.isRunning() ? SWT.COLOR_GREEN : SWT.COLOR_WHITE));
        clock.getParent().layout(true);
    }

    private Label label(String text, int height, int style, int width, boolean grab) {
        Label label = new Label(shell, SWT.WRAP);
        style(label, height, style);
        label.setText(text == null ? "" : text);
        GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, grab, 2, 1);
        data.widthHint = width;
        if (grab) {
            data.verticalAlignment = SWT.FILL;
            data.heightHint = 1; // only the room the others leave; fitQuestion sizes the type to it
        }
        label.setLayoutData(data);
        return label;
    }

    private void style(Label label, int height, int style) {
        FontData[] data = label.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight(height);
            each.setStyle(style);
        }
        Font font = new Font(label.getDisplay(), data);
        fonts.add(font);
        label.setFont(font);
        label.setBackground(shell.getBackground());
        Color white = label.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        label.setForeground(white);
    }
}
