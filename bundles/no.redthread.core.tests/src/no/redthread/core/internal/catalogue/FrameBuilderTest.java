package no.redthread.core.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.model.plan.Dimension;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/** The EMF frame a new workspace gets is a complete copy of the catalogue. */
class FrameBuilderTest {

    private final CatalogueService catalogue = new JsonCatalogueService();
    private final Frame frame = catalogue.createFrame();

    @Test
    void theFrameHoldsAllSdgsAndTargetsWithTheirTexts() {
        assertEquals(17, frame.getSdgs().size());
        assertEquals(169, frame.getSdgs().stream().mapToInt(sdg -> sdg.getTargets().size()).sum());
        Sdg first = frame.getSdgs().get(0);
        assertEquals("sdg-1", first.getId());
        assertEquals(catalogue.sdg(1).orElseThrow().colour(), first.getColour());
        assertEquals(catalogue.sdg(1).orElseThrow().shortNameNb(), first.getShortNameNb());
        for (Sdg sdg : frame.getSdgs()) {
            for (SdgTarget target : sdg.getTargets()) {
                var entry = catalogue.sdgTarget(target.getCode()).orElseThrow();
                assertEquals("sdg-" + entry.code(), target.getId());
                assertEquals(entry.textEn(), target.getTextEn());
                assertEquals(entry.textNb(), target.getTextNb());
                assertEquals(entry.nbTextFlagged(), target.isNbTextFlagged(), target.getCode());
                assertEquals(entry.preferredTextNb(), target.preferredTextNb(), target.getCode());
            }
        }
    }

    @Test
    void theFrameHoldsAllDimensionsThemesAndRules() {
        assertEquals(catalogue.dimensions().stream().map(d -> d.id()).toList(),
                frame.getDimensions().stream().map(Dimension::getId).toList());
        List<Theme> themes = frame.getDimensions().stream().flatMap(d -> d.getThemes().stream()).toList();
        assertEquals(catalogue.themes().size(), themes.size());
        for (Theme theme : themes) {
            ThemeEntry entry = catalogue.theme(theme.getId()).orElseThrow();
            assertEquals(entry.nameNb(), theme.getNameNb());
            assertEquals(entry.rules().size(), theme.getRules().size(), theme.getId());
            assertEquals(entry.rules().get(0).textNb(), theme.getRules().get(0).getTextNb());
            assertEquals(entry.sdgTargetCodes(), theme.getSdgTargets().stream().map(SdgTarget::getCode).toList());
        }
    }

    @Test
    void themesReferToTheTargetsInsideTheSameFrame() {
        for (Dimension dimension : frame.getDimensions()) {
            for (Theme theme : dimension.getThemes()) {
                for (SdgTarget target : theme.getSdgTargets()) {
                    assertSame(frame, EcoreUtil.getRootContainer(target), theme.getId() + " -> " + target.getCode());
                }
            }
        }
    }

    @Test
    void everyObjectHasAUniqueIdAndTheFrameIsValid() {
        Set<String> ids = new HashSet<>();
        int objects = 0;
        for (TreeIterator<EObject> all = frame.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            String id = EcoreUtil.getID(object);
            assertTrue(id != null && ids.add(id), "missing or duplicate id " + id + " on " + object.eClass().getName());
            objects++;
        }
        assertTrue(objects > 17 + 169 + 3 + 15 * 4, "objects in the frame: " + objects);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(frame);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.toString());
    }

    @Test
    void eachCallBuildsNewObjects() {
        Frame other = catalogue.createFrame();
        assertNotSame(frame.getSdgs().get(0), other.getSdgs().get(0));
        assertTrue(EcoreUtil.equals(frame, other));
        frame.getSdgs().get(0).getTargets().get(0).setLocalWording("vår tekst");
        assertFalse(EcoreUtil.equals(frame, other));
    }
}
