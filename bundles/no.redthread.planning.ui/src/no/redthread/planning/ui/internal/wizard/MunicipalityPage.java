package no.redthread.planning.ui.internal.wizard;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import no.redthread.core.catalogue.Municipality;
import no.redthread.planning.ui.internal.Messages;

/**
 * Choose the municipality by typing part of its name or number (type-ahead over the 357), or a number or name it
 * had since 2017.
 */
final class MunicipalityPage extends WizardPage {

    private final MunicipalitySearch search;
    private final Consumer<Municipality> chosen;
    private Text filter;
    private TableViewer list;

    /** @param chosen told every time the chosen municipality changes (null when none is) */
    MunicipalityPage(MunicipalitySearch search, Consumer<Municipality> chosen) {
        super("municipality");
        this.search = search;
        this.chosen = chosen;
        setTitle(Messages.get("wizard.municipality.title"));
        setDescription(Messages.get("wizard.municipality.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        filter.setMessage(Messages.get("wizard.municipality.filter"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 260;
        list.getTable().setLayoutData(listData);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return MunicipalityLabel.of((MunicipalitySearch.Match) element);
            }
        });
        list.setInput(search.find(""));
        filter.addModifyListener(e -> {
            list.setInput(search.find(filter.getText()));
            Object first = list.getElementAt(0);
            list.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first));
        });
        list.addSelectionChangedListener(e -> {
            chosen.accept(selected());
            setPageComplete(selected() != null);
        });
        list.addDoubleClickListener(e -> getContainer().showPage(getNextPage()));
        setControl(area);
    }

    Municipality selected() {
        Object match = ((IStructuredSelection) list.getSelection()).getFirstElement();
        return match == null ? null : ((MunicipalitySearch.Match) match).municipality();
    }
}
