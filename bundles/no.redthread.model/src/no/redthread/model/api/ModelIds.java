package no.redthread.model.api;

import java.util.Locale;
import java.util.UUID;

/** Creates the stable ids of user-made model objects: a readable prefix and a random part. */
public final class ModelIds {

    private ModelIds() {
    }

    /**
     * A new id such as {@code goal-3f2a9c1e7b4d4e0f}: the prefix (lower case) followed by 16 random hex digits.
     *
     * @param prefix what the object is, e.g. {@code "goal"} or {@code "measure"}
     */
    public static String newId(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("an id needs a prefix");
        }
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return prefix.trim().toLowerCase(Locale.ROOT) + "-" + random;
    }
}
