package no.redthread.dilemma.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Nilsson's seven-point scale of SDG interactions, +3 indivisible … −3 cancelling (Nilsson, Griggs & Visbeck,
 * Nature 534, 2016), read from the bundle's resource {@code internal/nilsson2016.json}.
 */
public final class InteractionScale {

    private static final String RESOURCE = "internal/nilsson2016.json";

    private final List<ScaleLevel> levels;

    private InteractionScale(List<ScaleLevel> levels) {
        this.levels = List.copyOf(levels);
    }

    /** The scale as shipped; a broken resource is a broken build, hence unchecked. */
    public static InteractionScale nilsson2016() {
        try (InputStream in = InteractionScale.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing " + RESOURCE);
            }
            List<ScaleLevel> levels = new ArrayList<>();
            for (JsonNode level : new ObjectMapper().readTree(in).required("scale")) {
                levels.add(new ScaleLevel(level.required("score").asInt(), text(level, "name_nb"),
                        text(level, "name_en"), text(level, "definition_nb"), text(level, "definition_en"),
                        text(level, "example_en")));
            }
            return new InteractionScale(levels);
        } catch (IOException e) {
            throw new UncheckedIOException("The interaction scale cannot be read", e);
        }
    }

    /** The levels from +3 down to −3. */
    public List<ScaleLevel> levels() {
        return levels;
    }

    public ScaleLevel level(int score) {
        return levels.stream().filter(level -> level.score() == score).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no level " + score + " on the scale"));
    }

    private static String text(JsonNode level, String field) {
        return level.required(field).asText();
    }
}
