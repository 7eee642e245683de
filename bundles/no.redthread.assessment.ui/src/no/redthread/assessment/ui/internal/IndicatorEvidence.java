package no.redthread.assessment.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import no.redthread.workspace.Workspace;

/**
 * An indicator of the workspace that an answer can cite, by its code. Found through the indicator module's model by
 * name (module root {@value #MODULE}, class {@code Indicator}, attributes {@code code} and {@code nameNb}), so the
 * assessment module works, and keeps cited codes, without the indicator module.
 */
record IndicatorEvidence(String code, String name) {

    static final String MODULE = "indicators";

    /** The indicators the workspace holds, in model order; none without the indicator module. */
    static List<IndicatorEvidence> of(Workspace workspace) {
        return workspace.moduleRoot(MODULE).map(IndicatorEvidence::in).orElse(List.of());
    }

    /** The indicators under a module root. */
    static List<IndicatorEvidence> in(EObject root) {
        List<IndicatorEvidence> found = new ArrayList<>();
        root.eAllContents().forEachRemaining(object -> {
            if (object.eClass().getName().equals("Indicator")) {
                String code = text(object, "code");
                if (!code.isEmpty()) {
                    found.add(new IndicatorEvidence(code, text(object, "nameNb")));
                }
            }
        });
        return found;
    }

    /** The cited codes as evidence items: the workspace's indicator where there is one, else the bare code. */
    static List<IndicatorEvidence> cited(List<String> codes, List<IndicatorEvidence> known) {
        return codes.stream().map(code -> known.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElse(new IndicatorEvidence(code, ""))).toList();
    }

    private static String text(EObject object, String feature) {
        EStructuralFeature found = object.eClass().getEStructuralFeature(feature);
        Object value = found == null ? null : object.eGet(found);
        return value == null ? "" : value.toString();
    }

    /** "BEF-02 Befolkningsvekst". */
    String label() {
        return name.isEmpty() ? code : code + " " + name;
    }
}
