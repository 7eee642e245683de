package no.redthread.funding.ui.internal;

import java.util.ArrayList;
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
 * A group of check boxes per facet, "Klimatilpasning (7)", each ticking a value in the {@link FundingSession}. The
 * boxes are rebuilt only when a facet's values change, so ticking one by keyboard keeps the focus on it.
 */
final class FacetPanel {

    private final FundingSession session;
    private final FacetLabels labels;
    private final ScrolledComposite scroll;
    private final Composite content;
    private final Map<Facet, List<String>> shownValues = new LinkedHashMap<>();
    private final Map<String, Button> boxes = new LinkedHashMap<>();

    FacetPanel(Composite parent, FundingSession session, FacetLabels labels) {
        this.session = session;
        this.labels = labels;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        scroll.setContent(content);
    }

    Control control() {
        return scroll;
    }

    void show(SearchResult result) {
        Map<Facet, List<String>> values = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            values.put(facet, result.facets().getOrDefault(facet, List.of()).stream()
                    .map(SearchResult.FacetCount::value).toList());
        }
        if (!values.equals(shownValues)) {
            rebuild(values);
        }
        for (Facet facet : Facet.values()) {
            for (SearchResult.FacetCount count : result.facets().getOrDefault(facet, List.of())) {
                Button box = boxes.get(key(facet, count.value()));
                box.setText(labels.value(facet, count.value()) + " (" + count.count() + ")");
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

    private void rebuild(Map<Facet, List<String>> values) {
        Control focus = Display.getCurrent().getFocusControl();
        String focused = boxes.entrySet().stream().filter(e -> e.getValue() == focus).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        boxes.clear();
        shownValues.clear();
        shownValues.putAll(values);
        values.forEach((facet, list) -> {
            if (!list.isEmpty()) {
                Group group = new Group(content, SWT.NONE);
                group.setText(FacetLabels.facet(facet));
                group.setLayout(new GridLayout(1, false));
                group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
                for (String value : new ArrayList<>(list)) {
                    Button box = new Button(group, SWT.CHECK);
                    box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
                    box.addListener(SWT.Selection, e -> session.setTicked(facet, value, box.getSelection()));
                    boxes.put(key(facet, value), box);
                }
            }
        });
        Button again = focused == null ? null : boxes.get(focused);
        if (again != null) {
            again.setFocus();
        }
    }

    private static String key(Facet facet, String value) {
        return facet.name() + '\u0000' + Objects.requireNonNull(value);
    }
}
