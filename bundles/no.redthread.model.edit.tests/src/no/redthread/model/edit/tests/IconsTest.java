package no.redthread.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.provider.PlanItemProviderAdapterFactory;

/** Every class has its own 16x16 PNG icon; SDGs and their targets show the UN colour of the goal. */
class IconsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final PlanItemProviderAdapterFactory factory = new PlanItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void everyClassHasItsOwnSixteenPixelPng() throws IOException {
        for (EClass eClass : ItemProviderCoverageTest.concreteClasses()) {
            EObject object = PlanPackage.eINSTANCE.getEFactoryInstance().create(eClass);
            URL icon = icon(object);
            assertTrue(icon.getPath().endsWith("/icons/full/obj16/" + eClass.getName() + ".png"), icon.toString());
            assertSixteenPixelPng(icon);
        }
    }

    @Test
    void sdgsAndTheirTargetsUseTheColourOfTheirGoal() throws IOException {
        Sdg climate = Plans.sdg(13, "Stoppe klimaendringene", "Climate action");
        SdgTarget inside = Plans.sdgTarget("13.2", "nb", "en");
        climate.getTargets().add(inside);
        SdgTarget loose = Plans.sdgTarget("7.2", "nb", "en");

        assertTrue(icon(climate).getPath().endsWith("/Sdg13.png"), icon(climate).toString());
        assertTrue(icon(inside).getPath().endsWith("/SdgTarget13.png"), icon(inside).toString());
        assertTrue(icon(loose).getPath().endsWith("/SdgTarget7.png"), "the number comes from the code when loose");
        assertTrue(icon(Plans.FACTORY.createSdg()).getPath().endsWith("/Sdg.png"), "no number: the neutral icon");
        for (int number = 1; number <= 17; number++) {
            assertSixteenPixelPng(icon(Plans.sdg(number, "", "")));
        }
    }

    private URL icon(Object object) {
        return assertInstanceOf(URL.class, Plans.adapt(factory, object, IItemLabelProvider.class).getImage(object));
    }

    private static void assertSixteenPixelPng(URL icon) throws IOException {
        byte[] header;
        try (InputStream in = icon.openStream()) {
            header = in.readNBytes(24);
        }
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(header, 8), icon + " is a PNG");
        ByteBuffer size = ByteBuffer.wrap(header, 16, 8);
        assertEquals(16, size.getInt(), icon + " width");
        assertEquals(16, size.getInt(), icon + " height");
    }
}
