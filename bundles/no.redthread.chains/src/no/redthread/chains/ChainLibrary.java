package no.redthread.chains;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The saved chains: the recipes shipped with this bundle ({@code recipes/*.json}, one chain per file) and the
 * user's own recipes in the settings ({@value #SETTINGS_NAME}.json). A user's recipe with the id of a shipped one
 * replaces it. The JSON is the diff-friendly form of {@link Chain}:
 * {@code {"schemaVersion": 1, "id": …, "name": …, "steps": [{"step": …, "parameters": {…}}]}}. An OSGi service.
 */
public interface ChainLibrary {

    String SETTINGS_NAME = "chain-recipes";

    /** All chains, sorted by id. */
    List<Chain> chains();

    Optional<Chain> chain(String id);

    /** Saves a recipe in the user's settings (replacing one with the same id). */
    void save(Chain chain) throws IOException;

    /** Removes a user's recipe; shipped ones stay. */
    void remove(String id) throws IOException;
}
