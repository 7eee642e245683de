package no.redthread.dilemma.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import no.redthread.core.packs.LocatedJson;
import no.redthread.core.packs.PackReasons;
import no.redthread.dilemma.HandlingOption;
import no.redthread.dilemma.Interaction;
import no.redthread.dilemma.Perspective;
import no.redthread.dilemma.Scenario;

/** Checks a scenario file against the format ({@code scenarios/schema.json}) and builds its scenarios. */
final class ScenarioParser {

    static final int SCHEMA_VERSION = 1;
    static final Set<String> ROOT_FIELDS = Set.of("$schema", "schemaVersion", "scenarios");
    static final Set<String> SCENARIO_FIELDS = Set.of("id", "version", "title", "kind", "setting", "facts",
            "stakeholders", "perspectives", "interactions", "questions", "handlingOptions", "furtherReading");
    static final Pattern ID = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");
    static final Pattern DIMENSION = Pattern.compile("dim-[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern THEME = Pattern.compile("theme-[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern TARGET = Pattern.compile("([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])");

    private ScenarioParser() {
    }

    /** The scenarios of a file's tree, recording the given origin; throws with the first field at fault. */
    static List<Scenario> parse(LocatedJson json, String origin) throws ScenarioException {
        Fields root = Fields.of(json.root(), "").allowOnly(ROOT_FIELDS);
        int version = root.integer("schemaVersion", 0, Integer.MAX_VALUE);
        if (version != SCHEMA_VERSION) {
            throw new ScenarioException("schemaVersion", PackReasons.schemaVersion(version, SCHEMA_VERSION));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Fields fields : root.objects("scenarios", 1)) {
            Scenario scenario = scenario(fields, origin);
            if (scenarios.stream().anyMatch(earlier -> earlier.id().equals(scenario.id()))) {
                throw new ScenarioException(fields.path("id"), ScenarioException.reason("repeatsInFile", scenario.id()));
            }
            scenarios.add(scenario);
        }
        return scenarios;
    }

    private static Scenario scenario(Fields scenario, String origin) throws ScenarioException {
        scenario.allowOnly(SCENARIO_FIELDS);
        String id = scenario.matching("id", ID, PackReasons.form("id"));
        List<Scenario.Fact> facts = new ArrayList<>();
        for (Fields fact : scenario.objects("facts", 1)) {
            fact.allowOnly(Set.of("text", "source"));
            facts.add(new Scenario.Fact(fact.localized("text"), url(fact.path("source"), fact.text("source"))));
        }
        List<Scenario.Stakeholder> stakeholders = new ArrayList<>();
        for (Fields stakeholder : scenario.objects("stakeholders", 1)) {
            stakeholder.allowOnly(Set.of("name", "role"));
            stakeholders.add(new Scenario.Stakeholder(stakeholder.localized("name"), stakeholder.optionalLocalized("role")));
        }
        List<Perspective> perspectives = new ArrayList<>();
        for (Fields perspective : scenario.objects("perspectives", 1)) {
            perspective.allowOnly(Set.of("text", "dimension", "themes"));
            String dimension = perspective.has("dimension")
                    ? perspective.matching("dimension", DIMENSION, PackReasons.form("dimensionId")) : "";
            perspectives.add(new Perspective(perspective.localized("text"), dimension,
                    perspective.strings("themes", 0, THEME, PackReasons.form("themeId"))));
        }
        List<HandlingOption> options = new ArrayList<>();
        for (Fields option : scenario.objects("handlingOptions", 1)) {
            option.allowOnly(Set.of("approach", "text"));
            options.add(new HandlingOption(approach(option), option.localized("text")));
        }
        List<URI> reading = new ArrayList<>();
        List<String> addresses = scenario.strings("furtherReading", 0, null, "");
        for (int i = 0; i < addresses.size(); i++) {
            reading.add(url(scenario.path("furtherReading") + "[" + i + "]", addresses.get(i)));
        }
        return new Scenario(id, scenario.integer("version", 1, Integer.MAX_VALUE), scenario.localized("title"), kind(scenario),
                scenario.localized("setting"), facts, stakeholders, perspectives, interactions(scenario),
                scenario.localizedList("questions", 1), options, reading, origin);
    }

    private static Scenario.Kind kind(Fields scenario) throws ScenarioException {
        String code = scenario.oneOf("kind", Arrays.stream(Scenario.Kind.values()).map(Scenario.Kind::code).toList());
        return Arrays.stream(Scenario.Kind.values()).filter(kind -> kind.code().equals(code)).findFirst().orElseThrow();
    }

    private static HandlingOption.Approach approach(Fields option) throws ScenarioException {
        List<String> codes = Arrays.stream(HandlingOption.Approach.values()).map(HandlingOption.Approach::code).toList();
        return HandlingOption.Approach.values()[codes.indexOf(option.oneOf("approach", codes))];
    }

    private static List<Interaction> interactions(Fields scenario) throws ScenarioException {
        List<Interaction> interactions = new ArrayList<>();
        for (Fields pair : scenario.objects("interactions", 1)) {
            pair.allowOnly(Set.of("from", "to", "direction", "suggested", "why"));
            String from = pair.text("from");
            if (!from.equals(Interaction.MEASURE) && !TARGET.matcher(from).matches()) {
                throw new ScenarioException(pair.path("from"), ScenarioException.reason("fromNeither", from,
                        Interaction.MEASURE, PackReasons.form("sdgTarget")));
            }
            String to = pair.matching("to", TARGET, PackReasons.form("sdgTarget"));
            if (from.equals(to)) {
                throw new ScenarioException(pair.path("to"), ScenarioException.reason("sameTarget"));
            }
            Interaction.Direction direction = Interaction.Direction.valueOf(
                    pair.oneOf("direction", List.of("positive", "negative", "mixed")).toUpperCase(Locale.ROOT));
            Fields suggested = pair.object("suggested").allowOnly(Set.of("score", "mark"));
            int score = suggested.integer("score", -3, 3);
            String mark = suggested.oneOf("mark", List.of(Interaction.Suggestion.MARK));
            interactions.add(new Interaction(from, to, direction, new Interaction.Suggestion(score, mark), pair.localized("why")));
        }
        return interactions;
    }

    private static URI url(String at, String text) throws ScenarioException {
        try {
            URI uri = new URI(text);
            String protocol = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((protocol.equals("http") || protocol.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ScenarioException(at, PackReasons.notForm(text, PackReasons.form("url")));
    }
}
