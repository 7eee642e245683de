package no.redthread.dilemma.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.redthread.dilemma.HandlingOption;
import no.redthread.dilemma.Interaction;
import no.redthread.dilemma.Perspective;
import no.redthread.dilemma.Scenario;

/**
 * A scenario as the scenario part reads it out: headed sections of lines, with the catalogue's names for themes,
 * dimensions and SDG targets and every suggested score marked as a suggestion. No SWT here.
 */
final class ScenarioSections {

    /** One heading and its lines. */
    record Section(String heading, List<String> lines) {
    }

    private final CatalogueNames names;

    ScenarioSections(CatalogueNames names) {
        this.names = names;
    }

    List<Section> of(Scenario scenario) {
        List<Section> sections = new ArrayList<>();
        add(sections, "section.setting", List.of(Messages.get("kind.long." + scenario.kind().code()), scenario.setting()));
        add(sections, "section.facts", scenario.facts().stream()
                .map(f -> "• " + f.text() + (f.source() == null ? "" : " " + Messages.get("fact.source", f.source()))).toList());
        add(sections, "section.stakeholders", scenario.stakeholders().stream()
                .map(s -> "• " + s.name() + (s.role().isBlank() ? "" : " – " + s.role())).toList());
        add(sections, "section.perspectives", scenario.perspectives().stream().map(this::perspective).toList());
        add(sections, "section.themes", scenario.themeIds().stream().map(id -> "• " + names.theme(id)).toList());
        add(sections, "section.targets", scenario.sdgTargets().stream().map(code -> "• " + names.sdgTarget(code)).toList());
        add(sections, "section.interactions", scenario.interactions().stream().map(this::interaction).toList());
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < scenario.questions().size(); i++) {
            questions.add((i + 1) + ". " + scenario.questions().get(i));
        }
        add(sections, "section.questions", questions);
        add(sections, "section.options", scenario.handlingOptions().stream().map(ScenarioSections::option).toList());
        add(sections, "section.reading", scenario.furtherReading().stream().map(uri -> "• " + uri).toList());
        return sections;
    }

    /** The source's wording, which mostly names its dimension already ("Miljø: …"); otherwise the catalogue's name first. */
    private String perspective(Perspective perspective) {
        if (perspective.text().indexOf(':') > 0) {
            return "• " + perspective.text();
        }
        String dimension = perspective.dimensionId() == null || perspective.dimensionId().isBlank()
                ? Messages.get("dimension.governance") : names.dimension(perspective.dimensionId());
        return "• " + dimension + ": " + perspective.text();
    }

    private String interaction(Interaction interaction) {
        String from = interaction.fromMeasure() ? Messages.get("interaction.measure") : interaction.from();
        String pair = interaction.from() + " → " + interaction.to();
        String why = interaction.why() == null ? "" : interaction.why().strip();
        if (why.startsWith(pair + ":")) {
            why = why.substring(pair.length() + 1).strip(); // the source repeats the pair the line starts with
        }
        return "• " + from + " → " + interaction.to() + ": " + interaction.suggested() + (why.isEmpty() ? "" : " – " + why);
    }

    /** The option in the source's words, with the approach first unless the words already start with it. */
    private static String option(HandlingOption option) {
        String approach = Messages.get("approach." + option.approach().code());
        return "• " + (option.text().toLowerCase(Locale.ROOT).startsWith(approach.toLowerCase(Locale.ROOT)) ? option.text()
                : approach + ": " + option.text());
    }

    /** Leaves out sections the scenario has nothing for. */
    private static void add(List<Section> sections, String key, List<String> lines) {
        List<String> present = lines.stream().filter(line -> line != null && !line.isBlank()).toList();
        if (!present.isEmpty()) {
            sections.add(new Section(Messages.get(key), present));
        }
    }
}
