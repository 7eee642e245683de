package no.redthread.assessment.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.Question;

/**
 * One question of the assessment editor: its text (guidance as tool tip), the answer combo, the justification field
 * and the evidence button. A letter in the combo chooses the next option starting with it; Enter goes on.
 */
final class QuestionRow {

    /** What a row needs from the editor it sits in. */
    interface Host {
        Assessment assessment();

        void record(QuestionRow row, String optionId, String justification);

        void next(QuestionRow row);

        void chooseEvidence(QuestionRow row);
    }


    final Question question;
    private final Host host;
    final CTabItem tab;
    final List<AnswerOption> options;
    final Label text;
    final Combo combo;
    final Text justification;
    final Button evidence;

    QuestionRow(Composite parent, CTabItem tab, Question question, FormTemplate template, Host host) {
        this.question = question;
        this.host = host;
        this.tab = tab;
        this.options = template.scaleOf(question).options();
        text = new Label(parent, SWT.WRAP);
        text.setText(question.textNb());
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 420;
        text.setLayoutData(textData);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(options.stream().map(AnswerOption::labelNb).toArray(String[]::new));
        combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        justification = new Text(parent, SWT.SINGLE | SWT.BORDER);
        GridData justificationData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        justificationData.widthHint = 260;
        justification.setLayoutData(justificationData);
        justification.setMessage(Messages.get("editor.justification"));
        evidence = new Button(parent, SWT.PUSH);
        evidence.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        evidence.addListener(SWT.Selection, e -> host.chooseEvidence(this));
        if (!question.guidanceNb().isBlank()) {
            text.setToolTipText(question.guidanceNb());
        }
        combo.addListener(SWT.Selection, e -> chosen());
        combo.addListener(SWT.KeyDown, e -> {
            if (Character.isLetterOrDigit(e.character)) {
                e.doit = false;
                typed(e.character);
            }
        });
        combo.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                justification.setFocus();
            }
        });
        justification.addListener(SWT.DefaultSelection, e -> {
            commitJustification();
            host.next(this);
        });
        justification.addListener(SWT.FocusOut, e -> commitJustification());
    }

    /** Chooses the next option whose label starts with the typed character. */
    void typed(char typed) {
        char wanted = Character.toLowerCase(typed);
        int start = combo.getSelectionIndex();
        for (int step = 1; step <= options.size(); step++) {
            int index = Math.floorMod(start + step, options.size());
            String label = options.get(index).labelNb();
            if (!label.isEmpty() && Character.toLowerCase(label.charAt(0)) == wanted) {
                combo.select(index);
                chosen();
                return;
            }
        }
    }

    void chosen() {
        int index = combo.getSelectionIndex();
        if (index < 0) {
            return;
        }
        host.record(this, options.get(index).id(), justification.getText());
    }

    void commitJustification() {
        Answer answer = host.assessment() == null ? null : host.assessment().answerTo(question.id());
        if (answer == null || answer.getOptionId() == null) {
            return; // kept in the field until an option is chosen
        }
        String old = answer.getJustification() == null ? "" : answer.getJustification();
        if (!old.equals(justification.getText())) {
            host.record(this, answer.getOptionId(), justification.getText());
        }
    }

    boolean answered() {
        Answer answer = host.assessment() == null ? null : host.assessment().answerTo(question.id());
        if (answer == null || answer.isOrphaned() || answer.getOptionId() == null) {
            return false;
        }
        return options.stream().filter(o -> o.id().equals(answer.getOptionId())).findFirst()
                .map(o -> o.meaning() != AnswerMeaning.NOT_ASSESSED).orElse(false);
    }

    void update(boolean editable) {
        Answer answer = host.assessment().answerTo(question.id());
        int index = -1;
        if (answer != null) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).id().equals(answer.getOptionId())) {
                    index = i;
                }
            }
        }
        if (index < 0) {
            combo.deselectAll();
        } else if (combo.getSelectionIndex() != index) {
            combo.select(index);
        }
        String value = answer == null || answer.getJustification() == null ? null : answer.getJustification();
        if (value != null && !justification.isFocusControl() && !value.equals(justification.getText())) {
            justification.setText(value);
        } else if (answer == null && !justification.isFocusControl()) {
            justification.setText("");
        }
        boolean required = index >= 0 && (question.requiresJustification(options.get(index).id())
                || options.get(index).justificationRequired());
        justification.setMessage(Messages.get(required ? "editor.justification.required" : "editor.justification"));
        combo.setEnabled(editable);
        justification.setEditable(editable);
        int cited = answer == null ? 0 : answer.getEvidenceGoals().size() + answer.getEvidenceMeasures().size()
                + answer.getEvidenceIndicators().size();
        evidence.setText(Messages.get("editor.evidence", cited));
        combo.setToolTipText(answeredBy(answer));
        evidence.setToolTipText(answer == null || cited == 0 ? Messages.get("editor.evidence.tip")
                : String.join("\n", Stream.of(answer.getEvidenceGoals(), answer.getEvidenceMeasures(),
                        answer.getEvidenceIndicators()).flatMap(List::stream).map(EvidenceDialog::name).toList()));
        evidence.setEnabled(editable && answer != null && !answer.isOrphaned());
    }

    boolean hasFocus() {
        return combo.isFocusControl() || justification.isFocusControl();
    }

    boolean shown() {
        return text.getVisible();
    }

    void setShown(boolean shown) {
        for (Control control : new Control[] { text, combo, justification, evidence }) {
            control.setVisible(shown);
            ((GridData) control.getLayoutData()).exclude = !shown;
        }
    }

    void focus() {
        tab.getParent().setSelection(tab);
        combo.setFocus();
        if (tab.getControl() instanceof ScrolledComposite scrolled) {
            scrolled.showControl(combo);
        }
    }

    /** The guidance and who answered when, e.g. "… \nBesvart av kari 14.03.2025 09:30". */
    private String answeredBy(Answer answer) {
        String guidance = question.guidanceNb().isBlank() ? "" : question.guidanceNb();
        if (answer == null || answer.getAnsweredAt() == null) {
            return guidance.isEmpty() ? null : guidance;
        }
        String when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault())
                .format(answer.getAnsweredAt());
        String who = Messages.get("editor.answeredBy", answer.getAnsweredBy() == null ? "?" : answer.getAnsweredBy(), when);
        return guidance.isEmpty() ? who : guidance + "\n\n" + who;
    }
}
