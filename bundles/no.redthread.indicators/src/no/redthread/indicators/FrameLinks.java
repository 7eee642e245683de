package no.redthread.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import no.redthread.indicators.analysis.RollUps;
import no.redthread.indicators.model.Indicator;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/**
 * Resolves an indicator's catalogue ids (theme ids, SDG target codes, goal numbers) to the objects of a workspace's
 * sustainability frame in the shared model. Ids the frame does not have are left out.
 */
public final class FrameLinks {

    private FrameLinks() {
    }

    /** The frame's themes the indicator belongs to, in the indicator's order. */
    public static List<Theme> themes(Indicator indicator, Frame frame) {
        List<Theme> all = frame.getDimensions().stream().flatMap(d -> d.getThemes().stream()).toList();
        return indicator.getThemeIds().stream()
                .map(id -> all.stream().filter(t -> id.equals(t.getId())).findFirst().orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** The frame's SDG targets the indicator measures, in the indicator's order. */
    public static List<SdgTarget> sdgTargets(Indicator indicator, Frame frame) {
        List<SdgTarget> all = frame.getSdgs().stream().flatMap(s -> s.getTargets().stream()).toList();
        return indicator.getSdgTargetCodes().stream()
                .map(code -> all.stream().filter(t -> code.equals(t.getCode())).findFirst().orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** The frame's SDGs the indicator measures: its goals and its targets' goals, by number. */
    public static List<Sdg> sdgs(Indicator indicator, Frame frame) {
        Set<Integer> goals = RollUps.goals(indicator);
        return frame.getSdgs().stream().filter(sdg -> goals.contains(sdg.getNumber())).toList();
    }
}
