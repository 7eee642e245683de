package no.redthread.model.plan.provider;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;

import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;

/**
 * The base of every plan item provider (the generator's "provider root extends class"): the shared pieces of the
 * hand-made labels and icons, and ids for the children that "New child" creates.
 */
public class RedthreadItemProvider extends ItemProviderAdapter {

    private static final Set<String> NORWEGIAN = Set.of("nb", "nn", "no");
    private static final int SHORT_TEXT = 60;

    public RedthreadItemProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public ResourceLocator getResourceLocator() {
        return PlanEditPlugin.INSTANCE;
    }

    /** Whether the user reads Norwegian (bokmål or nynorsk); otherwise catalogue texts are shown in English. */
    protected static boolean norwegian() {
        return NORWEGIAN.contains(Locale.getDefault().getLanguage());
    }

    /** The first text that is not blank, or null. */
    protected static String firstOf(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    /** The parts that are not blank, joined with spaces ("4601 Bergen"); empty when all are blank. */
    protected static String joined(String... parts) {
        StringJoiner joined = new StringJoiner(" ");
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part.strip());
            }
        }
        return joined.toString();
    }

    /** The text on one line, cut at {@value #SHORT_TEXT} characters with an ellipsis. */
    protected static String shortened(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHORT_TEXT ? line : line.substring(0, SHORT_TEXT - 1).stripTrailing() + "…";
    }

    /** "Mål: Bedre folkehelse", or just the type name ("Mål") when the label is blank. */
    protected String typed(String typeKey, String label) {
        String type = getString(typeKey);
        return label == null || label.isBlank() ? type : getString("_UI_Typed_label", new Object[] {type, label.strip()});
    }

    /** The label, or the type name when the label is blank. */
    protected String orType(String typeKey, String label) {
        return label == null || label.isBlank() ? getString(typeKey) : label;
    }

    /** The number of the SDG a target belongs to: its container's, else the part of its code before the dot. */
    protected static int sdgNumber(SdgTarget target) {
        if (target.eContainer() instanceof Sdg sdg) {
            return sdg.getNumber();
        }
        String code = target.getCode() == null ? "" : target.getCode().strip();
        int dot = code.indexOf('.');
        try {
            return dot > 0 ? Integer.parseInt(code.substring(0, dot)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The icon for the key, or the one for the fallback key when this bundle has none. */
    protected Object imageOr(String key, String fallbackKey) {
        try {
            return getResourceLocator().getImage(key);
        } catch (MissingResourceException e) {
            return getResourceLocator().getImage(fallbackKey);
        }
    }

    /**
     * "Nytt mål", "Ny plan": the text of a new-child action comes from the child type's own key
     * ({@code _UI_<Type>_new}), because a Norwegian adjective agrees with the noun's gender.
     */
    @Override
    public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
        if (child instanceof EObject created) {
            try {
                return getString("_UI_" + created.eClass().getName() + "_new");
            } catch (MissingResourceException e) {
                // a type without its own text: EMF's pattern below
            }
        }
        return super.getCreateChildText(owner, feature, child, selection);
    }

    /**
     * A new child gets its stable id at once, e.g. {@code budget-line-3f2a...}, and a name that says
     * what it is ("Nytt mål"), as the plan editor's buttons give it, so no view shows it by its id.
     */
    @Override
    protected CommandParameter createChildParameter(Object feature, Object child) {
        if (child instanceof Identified identified && identified.getId() == null) {
            identified.setId(ModelIds.newId(idPrefix(identified)));
        }
        if (child instanceof EObject created) {
            nameAsNew(created);
        }
        return super.createChildParameter(feature, child);
    }

    private void nameAsNew(EObject created) {
        for (String candidate : new String[] {"name", "title"}) {
            if (created.eClass().getEStructuralFeature(candidate) instanceof EAttribute attribute
                    && attribute.getEType().getInstanceClass() == String.class && created.eGet(attribute) == null) {
                try {
                    created.eSet(attribute, getString("_UI_" + created.eClass().getName() + "_new"));
                } catch (MissingResourceException e) {
                    // a type without its own text keeps no name
                }
                return;
            }
        }
    }

    private static String idPrefix(Identified identified) {
        return identified.eClass().getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
