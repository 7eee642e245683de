package no.redthread.chains;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The saved chains: the recipes shipped with this bundle ({@code recipes/*.json}, one chain per file), the
 * user's own recipes in the settings ({@value #SETTINGS_NAME}.json) and a workspace's own chains in its folder
 * ({@value #WORKSPACE_FOLDER}{@code /<id>.json}, one file per chain, which the workspace reader leaves alone). A
 * user's recipe replaces a shipped one with the same id, a workspace's chain both. The JSON is the diff-friendly form of {@link Chain}:
 * {@code {"schemaVersion": 1, "id": …, "name": …, "steps": [{"step": …, "parameters": {…}}]}}. An OSGi service.
 */
public interface ChainLibrary {

    String SETTINGS_NAME = "chain-recipes";

    /** The folder of a workspace that holds its chains. */
    String WORKSPACE_FOLDER = "chains";

    /** All chains, sorted by id. */
    List<Chain> chains();

    Optional<Chain> chain(String id);

    /** Saves a recipe in the user's settings (replacing one with the same id). */
    void save(Chain chain) throws IOException;

    /** Removes a user's recipe; shipped ones stay. */
    void remove(String id) throws IOException;

    /**
     * The chains of a workspace folder and all recipes, sorted by id.
     *
     * @throws IOException naming the file that cannot be read or is not a chain
     */
    List<Chain> chains(Path workspaceFolder) throws IOException;

    /** Saves a chain in a workspace folder as {@value #WORKSPACE_FOLDER}{@code /<id>.json}, atomically. */
    void save(Path workspaceFolder, Chain chain) throws IOException;
}
