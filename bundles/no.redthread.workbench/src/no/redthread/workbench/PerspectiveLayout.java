package no.redthread.workbench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which parts sit in which area, in tab order, and the relative sizes of the areas. A
 * perspective contributes its default layout; the workbench saves the user's own per perspective.
 *
 * @param stacks  part ids per area, in tab order
 * @param weights relative sizes: left, middle, right column and, inside the middle, centre, bottom
 */
public record PerspectiveLayout(Map<Area, List<String>> stacks, List<Integer> weights) {

    public static final List<Integer> DEFAULT_WEIGHTS = List.of(20, 60, 20, 70, 30);

    public PerspectiveLayout {
        EnumMap<Area, List<String>> copy = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            List<String> ids = stacks == null ? null : stacks.get(area);
            copy.put(area, ids == null ? List.of() : List.copyOf(ids));
        }
        stacks = java.util.Collections.unmodifiableMap(copy);
        weights = weights == null || weights.size() != DEFAULT_WEIGHTS.size() ? DEFAULT_WEIGHTS : List.copyOf(weights);
    }

    /** Starts an empty layout with default weights; add parts with {@link #with(Area, String...)}. */
    public static PerspectiveLayout empty() {
        return new PerspectiveLayout(Map.of(), DEFAULT_WEIGHTS);
    }

    /** A copy with the given parts appended to an area (a part appears only once in a layout). */
    public PerspectiveLayout with(Area area, String... partIds) {
        PerspectiveLayout result = this;
        for (String id : partIds) {
            result = result.without(id).appended(area, id);
        }
        return result;
    }

    /** A copy without the given part. */
    public PerspectiveLayout without(String partId) {
        EnumMap<Area, List<String>> copy = new EnumMap<>(Area.class);
        stacks.forEach((area, ids) -> copy.put(area, ids.stream().filter(id -> !id.equals(partId)).toList()));
        return new PerspectiveLayout(copy, weights);
    }

    /** The area that holds a part, or null when the layout does not show it. */
    public Area areaOf(String partId) {
        return stacks.entrySet().stream().filter(e -> e.getValue().contains(partId))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    public PerspectiveLayout withWeights(List<Integer> newWeights) {
        return new PerspectiveLayout(stacks, newWeights);
    }

    private PerspectiveLayout appended(Area area, String partId) {
        EnumMap<Area, List<String>> copy = new EnumMap<>(stacks);
        List<String> ids = new ArrayList<>(copy.get(Objects.requireNonNull(area)));
        ids.add(partId);
        copy.put(area, ids);
        return new PerspectiveLayout(copy, weights);
    }
}
