package no.redthread.dilemma.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.dilemma.Scenario;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * <i>Scenario</i>: the chosen scenario in full, as read-only text with bold headings (selectable, so a facilitator
 * can copy a question), and the button that puts it on the projector.
 */
final class ScenarioPart implements WorkbenchPart {

    private final ScenarioSections sections;
    private final DilemmaSession session;
    private final PartSite site;
    private Label title;
    private Button present;
    private StyledText text;

    ScenarioPart(CatalogueNames names, DilemmaSession session, PartSite site) {
        this.sections = new ScenarioSections(names);
        this.session = session;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        title = new Label(root, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        present = new Button(root, SWT.PUSH);
        present.setText(Messages.get("present.button"));
        present.setToolTipText(Messages.get("present.tooltip"));
        present.addListener(SWT.Selection, e -> session.current().ifPresent(s -> PresentationShell.open(site.shell(), s)));
        text = new StyledText(root, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setLeftMargin(6);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Runnable stop = session.addListener(() -> {
            if (!root.isDisposed()) {
                show();
            }
        });
        root.addDisposeListener(e -> stop.run());
        show();
    }

    private void show() {
        Scenario scenario = session.current().orElse(null);
        present.setEnabled(scenario != null);
        title.setText(scenario == null ? Messages.get("scenario.none") : scenario.title());
        StringBuilder all = new StringBuilder();
        List<StyleRange> headings = new ArrayList<>();
        if (scenario != null) {
            for (ScenarioSections.Section section : sections.of(scenario)) {
                headings.add(new StyleRange(all.length(), section.heading().length(), null, null, SWT.BOLD));
                all.append(section.heading()).append('\n');
                section.lines().forEach(line -> all.append(line).append('\n'));
                all.append('\n');
            }
        }
        text.setText(all.toString());
        text.setStyleRanges(headings.toArray(StyleRange[]::new));
        title.getParent().layout(true);
    }
}
