package no.redthread.indicators.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The dashboard's controls, in a row of a parent with a five-column grid: "Group by:" with the radio buttons Theme and
 * SDG, and "Show:" with the filter (all, or one of the groups). The user's choices go to the consumers; {@link #show}
 * sets what the controls display without calling them.
 */
final class DashboardBar {

    private final Button byTheme;
    private final Button bySdg;
    private final Combo filter;
    private List<String> choices = List.of();

    DashboardBar(Composite parent, Consumer<DashboardGrouping> onGroup, Consumer<String> onFilter) {
        new Label(parent, SWT.NONE).setText(Messages.get("dashboard.groupBy"));
        byTheme = radio(parent, "dashboard.byTheme", DashboardGrouping.THEME, onGroup);
        bySdg = radio(parent, "dashboard.bySdg", DashboardGrouping.SDG, onGroup);
        Label show = new Label(parent, SWT.NONE);
        show.setText(Messages.get("dashboard.show"));
        GridData showData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        showData.horizontalIndent = 12;
        show.setLayoutData(showData);
        filter = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        filter.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        filter.setVisibleItemCount(20);
        filter.addListener(SWT.Selection, e -> {
            int index = filter.getSelectionIndex();
            onFilter.accept(index <= 0 || index > choices.size() ? null : choices.get(index - 1));
        });
    }

    private static Button radio(Composite parent, String key, DashboardGrouping value,
            Consumer<DashboardGrouping> onGroup) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(Messages.get(key));
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                onGroup.accept(value);
            }
        });
        return button;
    }

    /**
     * Shows the grouping and the filter.
     *
     * @param choices the groups to choose from, in order
     * @param labels "all" and then the choices' names
     * @param selected the group shown alone, or null for all
     */
    void show(DashboardGrouping grouping, List<String> choices, List<String> labels, String selected) {
        this.choices = List.copyOf(choices);
        byTheme.setSelection(grouping == DashboardGrouping.THEME);
        bySdg.setSelection(grouping == DashboardGrouping.SDG);
        filter.setItems(labels.toArray(String[]::new));
        filter.select(selected == null ? 0 : choices.indexOf(selected) + 1);
        filter.requestLayout(); // the combo is as wide as its longest item
    }

    /** The filter's items as shown: "all", then the groups' names. */
    List<String> items() {
        return List.of(filter.getItems());
    }

    /** The filter's item shown. */
    String selectedItem() {
        return filter.getText();
    }
}
