package no.redthread.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import no.redthread.model.plan.provider.PlanEditPlugin;

/**
 * The resource locator finds its text and icons through the bundle's class loader, never through
 * org.eclipse.core.runtime (which does not run on Felix): on any OSGi framework and in plain Java alike.
 */
class ResourceLocatorTest {

    /** A class of each bundle the item providers need: EMF common, ecore and edit, the model, the item providers. */
    private static final List<Class<?>> EMF_AND_MODEL = List.of(org.eclipse.emf.common.util.URI.class,
            org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.edit.provider.ItemProviderAdapter.class,
            no.redthread.model.plan.PlanPackage.class, PlanEditPlugin.class);

    private final Locale original = Locale.getDefault();
    private final Bundle bundle = FrameworkUtil.getBundle(PlanEditPlugin.class);

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void theBundleDependsOnNothingOfTheEclipseRuntime() {
        assertNull(PlanEditPlugin.INSTANCE.getPluginResourceLocator(), "no Eclipse plugin behind the locator");
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(null)) {
            String provider = wire.getProvider().getSymbolicName();
            assertFalse(provider.startsWith("org.eclipse.core") || provider.startsWith("org.eclipse.equinox"),
                    "wired to " + provider);
        }
    }

    @Test
    void textsAndIconsAreThisBundlesOwn() throws IOException {
        URL icon = (URL) PlanEditPlugin.INSTANCE.getImage("full/obj16/Goal");
        URL entry = bundle.getEntry("icons/full/obj16/Goal.png");
        assertNotNull(entry, "the icon is in the bundle");
        try (InputStream found = icon.openStream(); InputStream expected = entry.openStream()) {
            assertTrue(java.util.Arrays.equals(expected.readAllBytes(), found.readAllBytes()), icon.toString());
        }
        assertNotNull(bundle.getResource("no/redthread/model/plan/provider/plugin_nn.properties"));
    }

    @Test
    void aNewDefaultLocaleTakesEffectAtOnce() {
        Plans.useLanguage("nb");
        assertEquals("Beskrivelse", PlanEditPlugin.INSTANCE.getString("_UI_Goal_description_feature"));
        Plans.useLanguage("nn");
        assertEquals("Skildring", PlanEditPlugin.INSTANCE.getString("_UI_Goal_description_feature"));
        Plans.useLanguage("en");
        assertEquals("Description", PlanEditPlugin.INSTANCE.getString("_UI_Goal_description_feature"));
        Plans.useLanguage("nb");
        assertEquals("Description", PlanEditPlugin.INSTANCE.getString("_UI_Goal_description_feature", false),
                "untranslated is the English original");
    }

    @Test
    void keysAndIconsThisBundleLacksComeFromEmfEdit() {
        Plans.useLanguage("en");
        assertEquals("Set", PlanEditPlugin.INSTANCE.getString("_UI_SetCommand_label"));
        assertTrue(((URL) PlanEditPlugin.INSTANCE.getImage("full/obj16/Item")).getPath().endsWith("Item.gif"));
        assertThrows(MissingResourceException.class, () -> PlanEditPlugin.INSTANCE.getString("_UI_NoSuchKey"));
    }

    /** The same classes, loaded without OSGi and without any Eclipse runtime, still find their text and icons. */
    @Test
    void worksInPlainJavaToo() throws Exception {
        try (URLClassLoader plain = new URLClassLoader(classpathOf(EMF_AND_MODEL), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> plain.loadClass("org.eclipse.core.runtime.Platform"));
            assertThrows(ClassNotFoundException.class, () -> plain.loadClass("org.osgi.framework.Bundle"));
            Class<?> pluginClass = plain.loadClass(PlanEditPlugin.class.getName());
            assertNotSame(PlanEditPlugin.class, pluginClass);
            Object plugin = pluginClass.getField("INSTANCE").get(null);

            Plans.useLanguage("nb");
            assertEquals("Tiltak", pluginClass.getMethod("getString", String.class).invoke(plugin, "_UI_Measure_type"));
            URL icon = (URL) pluginClass.getMethod("getImage", String.class).invoke(plugin, "full/obj16/Measure");
            try (InputStream in = icon.openStream()) {
                assertTrue(in.readAllBytes().length > 0, icon.toString());
            }
            assertEquals("Mål: Bedre folkehelse", goalText(plain, "Bedre folkehelse"));
        }
    }

    private static String goalText(ClassLoader loader, String name) throws Exception {
        Object planFactory = loader.loadClass("no.redthread.model.plan.PlanFactory").getField("eINSTANCE").get(null);
        Object goal = planFactory.getClass().getMethod("createGoal").invoke(planFactory);
        goal.getClass().getMethod("setName", String.class).invoke(goal, name);
        Object adapterFactory = loader.loadClass("no.redthread.model.plan.provider.PlanItemProviderAdapterFactory")
                .getConstructor().newInstance();
        Class<?> labels = loader.loadClass("org.eclipse.emf.edit.provider.IItemLabelProvider");
        Object provider = adapterFactory.getClass().getMethod("adapt", Object.class, Object.class)
                .invoke(adapterFactory, goal, labels);
        return (String) labels.getMethod("getText", Object.class).invoke(provider, goal);
    }

    /**
     * Where the classes of the given bundles come from (their code sources): jars, or for the bundles of this
     * reactor their project folders, to which the compiled classes in target/classes are added.
     */
    private static URL[] classpathOf(List<Class<?>> anchors) throws Exception {
        List<URL> classpath = new ArrayList<>();
        for (Class<?> anchor : anchors) {
            URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
            File file = new File(location.toURI());
            classpath.add(file.toURI().toURL());
            File classes = new File(file, "target/classes");
            if (classes.isDirectory()) {
                classpath.add(classes.toURI().toURL());
            }
        }
        return classpath.toArray(URL[]::new);
    }
}
