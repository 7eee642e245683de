package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.UpgradeReport;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;

/**
 * Offers to move an assessment in progress to the newest version of its worksheet (e.g. after a county updated its
 * content pack), also when the assessment's own version is no longer installed. The upgrade is one command; what it
 * did (new questions, answers kept as orphaned) is told in the editor's message line.
 */
final class UpgradeOffer {

    private final AssessmentService service;
    private final FormTemplateCatalog catalog;
    private final Consumer<String> message;
    private final Composite row;
    private final Label text;
    private final Button upgrade;
    private Assessment assessment;
    private EditingDomain domain;
    private FormTemplate newer;

    UpgradeOffer(Composite parent, AssessmentService service, FormTemplateCatalog catalog, Consumer<String> message) {
        this.service = service;
        this.catalog = catalog;
        this.message = message;
        row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        row.setLayout(layout);
        text = new Label(row, SWT.WRAP);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        upgrade = new Button(row, SWT.PUSH);
        upgrade.addListener(SWT.Selection, e -> upgrade());
    }

    void update(Assessment shown, EditingDomain editingDomain, boolean writable) {
        assessment = shown;
        domain = editingDomain;
        newer = shown == null || domain == null || !writable || shown.getStatus() != AssessmentStatus.IN_PROGRESS
                ? null : newerVersion(catalog, shown).orElse(null);
        boolean offered = newer != null;
        if (offered) {
            text.setText(Messages.get("editor.upgrade.text", newer.version(), shown.getTemplateVersion()));
            upgrade.setText(Messages.get("editor.upgrade", newer.version()));
        }
        row.setVisible(offered);
        ((GridData) row.getLayoutData()).exclude = !offered;
        row.getParent().layout(true, true);
    }

    void upgrade() {
        if (newer == null) {
            return;
        }
        UpgradeReport report = AssessmentEdits.upgrade(domain, service, assessment, newer);
        if (report != null) {
            message.accept(Messages.get("editor.upgraded", report.fromVersion(), report.toVersion(),
                    report.newQuestions().size(), report.orphaned().size()));
        }
    }

    /** The newest installed version of the assessment's worksheet if it is newer than the assessment's version. */
    static Optional<FormTemplate> newerVersion(FormTemplateCatalog catalog, Assessment assessment) {
        Optional<FormTemplate> latest = catalog.latest(assessment.getTemplateId());
        if (latest.isEmpty() || latest.get().version().equals(assessment.getTemplateVersion())) {
            return Optional.empty();
        }
        // templates() is sorted by id and version: a version that comes before the latest is older
        List<String> versions = catalog.templates().stream()
                .filter(t -> t.id().equals(assessment.getTemplateId())).map(FormTemplate::version).toList();
        int own = versions.indexOf(assessment.getTemplateVersion());
        return own < 0 || own < versions.indexOf(latest.get().version()) ? latest : Optional.empty();
    }

    Button button() {
        return upgrade;
    }
}
