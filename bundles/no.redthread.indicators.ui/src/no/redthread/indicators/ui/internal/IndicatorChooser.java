package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import no.redthread.indicators.imports.ImportTargets;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;

/**
 * The target indicator of an import: a search field over a list of the candidates (nothing selected until the user
 * chooses), and a button that makes a new indicator named after the file's content.
 */
final class IndicatorChooser {

    private final List<Indicator> targets;
    private final Runnable changed;
    final Text search;
    final TableViewer list;
    final Button create;
    private String newName;

    IndicatorChooser(Composite parent, List<Indicator> candidates, Runnable changed) {
        this.targets = new ArrayList<>(candidates);
        this.changed = changed;
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        search = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage(Messages.get("import.mapping.search"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        create = new Button(body, SWT.PUSH);
        create.setText(Messages.get("import.mapping.create", ""));
        create.setEnabled(false);
        create.addListener(SWT.Selection, e -> createNew());
        list = new TableViewer(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listData.heightHint = 160;
        list.getControl().setLayoutData(listData);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(o -> label((Indicator) o)));
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parentElement, Object element) {
                String words = search.getText().strip().toLowerCase(Locale.ROOT);
                return words.isEmpty() || label((Indicator) element).toLowerCase(Locale.ROOT).contains(words);
            }
        });
        list.setInput(targets);
        search.addModifyListener(e -> list.refresh());
        list.addSelectionChangedListener(e -> changed.run());
    }

    static String label(Indicator indicator) {
        String set = indicator.eContainer() instanceof IndicatorSet s ? " \u2013 " + setName(s) : "";
        return ImportTargets.name(indicator) + set;
    }

    private static String setName(IndicatorSet set) {
        boolean english = "en".equals(Locale.getDefault().getLanguage());
        String name = english && set.getNameEn() != null ? set.getNameEn() : set.getNameNb();
        return name == null ? set.getId() : name;
    }

    /** Offers a new indicator named after the file's content; null offers none. */
    void offerNew(String name) {
        newName = name;
        create.setText(Messages.get("import.mapping.create", name == null ? "" : name));
        create.setEnabled(name != null && !name.isBlank());
        create.getParent().layout(true);
    }

    private void createNew() {
        Indicator made = ImportTargets.newIndicator(newName);
        targets.add(0, made);
        search.setText("");
        list.refresh();
        select(made);
    }

    Indicator selected() {
        return ((IStructuredSelection) list.getSelection()).getFirstElement() instanceof Indicator chosen ? chosen : null;
    }

    void select(Indicator target) {
        list.setSelection(target == null ? StructuredSelection.EMPTY : new StructuredSelection(target), true);
        changed.run();
    }

    List<Indicator> targets() {
        return targets;
    }
}
