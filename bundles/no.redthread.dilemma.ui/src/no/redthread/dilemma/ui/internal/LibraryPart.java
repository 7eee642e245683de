package no.redthread.dilemma.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * <i>Scenarier</i>: the scenarios of the library, narrowed as the user types and by theme, dimension and real or
 * drawn. The chosen scenario goes to the session (the scenario part, <i>Presenter</i>) and to the workbench
 * selection (the matrix).
 */
final class LibraryPart implements WorkbenchPart {

    private final ScenarioLibrary library;
    private final CatalogueNames names;
    private final DilemmaSession session;
    private final PartSite site;
    private ScenarioFilter filter = ScenarioFilter.ALL;
    private List<Scenario> shown = List.of();
    private Text field;
    private Label count;
    private Table table;

    LibraryPart(ScenarioLibrary library, CatalogueNames names, DilemmaSession session, PartSite site) {
        this.library = library;
        this.names = names;
        this.session = session;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        field = new Text(root, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        field.setMessage(Messages.get("library.hint"));
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        field.addModifyListener(e -> refilter(filter.withText(field.getText())));
        choice(root, "library.allThemes", names.themes(), names::theme, t -> t.id(), (f, id) -> f.withTheme(id));
        choice(root, "library.allDimensions", names.dimensions(), names::dimension, d -> d.id(), (f, id) -> f.withDimension(id));
        choice(root, "library.allKinds", List.of(Scenario.Kind.values()), k -> Messages.get("kind." + k.code()), k -> k,
                (f, kind) -> f.withKind(kind));
        count = new Label(root, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addListener(SWT.Selection, e -> choose());
        table.addListener(SWT.MouseHover, e -> {
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            table.setToolTipText(item == null ? null : shown.get(table.indexOf(item)).title());
        });
        refilter(filter);
        if (session.current().isEmpty() && !shown.isEmpty()) {
            table.select(0);
            choose();
        }
    }

    @Override
    public void setFocus() {
        field.setFocus();
    }

    /** A read-only combo whose first entry ("all …") clears its part of the filter. */
    private <T, V> void choice(Composite root, String allKey, List<T> values, Function<T, String> label, Function<T, V> value,
            java.util.function.BiFunction<ScenarioFilter, V, ScenarioFilter> narrow) {
        Combo combo = new Combo(root, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.add(Messages.get(allKey));
        values.forEach(v -> combo.add(label.apply(v)));
        combo.select(0);
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            refilter(narrow.apply(filter, index <= 0 ? null : value.apply(values.get(index - 1))));
        });
    }

    private void refilter(ScenarioFilter newFilter) {
        filter = newFilter;
        List<Scenario> all = library.scenarios();
        shown = filter.apply(all);
        table.setRedraw(false);
        table.removeAll();
        List<String> ids = new ArrayList<>();
        for (Scenario scenario : shown) {
            new TableItem(table, SWT.NONE).setText(shortTitle(scenario) + " (" + Messages.get("kind." + scenario.kind().code()) + ")");
            ids.add(scenario.id());
        }
        table.setRedraw(true);
        session.current().map(s -> ids.indexOf(s.id())).filter(i -> i >= 0).ifPresent(table::select);
        count.setText(Messages.get("library.count", shown.size(), all.size()));
    }

    /** The title up to its colon ("Vindkraft på Fosen"), so the list stays narrow; the scenario part has it all. */
    static String shortTitle(Scenario scenario) {
        int colon = scenario.title().indexOf(':');
        return colon > 0 ? scenario.title().substring(0, colon) : scenario.title();
    }

    private void choose() {
        int index = table.getSelectionIndex();
        if (index >= 0 && index < shown.size()) {
            Scenario scenario = shown.get(index);
            session.show(scenario);
            site.publishSelection(List.of(scenario));
        }
    }
}
