package no.redthread.chains.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.chains.Chain;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;

/**
 * The chain to edit: a new one, or one of the saved chains (the open workspace's {@code chains/} and the recipes,
 * through the {@code ChainLibrary}), and its name. A workspace chain file that cannot be read is named in the list's
 * place, and the recipes are still offered.
 */
final class ChainChoice {

    private final ChainEditorPart.Services services;
    private final Consumer<ChainDraft> edit;
    private final Combo combo;
    private final Text name;
    private final List<Chain> chains = new ArrayList<>();
    private final Label trouble;

    ChainChoice(Composite parent, ChainEditorPart.Services services, Consumer<ChainDraft> edit,
            Consumer<String> renamed) {
        this.services = services;
        this.edit = edit;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setLayout(new GridLayout(5, false));
        new Label(row, SWT.NONE).setText(Messages.get("chain.label"));
        combo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(260, SWT.DEFAULT));
        combo.addListener(SWT.Selection, e -> chosen());
        combo.addListener(SWT.KeyDown, e -> {
            if (Character.isLetterOrDigit(e.character)) {
                e.doit = false;
                typed(e.character);
            }
        });
        new Label(row, SWT.NONE).setText(Messages.get("chain.name"));
        name = new Text(row, SWT.BORDER);
        name.setLayoutData(new GridData(220, SWT.DEFAULT));
        name.addListener(SWT.Modify, e -> renamed.accept(name.getText()));
        trouble = new Label(row, SWT.WRAP);
        trouble.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WorkspaceListener listener = new WorkspaceListener() {
            @Override
            public void opened(Workspace workspace) {
                reloadLater();
            }

            @Override
            public void closed(Workspace workspace) {
                reloadLater();
            }
        };
        services.workspaces().addListener(listener);
        combo.addDisposeListener(e -> services.workspaces().removeListener(listener));
        reload();
    }

    /** Reads the saved chains again, keeping the chosen one. */
    void reload() {
        String selected = combo.getSelectionIndex() > 0 ? chains.get(combo.getSelectionIndex() - 1).id() : null;
        chains.clear();
        trouble.setText("");
        Workspace workspace = services.workspaces().current().orElse(null);
        try {
            chains.addAll(workspace == null ? services.library().chains() : services.library().chains(workspace.folder()));
        } catch (IOException e) {
            trouble.setText(Messages.get("chain.unreadable", e.getMessage()));
            chains.addAll(services.library().chains());
        }
        combo.removeAll();
        combo.add(Messages.get("chain.new"));
        chains.forEach(chain -> combo.add(Messages.get("chain.item", chain.name(), chain.id())));
        int index = selected == null ? 0 : chains.stream().map(Chain::id).toList().indexOf(selected) + 1;
        combo.select(index);
        trouble.getParent().layout(true);
    }

    /** Reads the saved chains again and shows a chain just saved as the chosen one. */
    void markSaved(String id) {
        reload();
        combo.select(chains.stream().map(Chain::id).toList().indexOf(id) + 1);
    }

    /** Chooses a saved chain by id, or a new chain for null. */
    void choose(String id) {
        combo.select(id == null ? 0 : chains.stream().map(Chain::id).toList().indexOf(id) + 1);
        chosen();
    }

    /** Shows the name of the chain put in the editor (the user's typing renames it). */
    void showName(String chainName) {
        if (!name.getText().equals(chainName)) {
            name.setText(chainName);
        }
    }

    Combo combo() {
        return combo;
    }

    Text name() {
        return name;
    }

    /** Chooses the next chain whose name starts with the typed character, as a list does. */
    void typed(char typed) {
        char wanted = Character.toLowerCase(typed);
        int count = combo.getItemCount();
        for (int step = 1; step < count; step++) {
            int index = Math.floorMod(combo.getSelectionIndex() + step, count);
            String label = combo.getItem(index);
            if (!label.isEmpty() && Character.toLowerCase(label.charAt(0)) == wanted) {
                combo.select(index);
                chosen();
                return;
            }
        }
    }

    private void chosen() {
        int index = combo.getSelectionIndex();
        edit.accept(index <= 0 ? new ChainDraft(Messages.get("chain.newName")) : new ChainDraft(chains.get(index - 1)));
    }

    private void reloadLater() {
        if (!combo.isDisposed()) {
            combo.getDisplay().asyncExec(() -> {
                if (!combo.isDisposed()) {
                    reload();
                    chosen();
                }
            });
        }
    }
}
