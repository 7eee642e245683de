package no.redthread.chains.ui.internal;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.MessageBox;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainLibrary;

/**
 * Saves the chain in the open workspace ({@code chains/<id>.json}, diff-friendly, atomically) or as the user's recipe
 * (the settings' {@value ChainLibrary#SETTINGS_NAME}.json), both through the {@link ChainLibrary}. A failed save is
 * shown with its reason and changes nothing.
 */
final class ChainSaving {

    private final ChainEditorPart.Services services;
    private final Supplier<ChainDraft> draft;
    private final Consumer<String> saved;
    private final Consumer<String> status;
    private final Button toWorkspace;
    private final Button asRecipe;

    ChainSaving(Composite parent, ChainEditorPart.Services services, Supplier<ChainDraft> draft, Consumer<String> saved,
            Consumer<String> status) {
        this.services = services;
        this.draft = draft;
        this.saved = saved;
        this.status = status;
        toWorkspace = new Button(parent, SWT.PUSH);
        toWorkspace.setText(Messages.get("save.workspace"));
        toWorkspace.addListener(SWT.Selection, e -> saveInWorkspace());
        asRecipe = new Button(parent, SWT.PUSH);
        asRecipe.setText(Messages.get("save.recipe"));
        asRecipe.addListener(SWT.Selection, e -> saveAsRecipe());
    }

    void enable(boolean valid, boolean workspaceOpen) {
        toWorkspace.setEnabled(valid && workspaceOpen);
        asRecipe.setEnabled(valid);
    }

    void saveInWorkspace() {
        services.workspaces().current().ifPresent(workspace -> save(chain -> services.library()
                .save(workspace.folder(), chain), "save.workspaceDone",
                workspace.folder().resolve(ChainLibrary.WORKSPACE_FOLDER)));
    }

    void saveAsRecipe() {
        save(services.library()::save, "save.recipeDone", null);
    }

    private void save(Saver saver, String doneKey, Object where) {
        ChainDraft current = draft.get();
        Chain chain = current.toChain();
        try {
            saver.save(chain);
            current.keepId();
            saved.accept(chain.id());
            status.accept(Messages.get(doneKey, chain.name(), chain.id(), where));
        } catch (IOException e) {
            MessageBox box = new MessageBox(toWorkspace.getShell(), SWT.ICON_ERROR | SWT.OK);
            box.setText(Messages.get("save.failedTitle"));
            box.setMessage(Messages.get("save.failed", chain.name(), e.getMessage()));
            box.open();
        }
    }

    /** A save that may fail. */
    private interface Saver {
        void save(Chain chain) throws IOException;
    }
}
