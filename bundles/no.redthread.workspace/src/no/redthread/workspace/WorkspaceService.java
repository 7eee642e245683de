package no.redthread.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.redthread.core.catalogue.Municipality;
import no.redthread.model.plan.PlanSystem;

/**
 * Opens, creates, saves and recovers workspaces; at most one is current at a time. Methods that
 * replace the current workspace (open, create, import, recover, close) drop its unsaved changes:
 * the caller asks the user first. Saves are atomic across all files of the workspace, see FORMAT.md.
 */
public interface WorkspaceService {

    /** The settings name (SettingsStore) of the list of recently used workspace folders. */
    String RECENT_SETTINGS = "recent-workspaces";

    Optional<Workspace> current();

    /**
     * Opens a workspace folder and makes it current. Files that cannot be read are reported in
     * {@link Workspace#problems()} and left untouched; the rest opens. A save that was interrupted
     * after its commit point is completed first.
     *
     * @throws IOException if the folder has no workspace.json or cannot be read at all
     */
    Workspace open(Path folder) throws IOException;

    /**
     * Creates a new workspace in a folder that has no workspace.json yet, writes it at once and
     * makes it current. The plan system is taken over (moved into the workspace).
     */
    Workspace create(Path folder, PlanSystem planSystem) throws IOException;

    /** Creates a workspace for a municipality from its {@link #createSkeleton skeleton}. */
    Workspace createFor(Path folder, Municipality municipality) throws IOException;

    /**
     * A new plan system for a municipality: its organisation, the ten red-thread plans (drafts,
     * linked by {@code follows} along the chain) and the sustainability frame from the catalogue
     * when the catalogue service is there.
     */
    PlanSystem createSkeleton(Municipality municipality);

    /** Saves the changed files of the current workspace to its folder; unreadable files are skipped. */
    void save() throws IOException;

    /** Saves the whole current workspace to another folder, which then becomes its folder. */
    void saveAs(Path folder) throws IOException;

    /** Closes the current workspace without saving, if there is one. */
    void close();

    /** Writes the current workspace as one XMI file (all roots, plan systems first). */
    void exportXmi(Path file) throws IOException;

    /** Creates a new workspace in {@code folder} from an XMI file written by {@link #exportXmi}, and opens it. */
    Workspace importXmi(Path xmiFile, Path folder) throws IOException;

    /** Writes the autosave journal of the current workspace now, if it has unsaved changes. */
    void autosave() throws IOException;

    /**
     * When the last session on the current workspace ended without saving (a crash), the time its
     * autosave journal was written: the caller may then {@link #recover()} or {@link #discardAutosave()}.
     */
    Optional<Instant> recoverableAutosave();

    /** Replaces the current workspace by the recovered autosave state, which is then unsaved (dirty). */
    Workspace recover() throws IOException;

    /** Forgets the recoverable autosave of the current workspace. */
    void discardAutosave() throws IOException;

    /** Recently opened or created workspace folders, most recent first, at most ten. */
    List<Path> recentWorkspaces();

    void addListener(WorkspaceListener listener);

    void removeListener(WorkspaceListener listener);
}
