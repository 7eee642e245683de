package no.redthread.dilemma.sessions.internal;

import java.net.URL;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.edit.EMFEditPlugin;

/**
 * The resource locator of the sessions' item providers: this bundle's messages first, then EMF.Edit's own
 * (for its generic texts). EMF.Edit's property descriptors name enum values through it.
 */
enum MessagesLocator implements ResourceLocator {
    INSTANCE;

    private static final ResourceLocator EMF = EMFEditPlugin.INSTANCE;

    @Override
    public URL getBaseURL() {
        return EMF.getBaseURL();
    }

    @Override
    public Object getImage(String key) {
        return EMF.getImage(key);
    }

    @Override
    public String getString(String key) {
        return Texts.find(key).orElseGet(() -> EMF.getString(key));
    }

    @Override
    public String getString(String key, boolean translate) {
        return Texts.find(key).orElseGet(() -> EMF.getString(key, translate));
    }

    @Override
    public String getString(String key, Object[] substitutions) {
        return Texts.find(key).map(text -> Texts.get(key, substitutions)).orElseGet(() -> EMF.getString(key, substitutions));
    }

    @Override
    public String getString(String key, Object[] substitutions, boolean translate) {
        return getString(key, substitutions);
    }
}
