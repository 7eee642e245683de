package no.redthread.portfolio.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.portfolio.PortfolioService;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.WorkbenchNavigation;

/** File → Ny portefølje…: creates the workspaces, then shows the new portfolio in the Portefølje view. */
@Component(service = CommandContribution.class)
public final class NewPortfolioCommand implements CommandContribution {

    public static final String ID = "no.redthread.portfolio.new";

    private final PortfolioService portfolios;
    private final PortfolioChoice choice;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public NewPortfolioCommand(@Reference PortfolioService portfolios, @Reference PortfolioChoice choice) {
        this.portfolios = portfolios;
        this.choice = choice;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("command.new");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.FILE;
    }

    @Override
    public void execute() {
        Shell shell = Display.getCurrent().getActiveShell();
        NewPortfolioDialog dialog = new NewPortfolioDialog(shell, portfolios,
                Path.of(System.getProperty("user.home"), "Redthread"));
        if (dialog.open() == Window.OK) {
            WorkbenchNavigation showing = navigation;
            if (showing != null) {
                showing.showPart(PortfolioDescriptor.ID);
            }
            choice.choose(dialog.created().name());
        }
    }
}
