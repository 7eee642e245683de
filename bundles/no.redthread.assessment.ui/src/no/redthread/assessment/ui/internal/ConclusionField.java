package no.redthread.assessment.ui.internal;

import java.util.function.Supplier;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.Conclusion;

/**
 * The assessor's conclusion for one dimension, at the top of the dimension's tab: the text that goes into the case
 * document's "Bærekraftsvurdering". Recorded as one command when the field is left.
 */
final class ConclusionField {

    private final String dimensionId;
    private final Supplier<EditingDomain> domain;
    private final Text text;
    private Assessment assessment;

    ConclusionField(Composite parent, String dimensionId, String dimensionName, Supplier<EditingDomain> domain) {
        this.dimensionId = dimensionId;
        this.domain = domain;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.get("editor.conclusion", dimensionName));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        group.setLayout(new FillLayout());
        text = new Text(group, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setMessage(Messages.get("editor.conclusion.hint"));
        GridData data = (GridData) group.getLayoutData();
        data.heightHint = 3 * text.getLineHeight() + 24;
        text.addListener(SWT.FocusOut, e -> commit());
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true; // Tab leaves the field instead of typing a tab
            }
        });
    }

    void update(Assessment shown, boolean editable) {
        assessment = shown;
        Conclusion conclusion = AssessmentEdits.conclusion(shown, dimensionId);
        String value = conclusion == null || conclusion.getText() == null ? "" : conclusion.getText();
        if (!text.isFocusControl() && !value.equals(text.getText())) {
            text.setText(value);
        }
        text.setEditable(editable);
    }

    void commit() {
        EditingDomain editingDomain = domain.get();
        if (assessment != null && editingDomain != null && text.getEditable()) {
            AssessmentEdits.setConclusion(editingDomain, assessment, dimensionId, text.getText());
        }
    }

    Text text() {
        return text;
    }
}
