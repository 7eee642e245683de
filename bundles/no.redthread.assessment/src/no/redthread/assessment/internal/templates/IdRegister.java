package no.redthread.assessment.internal.templates;

import java.util.HashMap;
import java.util.Map;

/** Remembers where each id of one kind was first used in a file, and refuses a repeat. */
final class IdRegister {

    private final String kind;
    private final Map<String, String> firstUse = new HashMap<>();

    IdRegister(String kind) {
        this.kind = kind;
    }

    /** Records the id found at the given path, or fails if it was used before. */
    String claim(String id, String path) throws TemplateException {
        String earlier = firstUse.putIfAbsent(id, path);
        if (earlier != null) {
            throw new TemplateException(path, TemplateException.reason("repeatsId", TemplateException.reason("kind." + kind), id, earlier));
        }
        return id;
    }
}
