package no.redthread.funding.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;

import no.redthread.funding.Facet;
import no.redthread.funding.SearchResult;

/**
 * A group of check boxes per facet, "Klimatilpasning (7)", each ticking a value in the {@link FundingSession}. A
 * facet's boxes are rebuilt only when its values change, so ticking one by keyboard keeps the focus on it.
 */
final class FacetPanel {

    /** Who may apply and when first: what a municipality narrows by most; the long list of owners last. */
    private static final List<Facet> ORDER = List.of(Facet.APPLICANT, Facet.DEADLINE_WINDOW, Facet.DIMENSION, Facet.THEME,
            Facet.SDG, Facet.AMOUNT_BAND, Facet.OWNER);

    private final FundingSession session;
    private final FacetLabels labels;
    private final ScrolledComposite scroll;
    private final Composite content;
    private final Map<Facet, List<String>> shownValues = new LinkedHashMap<>();
    private final Map<String, Button> boxes = new LinkedHashMap<>();
    private final Map<Facet, Group> groups = new java.util.EnumMap<>(Facet.class);

    FacetPanel(Composite parent, FundingSession session, FacetLabels labels) {
        this.session = session;
        this.labels = labels;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setShowFocusedControl(true); // tabbing to a box scrolls it into view
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        scroll.setContent(content);
    }

    Control control() {
        return scroll;
    }

    void show(SearchResult result) {
        for (Facet facet : ORDER) {
            List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            List<String> values = counts.stream().map(SearchResult.FacetCount::value).toList();
            if (!values.equals(shownValues.get(facet))) {
                rebuild(facet, values);
            }
            for (SearchResult.FacetCount count : counts) {
                Button box = boxes.get(key(facet, count.value()));
                box.setText(labels.value(facet, count.value()).replace("&", "&&") + " (" + count.count() + ")");
                box.setToolTipText(labels.value(facet, count.value()));
                box.setSelection(session.isTicked(facet, count.value()));
            }
        }
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
    }

    /** The box of a facet value (for tests and the journey's reading). */
    Button box(Facet facet, String value) {
        return boxes.get(key(facet, value));
    }

    /**
     * Makes a facet's boxes anew when its values changed (only then: ticking a value leaves its own facet's values as
     * they are, so the box the user ticked, and its focus, stay). A facet without values is hidden.
     */
    private void rebuild(Facet facet, List<String> values) {
        Group group = groups.computeIfAbsent(facet, f -> {
            Group made = new Group(content, SWT.NONE);
            made.setText(FacetLabels.facet(f));
            made.setLayout(new GridLayout(1, false));
            made.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return made;
        });
        Control focus = Display.getCurrent().getFocusControl();
        String focused = boxes.entrySet().stream().filter(e -> e.getValue() == focus).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        for (Control child : group.getChildren()) {
            boxes.values().remove(child);
            child.dispose();
        }
        shownValues.put(facet, values);
        for (String value : values) {
            Button box = new Button(group, SWT.CHECK);
            box.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            box.addListener(SWT.Selection, e -> session.setTicked(facet, value, box.getSelection()));
            boxes.put(key(facet, value), box);
        }
        ((GridData) group.getLayoutData()).exclude = values.isEmpty();
        group.setVisible(!values.isEmpty());
        Button again = focused == null ? null : boxes.get(focused);
        if (again != null) {
            again.setFocus();
        }
    }

    private static String key(Facet facet, String value) {
        return facet.name() + '\u0000' + Objects.requireNonNull(value);
    }
}
