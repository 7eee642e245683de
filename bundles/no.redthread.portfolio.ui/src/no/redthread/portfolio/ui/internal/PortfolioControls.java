package no.redthread.portfolio.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.chains.Chain;

/** The view's widgets above and below the table; {@link PortfolioPart} wires them. */
final class PortfolioControls {

    final List<Chain> chains;
    final Combo portfolio;
    final Text filter;
    final Button add;
    final Button remove;
    Combo chain;
    Button run;
    Button cancel;
    Button report;
    Label status;

    PortfolioControls(Composite parent, List<Chain> chains) {
        this.chains = chains;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(Messages.get("label.portfolio"));
        portfolio = new Combo(bar, SWT.READ_ONLY);
        portfolio.setLayoutData(new GridData(180, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(Messages.get("label.filter"));
        filter = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.get("filter.hint"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add = button(bar, "button.add");
        add.setToolTipText(Messages.get("button.add.tip"));
        remove = button(bar, "button.remove");
        remove.setToolTipText(Messages.get("button.remove.tip"));
    }

    void createRunBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(Messages.get("label.chain"));
        chain = new Combo(bar, SWT.READ_ONLY);
        chain.setItems(chains.stream().map(Chain::name).toArray(String[]::new));
        if (!chains.isEmpty()) {
            chain.select(0);
        }
        run = button(bar, "button.run");
        cancel = button(bar, "button.cancel");
        report = button(bar, "button.report");
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private static Button button(Composite bar, String key) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(Messages.get(key));
        return button;
    }
}
