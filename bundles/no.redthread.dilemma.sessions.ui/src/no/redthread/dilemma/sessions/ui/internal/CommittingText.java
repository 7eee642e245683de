package no.redthread.dilemma.sessions.ui.internal;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A text field that hands its value on when it loses focus (and on Enter when single-line): one command per edit,
 * not per keystroke. A refresh leaves alone what the user is typing.
 */
final class CommittingText {

    private final Text text;
    private String shown = "";

    CommittingText(Composite parent, int style, Consumer<String> commit) {
        text = new Text(parent, style);
        text.addListener(SWT.FocusOut, e -> commitIfChanged(commit));
        if ((style & SWT.MULTI) == 0) {
            text.addListener(SWT.DefaultSelection, e -> commitIfChanged(commit));
        }
    }

    private void commitIfChanged(Consumer<String> commit) {
        if (!text.getText().equals(shown)) {
            shown = text.getText();
            commit.accept(shown);
        }
    }

    /** Shows the model's value unless the user is editing the field. */
    void show(String value) {
        String next = value == null ? "" : value;
        boolean editing = text.isFocusControl() && !text.getText().equals(shown);
        if (!editing && !Objects.equals(text.getText(), next)) {
            text.setText(next);
        }
        if (!editing) {
            shown = next;
        }
    }

    Text control() {
        return text;
    }

    /** Null for an empty field, so a cleared field clears the value. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
