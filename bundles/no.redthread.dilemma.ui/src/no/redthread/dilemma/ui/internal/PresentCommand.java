package no.redthread.dilemma.ui.internal;

import java.util.Arrays;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.CommandContribution;

/** <i>Presenter</i> (View menu, F11, the scenario part's button): the chosen scenario in presentation mode. */
@Component(service = CommandContribution.class)
public final class PresentCommand implements CommandContribution {

    public static final String ID = "no.redthread.dilemma.present";

    private final DilemmaSession session;

    @Activate
    public PresentCommand(@Reference DilemmaSession session) {
        this.session = session;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("present.command");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.VIEW;
    }

    @Override
    public String keySequence() {
        return "F11";
    }

    @Override
    public boolean isEnabled() {
        return session.current().isPresent();
    }

    @Override
    public void execute() {
        Display display = Display.getCurrent();
        // the workbench window (the one with a menu bar), also when quick access was the active shell
        Shell window = display == null ? null : Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getMenuBar() != null)
                .findFirst().orElse(display.getActiveShell());
        if (window != null) {
            session.current().ifPresent(scenario -> PresentationShell.open(window, scenario));
        }
    }
}
