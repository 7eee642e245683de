package no.redthread.assessment.internal.templates;

import java.util.Comparator;

import no.redthread.assessment.template.FormTemplate;

/** Orders template versions numerically, part by part: 1.2 < 1.10 < 2; a missing part counts as 0. */
public final class Versions {

    /** The order of version strings such as "1", "1.2" and "1.2.0". */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    /** The id and version of a template, with "1.0.0" and "1" counting as the same version. */
    static String key(FormTemplate template) {
        return template.id() + " " + template.version().replaceAll("(\\.0)+$", "");
    }

    static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Long.compare(part(left, i), part(right, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int index) {
        return index < parts.length ? Long.parseLong(parts[index]) : 0;
    }
}
