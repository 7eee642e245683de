package no.redthread.core.internal.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.redthread.core.catalogue.SdgTargetEntry;

/**
 * Finds SDG targets whose Norwegian (machine-translated) text cannot be trusted.
 *
 * <p>A Norwegian text is flagged when it is missing, when it is just the English text, or when it repeats the
 * Norwegian text of another target (the known errors: 1.a repeats 1.5 and 10.3 repeats 10.2). Of targets that
 * share one Norwegian text, the one whose English text mentions the same years (2020, 2030...) keeps it, or else
 * the first in UN order; the others are flagged.
 */
final class NbTextCheck {

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private NbTextCheck() {
    }

    /** The flagged targets, by code, with a short English note on what is wrong. */
    static Map<String, String> problems(List<SdgTargetEntry> targets) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, List<SdgTargetEntry>> byText = new LinkedHashMap<>();
        for (SdgTargetEntry target : targets) {
            String nb = normalise(target.textNb());
            if (nb.isEmpty()) {
                problems.put(target.code(), "no Norwegian text");
            } else if (nb.equals(normalise(target.textEn()))) {
                problems.put(target.code(), "the Norwegian text is the English text");
            } else {
                byText.computeIfAbsent(nb, key -> new ArrayList<>()).add(target);
            }
        }
        for (List<SdgTargetEntry> sharing : byText.values()) {
            if (sharing.size() > 1) {
                SdgTargetEntry owner = owner(sharing);
                for (SdgTargetEntry target : sharing) {
                    if (target != owner) {
                        problems.put(target.code(), "repeats the Norwegian text of " + owner.code());
                    }
                }
            }
        }
        return problems;
    }

    private static SdgTargetEntry owner(List<SdgTargetEntry> sharing) {
        for (SdgTargetEntry target : sharing) {
            if (years(target.textEn()).equals(years(target.textNb()))) {
                return target;
            }
        }
        return sharing.get(0);
    }

    private static Set<String> years(String text) {
        Set<String> years = new TreeSet<>();
        Matcher matcher = YEAR.matcher(text == null ? "" : text);
        while (matcher.find()) {
            years.add(matcher.group());
        }
        return years;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
