package no.redthread.model.edit.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Picks one object (single reference) or any number of them (multiple reference, with check boxes) from a list
 * that a filter text narrows down as the user types. "(none)" stands for no object in the single case.
 */
public final class ChoiceDialog extends Dialog {

    /** Stands for null in the list, which a viewer cannot hold. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return Messages.get("choice.none");
        }
    };

    private final String title;
    private final List<Object> choices = new ArrayList<>();
    private final ILabelProvider labels;
    private final boolean multiple;
    private final Set<Object> checked = new LinkedHashSet<>();
    private Object selected;
    private Text filter;
    private TableViewer list;
    private Object result;

    /**
     * @param choices the values to offer (a null among them is ignored: single choices always offer "(none)")
     * @param current the values chosen now
     */
    public ChoiceDialog(Shell parent, String title, Collection<?> choices, ILabelProvider labels, boolean multiple,
            Collection<?> current) {
        super(parent);
        this.title = title;
        choices.stream().filter(choice -> choice != null).forEach(this.choices::add);
        if (!multiple) {
            this.choices.add(0, NONE); // a single reference can always be cleared
        }
        this.labels = labels;
        this.multiple = multiple;
        checked.addAll(current);
        selected = current.isEmpty() ? NONE : current.iterator().next();
    }

    /** After OK: the chosen object (null for none), or for a multiple reference the chosen objects in list order. */
    public Object result() {
        return result;
    }

    /** The filter text (for keyboard users and tests). */
    public Text filter() {
        return filter;
    }

    /** The list of choices. */
    public TableViewer list() {
        return list;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Point getInitialSize() {
        return new Point(460, 480);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.get(multiple ? "choice.multiple" : "choice.single"));
        filter = new Text(area, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH | SWT.BORDER);
        filter.setMessage(Messages.get("choice.filter"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        list = multiple ? CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL)
                : new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(list.getControl());
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NONE ? NONE.toString() : labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return element == NONE ? null : labels.getImage(element);
            }
        });
        list.addFilter(new TextFilter());
        list.setInput(choices);
        filter.addModifyListener(event -> list.refresh(false));
        if (list instanceof CheckboxTableViewer checkboxes) {
            checkboxes.setCheckStateProvider(new CheckedSet());
            checkboxes.addCheckStateListener(event -> {
                if (event.getChecked()) {
                    checked.add(event.getElement());
                } else {
                    checked.remove(event.getElement());
                }
            });
        } else {
            list.setSelection(new StructuredSelection(selected), true);
            list.addSelectionChangedListener(event -> {
                if (!event.getStructuredSelection().isEmpty()) { // filtering a row away keeps the choice
                    selected = event.getStructuredSelection().getFirstElement();
                }
            });
            list.addDoubleClickListener(event -> okPressed());
        }
        filter.setFocus();
        return area;
    }

    @Override
    protected void okPressed() {
        if (multiple) {
            result = choices.stream().filter(checked::contains).toList();
        } else {
            result = selected == NONE ? null : selected;
        }
        super.okPressed();
    }

    private final class TextFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer viewer, Object parent, Object element) {
            String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
            String text = element == NONE ? NONE.toString() : labels.getText(element);
            return wanted.isEmpty() || (text != null && text.toLowerCase(Locale.ROOT).contains(wanted));
        }
    }

    private final class CheckedSet implements ICheckStateProvider {
        @Override
        public boolean isChecked(Object element) {
            return checked.contains(element);
        }

        @Override
        public boolean isGrayed(Object element) {
            return false;
        }
    }
}
