package no.redthread.core.internal.catalogue;

import java.util.HashMap;
import java.util.Map;

import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.RuleEntry;
import no.redthread.core.catalogue.SdgEntry;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.model.plan.Dimension;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.Rule;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/**
 * Builds the EMF sustainability frame of a new workspace from the catalogue. Ids are stable: SDGs are
 * {@code sdg-7}, targets {@code sdg-7.2}; dimensions, themes and rules keep their catalogue ids.
 */
final class FrameBuilder {

    static final String SDG_PREFIX = "sdg-";

    private final PlanFactory factory = PlanFactory.eINSTANCE;
    private final Map<String, SdgTarget> targetsByCode = new HashMap<>();

    private FrameBuilder() {
    }

    static Frame build(Catalogue catalogue) {
        return new FrameBuilder().frame(catalogue);
    }

    private Frame frame(Catalogue catalogue) {
        Frame frame = factory.createFrame();
        frame.setId(catalogue.frame().id());
        frame.setName(catalogue.frame().nameNb());
        frame.setVersion(catalogue.frame().version());
        // SDGs first, so that themes can refer to their targets
        catalogue.sdgs().forEach(sdg -> frame.getSdgs().add(sdg(sdg)));
        catalogue.dimensions().forEach(dimension -> frame.getDimensions().add(dimension(dimension)));
        return frame;
    }

    private Sdg sdg(SdgEntry entry) {
        Sdg sdg = factory.createSdg();
        sdg.setId(SDG_PREFIX + entry.number());
        sdg.setNumber(entry.number());
        sdg.setShortNameNb(entry.shortNameNb());
        sdg.setTitleNb(entry.titleNb());
        sdg.setShortNameEn(entry.shortNameEn());
        sdg.setTitleEn(entry.titleEn());
        sdg.setColour(entry.colour());
        entry.targets().forEach(target -> sdg.getTargets().add(target(target)));
        return sdg;
    }

    private SdgTarget target(SdgTargetEntry entry) {
        SdgTarget target = factory.createSdgTarget();
        target.setId(SDG_PREFIX + entry.code());
        target.setCode(entry.code());
        target.setTextEn(entry.textEn());
        target.setTextNb(entry.textNb());
        target.setNbTextFlagged(entry.nbTextFlagged());
        targetsByCode.put(entry.code(), target);
        return target;
    }

    private Dimension dimension(DimensionEntry entry) {
        Dimension dimension = factory.createDimension();
        dimension.setId(entry.id());
        dimension.setNameNb(entry.nameNb());
        dimension.setNameEn(entry.nameEn());
        entry.themes().forEach(theme -> dimension.getThemes().add(theme(theme)));
        return dimension;
    }

    private Theme theme(ThemeEntry entry) {
        Theme theme = factory.createTheme();
        theme.setId(entry.id());
        theme.setNameNb(entry.nameNb());
        theme.setNameEn(entry.nameEn());
        theme.setDescriptionNb(entry.descriptionNb());
        theme.setDescriptionEn(entry.descriptionEn());
        entry.rules().forEach(rule -> theme.getRules().add(rule(rule)));
        for (String code : entry.sdgTargetCodes()) {
            SdgTarget target = targetsByCode.get(code);
            if (target == null) {
                throw new CatalogueException(entry.id() + " maps to unknown SDG target " + code);
            }
            theme.getSdgTargets().add(target);
        }
        return theme;
    }

    private Rule rule(RuleEntry entry) {
        Rule rule = factory.createRule();
        rule.setId(entry.id());
        rule.setTextNb(entry.textNb());
        rule.setTextEn(entry.textEn());
        return rule;
    }
}
