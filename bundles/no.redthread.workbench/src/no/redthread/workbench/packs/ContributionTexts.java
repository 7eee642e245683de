package no.redthread.workbench.packs;

import java.util.ArrayList;
import java.util.List;

import no.redthread.workbench.LocalizedText;

/** How a bundle's contributions and problems read, in the user's language (bokmål, nynorsk, English). */
public final class ContributionTexts {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.workbench.internal.packs.messages",
            ContributionTexts.class);

    /** The field validators name when the file as a whole is at fault. */
    private static final String WHOLE_FILE = "(file)";

    private ContributionTexts() {
    }

    /** The kind's name, e.g. "arbeidsark" for {@value ContentPackReport#WORKSHEETS}; the key for unknown kinds. */
    public static String kind(String kind) {
        return TEXT.find("kind." + kind).orElse(kind);
    }

    /** One line: the counts of views, commands, perspectives and preference pages, then each kind with its items. */
    public static String summary(BundleContributions bundle) {
        List<String> parts = new ArrayList<>();
        String counts = counts(bundle);
        if (!counts.isEmpty()) {
            parts.add(counts);
        }
        for (PackContribution pack : bundle.packs()) {
            parts.add(TEXT.get("pack", kind(pack.kind()), pack.items().size(), String.join(", ", pack.items())));
        }
        return String.join("; ", parts);
    }

    /** The counts of views, commands, perspectives and preference pages, e.g. "2 visninger, 1 kommando". */
    public static String counts(BundleContributions bundle) {
        List<String> parts = new ArrayList<>();
        count(parts, "views", bundle.views());
        count(parts, "commands", bundle.commands());
        count(parts, "perspectives", bundle.perspectives());
        count(parts, "preferencePages", bundle.preferencePages());
        return String.join(", ", parts);
    }

    /** Each problem of the bundle (refused files, failed components) on one line. */
    public static List<String> problems(BundleContributions bundle) {
        List<String> lines = new ArrayList<>();
        bundle.failedComponents().forEach(failure -> lines.add(failedComponent(failure)));
        bundle.problems().forEach(problem -> lines.add(problem(problem)));
        return lines;
    }

    /** A refused file: bundle, file, position, field and reason, e.g. for a notification or the console. */
    public static String problem(PackProblem problem) {
        String where = problem.line() > 0 ? TEXT.get("position", problem.file(), problem.line(), problem.column())
                : problem.file();
        String field = problem.field() == null || problem.field().isEmpty() || problem.field().equals(WHOLE_FILE) ? ""
                : TEXT.get("field", problem.field());
        return TEXT.get("problem", kind(problem.kind()), problem.bundle(), where, field, problem.message());
    }

    /** A component that failed to activate. */
    public static String failedComponent(String failure) {
        return TEXT.get("failedComponent", failure);
    }

    /** A bundle state (installed, resolved, active, ...). */
    public static String state(int state) {
        return TEXT.get("state." + state);
    }

    private static void count(List<String> parts, String what, int count) {
        if (count > 0) {
            parts.add(TEXT.get(what, count));
        }
    }
}
