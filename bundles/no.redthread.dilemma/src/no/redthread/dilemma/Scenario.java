package no.redthread.dilemma;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A scenario for dilemma training: a case in which one measure helps some goals and harms others, with what the
 * group needs to discuss it. Texts are in bokmål.
 *
 * @param id a stable id, e.g. {@code "fosen-vindkraft-reindrift"}; a content pack that uses a known id with a
 *        higher version replaces that scenario
 * @param version raised on every change of the scenario (1 and up)
 * @param title the title
 * @param kind whether it is one real case or drawn from several
 * @param setting the situation the group is put in
 * @param facts the facts, each with its source
 * @param stakeholders who is affected or decides, with their role where known
 * @param perspectives the case seen per dimension, with the frame's themes in play
 * @param interactions the SDG targets in play as pairs with a suggested score
 * @param questions discussion questions
 * @param handlingOptions how the conflict can be handled
 * @param furtherReading sources of the case that no single fact cites
 * @param origin {@link #SHIPPED} or the symbolic name of the content pack bundle
 */
public record Scenario(String id, int version, String title, Kind kind, String setting, List<Fact> facts,
        List<Stakeholder> stakeholders, List<Perspective> perspectives, List<Interaction> interactions,
        List<String> questions, List<HandlingOption> handlingOptions, List<URI> furtherReading, String origin) {

    /** The origin of the scenarios Redthread ships. */
    public static final String SHIPPED = "no.redthread.dilemma";

    /** One real case, or drawn from several real cases. */
    public enum Kind {
        REAL("real"), DRAWN("drawn");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The word the format and the console use. */
        public String code() {
            return code;
        }
    }

    /** One fact of the case and where it comes from. */
    public record Fact(String text, URI source) {
    }

    /** Someone affected or deciding; {@code role} is empty where the source gives none. */
    public record Stakeholder(String name, String role) {
    }

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        facts = List.copyOf(facts);
        stakeholders = List.copyOf(stakeholders);
        perspectives = List.copyOf(perspectives);
        interactions = List.copyOf(interactions);
        questions = List.copyOf(questions);
        handlingOptions = List.copyOf(handlingOptions);
        furtherReading = List.copyOf(furtherReading);
    }

    /** The frame's themes in play, in the order the perspectives name them. */
    public Set<String> themeIds() {
        Set<String> themes = new LinkedHashSet<>();
        perspectives.forEach(perspective -> themes.addAll(perspective.themeIds()));
        return themes;
    }

    /** The SDG target codes in play (every end of an interaction but the measure), in order of appearance. */
    public Set<String> sdgTargets() {
        Set<String> targets = new LinkedHashSet<>();
        for (Interaction interaction : interactions) {
            if (!interaction.fromMeasure()) {
                targets.add(interaction.from());
            }
            targets.add(interaction.to());
        }
        return targets;
    }
}
