package no.redthread.chains;

import java.util.Objects;

/**
 * What a step takes and gives. An open set: a module may name its own kind; the well-known ones are constants here,
 * each with the type of its items, so that steps of different modules understand each other.
 *
 * @param id a short stable id, e.g. "themes"
 */
public record Kind(String id) {

    /** Nothing from the previous step: the step reads the workspace only. Fits after any step (items: none). */
    public static final Kind WORKSPACE = new Kind("workspace");
    /** Whatever the previous step gave (the report step, which composes the sections so far). */
    public static final Kind ANY = new Kind("any");
    /** Themes of the sustainability frame; items are catalogue theme ids (String), e.g. "theme-housing". */
    public static final Kind THEMES = new Kind("themes");
    /** Indicators; items are indicator codes (String). */
    public static final Kind INDICATORS = new Kind("indicators");
    /** Funding schemes; items are scheme ids (String). */
    public static final Kind SCHEMES = new Kind("schemes");
    /** Red-thread findings; items are rule ids (String), one per finding. */
    public static final Kind FINDINGS = new Kind("findings");
    /** Objects of the plan model; items are EObjects of the workspace. */
    public static final Kind PLAN_OBJECTS = new Kind("plan-objects");
    /** Report files written; items are paths (java.nio.file.Path). */
    public static final Kind REPORT = new Kind("report");

    public Kind {
        Objects.requireNonNull(id, "id");
    }

    /** True if a step taking this kind can follow a step giving {@code previous}. */
    public boolean accepts(Kind previous) {
        return equals(WORKSPACE) || equals(ANY) || equals(previous);
    }

    @Override
    public String toString() {
        return id;
    }
}
