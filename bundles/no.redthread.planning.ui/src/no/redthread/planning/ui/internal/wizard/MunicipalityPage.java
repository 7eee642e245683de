package no.redthread.planning.ui.internal.wizard;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import no.redthread.core.catalogue.Municipality;
import no.redthread.planning.ui.internal.Messages;

/** Choose the municipality by typing part of its name or number (type-ahead over the 357). */
final class MunicipalityPage extends WizardPage {

    private final List<Municipality> municipalities;
    private Text filter;
    private TableViewer list;

    MunicipalityPage(List<Municipality> municipalities) {
        super("municipality");
        this.municipalities = municipalities;
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
                Municipality m = (Municipality) element;
                return m.number() + "  " + m.name();
            }
        });
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return matches((Municipality) element, filter.getText());
            }
        });
        list.setInput(municipalities);
        filter.addModifyListener(e -> {
            list.refresh();
            Object first = list.getElementAt(0);
            list.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first));
        });
        list.addSelectionChangedListener(e -> setPageComplete(selected() != null));
        list.addDoubleClickListener(e -> getContainer().showPage(getNextPage()));
        setControl(area);
    }

    static boolean matches(Municipality municipality, String typed) {
        String text = typed.trim().toLowerCase(Locale.ROOT);
        return text.isEmpty() || municipality.number().startsWith(text)
                || municipality.name().toLowerCase(Locale.ROOT).contains(text)
                || municipality.shortName().toLowerCase(Locale.ROOT).contains(text);
    }

    Municipality selected() {
        return (Municipality) ((IStructuredSelection) list.getSelection()).getFirstElement();
    }

    /** For tests: type into the filter as a user would. */
    void type(String text) {
        filter.setText(text);
    }
}
