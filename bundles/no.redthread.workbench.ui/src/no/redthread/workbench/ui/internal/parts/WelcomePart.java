package no.redthread.workbench.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.Messages;

/** The first page: what Redthread is and where to start. */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + WelcomePart.ID)
public final class WelcomePart implements PartDescriptor {

    public static final String ID = "no.redthread.workbench.welcome";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("welcome.label");
    }

    @Override
    public String category() {
        return Messages.get("part.category.workbench");
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new WorkbenchPart() {
            private StyledText text;

            @Override
            public void createControl(Composite parent) {
                text = new StyledText(parent, SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
                text.setMargins(24, 24, 24, 24);
                text.setText(Messages.get("welcome.text"));
                text.setLineSpacing(4);
            }

            @Override
            public void setFocus() {
                text.setFocus();
            }
        };
    }
}
