package no.redthread.model.plan.provider;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.edit.EMFEditPlugin;

/**
 * The resource locator of the plan item providers: their text in the user's language and their icons.
 *
 * <p>Hand-written in place of the generated plugin class, whose Eclipse half needs org.eclipse.core.runtime, which
 * does not run on Felix. Everything is found through this bundle's class loader, so it works the same on Felix, on
 * Equinox and in plain Java:
 * <ul>
 * <li>text: the resource bundle {@value #BUNDLE_NAME} ({@code plugin.properties} is English, {@code plugin_nb}
 * bokmål, {@code plugin_nn} nynorsk), looked up for {@link Locale#getDefault()} at every call, so a change of the
 * default locale takes effect at once;</li>
 * <li>icons: {@code /icons/<key>.png} (or {@code .gif}) at the bundle root, returned as URLs.</li>
 * </ul>
 * Keys this bundle lacks go to EMF.Edit's own locator (EMFEditPlugin).
 */
public final class PlanEditPlugin extends EMFPlugin {

    /** The one instance, used by the item providers' {@code getResourceLocator()}. */
    public static final PlanEditPlugin INSTANCE = new PlanEditPlugin();

    /** The base name of the resource bundle with the item providers' text. */
    public static final String BUNDLE_NAME = "no.redthread.model.plan.provider.plugin";

    private static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".gif");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PlanEditPlugin() {
        super(new ResourceLocator[] {EMFEditPlugin.INSTANCE});
    }

    @Override
    public ResourceLocator getPluginResourceLocator() {
        return null; // no Eclipse plugin behind this locator, on any framework
    }

    /** The text for a key: translated into the default locale's language, or the English original. */
    @Override
    public String getString(String key, boolean translate) {
        Locale locale = translate ? Locale.getDefault() : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(BUNDLE_NAME, locale, PlanEditPlugin.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return delegatedGetString(key, translate);
        }
    }

    /** The URL of the icon {@code /icons/<key>.png} or {@code .gif}; EMF's own icons for other keys. */
    @Override
    public Object getImage(String key) {
        for (String extension : IMAGE_EXTENSIONS) {
            URL url = PlanEditPlugin.class.getResource("/icons/" + key + extension);
            if (url != null) {
                return url;
            }
        }
        return delegatedGetImage(key);
    }
}
