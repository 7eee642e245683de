package no.redthread.funding.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import no.redthread.funding.FundingScheme;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * Every field of the selected scheme, its source, last-checked date and the pack it comes from; the address opens in
 * the system browser (the link, or the button with its mnemonic); <i>Søk om tilskudd</i> runs the command.
 */
final class DetailPart implements WorkbenchPart {

    private final PartSite site;
    private final Supplier<LocalDate> today;
    private final FacetLabels labels;
    private final Function<String, String> packName;
    private final Consumer<String> browser;
    private final Supplier<WorkbenchNavigation> navigation;
    private ScrolledComposite scroll;
    private Composite content;
    private Font bold;
    private FundingScheme scheme;
    private final List<Control> values = new java.util.ArrayList<>();
    private int keyWidth;

    DetailPart(PartSite site, Supplier<LocalDate> today, FacetLabels labels, Function<String, String> packName,
            Consumer<String> browser, Supplier<WorkbenchNavigation> navigation) {
        this.site = site;
        this.today = today;
        this.labels = labels;
        this.packName = packName;
        this.browser = browser;
        this.navigation = navigation;
    }

    @Override
    public void createControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(2, false));
        scroll.setContent(content);
        FontData data = parent.getFont().getFontData()[0];
        bold = new Font(parent.getDisplay(), data.getName(), Math.round(data.getHeight() * 1.2f), SWT.BOLD);
        scroll.addDisposeListener(e -> bold.dispose());
        scroll.addListener(SWT.Resize, e -> relayout());
        site.followSelection(this::follow);
        follow(site.currentSelection());
        if (scheme == null) {
            show(null);
        }
    }

    private void follow(List<?> selection) {
        selection.stream().filter(FundingScheme.class::isInstance).map(FundingScheme.class::cast).findFirst()
                .ifPresent(this::show);
    }

    void show(FundingScheme shown) {
        if (content.isDisposed()) {
            return;
        }
        scheme = shown;
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        values.clear();
        keyWidth = 0;
        if (shown == null) {
            wide(new Label(content, SWT.WRAP)).setText(Messages.get("detail.empty"));
        } else {
            Label title = wide(new Label(content, SWT.WRAP));
            title.setFont(bold);
            title.setText(shown.nameNb());
            wide(new Label(content, SWT.WRAP)).setText(Messages.get("notice.deadlines"));
            for (SchemeFacts.Fact fact : SchemeFacts.of(shown, today.get(), labels, packName)) {
                Label key = new Label(content, SWT.NONE);
                key.setText(fact.label());
                key.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
                keyWidth = Math.max(keyWidth, key.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
                value(fact);
            }
            buttons(shown);
        }
        relayout();
    }

    FundingScheme scheme() {
        return scheme;
    }

    Composite content() {
        return content;
    }

    private void value(SchemeFacts.Fact fact) {
        if ("url".equals(fact.key())) {
            Link link = new Link(content, SWT.WRAP);
            link.setText("<a>" + fact.text().replace("&", "&&") + "</a>");
            link.addListener(SWT.Selection, e -> browser.accept(fact.text()));
            link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            values.add(link);
        } else {
            Label text = new Label(content, SWT.WRAP);
            text.setText(fact.text().replace("&", "&&"));
            text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            values.add(text);
        }
    }

    private void buttons(FundingScheme shown) {
        Composite row = wide(new Composite(content, SWT.NONE));
        row.setLayout(new GridLayout(2, false));
        if (shown.url() != null) {
            Button open = new Button(row, SWT.PUSH);
            open.setText(Messages.get("detail.openUrl"));
            open.addListener(SWT.Selection, e -> browser.accept(shown.url().toString()));
        }
        Button apply = new Button(row, SWT.PUSH);
        apply.setText(Messages.get("apply.command"));
        apply.addListener(SWT.Selection, e -> {
            site.publishSelection(List.of(shown)); // the command applies to the selected scheme
            WorkbenchNavigation shownNavigation = navigation.get();
            if (shownNavigation != null) {
                shownNavigation.runCommand(ApplyCommand.ID);
            }
        });
    }

    private <T extends Control> T wide(T control) {
        control.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return control;
    }

    private void relayout() {
        int width = scroll.getClientArea().width;
        // wrapping labels need a width hint, or they ask for one line's width and widen the part
        int valueWidth = Math.max(120, width - keyWidth - 40);
        values.forEach(value -> ((GridData) value.getLayoutData()).widthHint = valueWidth);
        for (Control child : content.getChildren()) {
            if (child instanceof Label label && (label.getStyle() & SWT.WRAP) != 0 && !values.contains(label)) {
                ((GridData) label.getLayoutData()).widthHint = Math.max(120, width - 20);
            }
        }
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(width, SWT.DEFAULT));
    }

    @Override
    public void setFocus() {
        content.setFocus();
    }
}
