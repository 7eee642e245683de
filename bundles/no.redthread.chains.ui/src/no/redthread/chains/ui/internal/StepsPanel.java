package no.redthread.chains.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;

/**
 * The palette (the installed steps that fit after the chain's last step; Enter, a double-click or <i>Legg til</i>
 * adds one) and the chain's steps in order with what each takes and gives (Opp, Ned, Fjern).
 */
final class StepsPanel {

    private final ChainSteps installed;
    private final Locale locale;
    private final Runnable changed;
    private final Table palette;
    private final Table chain;
    private ChainDraft draft;

    StepsPanel(Composite parent, ChainSteps installed, Locale locale, Runnable changed) {
        this.installed = installed;
        this.locale = locale;
        this.changed = changed;
        Group paletteGroup = group(parent, "palette.group");
        palette = new Table(paletteGroup, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.addListener(SWT.DefaultSelection, e -> addSelected());
        button(paletteGroup, "palette.add", this::addSelected);
        Group chainGroup = group(parent, "steps.group");
        ((GridLayout) chainGroup.getLayout()).numColumns = 2;
        chain = new Table(chainGroup, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        chain.setHeaderVisible(true);
        chain.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String key : List.of("steps.step", "steps.input", "steps.output")) {
            TableColumn column = new TableColumn(chain, SWT.LEFT);
            column.setText(Messages.get(key));
            column.setWidth(key.equals("steps.step") ? 220 : 90);
        }
        chain.addListener(SWT.Selection, e -> changed.run());
        Composite buttons = new Composite(chainGroup, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        GridLayout column = new GridLayout(1, true);
        column.marginWidth = 0;
        buttons.setLayout(column);
        button(buttons, "steps.up", () -> move(-1));
        button(buttons, "steps.down", () -> move(1));
        button(buttons, "steps.remove", this::removeSelected);
    }

    void show(ChainDraft shown) {
        draft = shown;
        chain.deselectAll();
    }

    /** Fills both tables from the draft and the installed steps, keeping the chosen row. */
    void refresh() {
        int selected = chain.getSelectionIndex();
        palette.removeAll();
        for (ChainStep step : draft.fitting(installed)) {
            TableItem item = new TableItem(palette, SWT.NONE);
            item.setText(step.name(locale));
            item.setData(step.id());
        }
        chain.removeAll();
        for (Chain.Step configured : draft.steps()) {
            TableItem item = new TableItem(chain, SWT.NONE);
            installed.step(configured.step()).ifPresentOrElse(step -> item.setText(new String[] {
                step.name(locale), Messages.kind(step.input()), Messages.kind(step.output()) }),
                    () -> item.setText(Messages.get("steps.missing", configured.step())));
        }
        TableColumn[] columns = chain.getColumns();
        for (int i = 0; i < columns.length; i++) {
            columns[i].pack(); // «arbeidsområdet» and the longer step names in full, never narrower than at first
            columns[i].setWidth(Math.max(columns[i].getWidth(), i == 0 ? 220 : 90));
        }
        if (selected >= 0 && selected < chain.getItemCount()) {
            chain.setSelection(selected);
        }
    }

    int selectedIndex() {
        return chain.getSelectionIndex();
    }

    void select(int index) {
        chain.setSelection(index);
        changed.run();
    }

    List<String> paletteIds() {
        return Arrays.stream(palette.getItems()).map(item -> (String) item.getData()).toList();
    }

    /** Adds a step of the palette by id, as choosing it and pressing Legg til does. */
    void add(String stepId) {
        draft.add(stepId);
        refresh();
        chain.setSelection(chain.getItemCount() - 1);
        changed.run();
    }

    void move(int offset) {
        int index = chain.getSelectionIndex();
        if (index >= 0) {
            draft.move(index, offset);
            chain.setSelection(Math.max(0, Math.min(chain.getItemCount() - 1, index + offset)));
            changed.run();
        }
    }

    void removeSelected() {
        int index = chain.getSelectionIndex();
        if (index >= 0) {
            draft.remove(index);
            chain.deselectAll();
            changed.run();
        }
    }

    void setFocus() {
        palette.setFocus();
    }

    Table palette() {
        return palette;
    }

    Table chain() {
        return chain;
    }

    private void addSelected() {
        int index = palette.getSelectionIndex();
        if (index >= 0) {
            add((String) palette.getItem(index).getData());
        }
    }

    private static Group group(Composite parent, String key) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.get(key));
        group.setLayout(new GridLayout(1, false));
        return group;
    }

    private static void button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button.setText(Messages.get(key));
        button.addListener(SWT.Selection, e -> action.run());
    }
}
