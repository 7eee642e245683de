package no.redthread.workspace.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes one resource reflectively: every object as {@code {"type", features in EClass order}},
 * containments nested, other references as ids ({@code file#id} across files). Unset features are
 * left out, so the output depends only on the model and is the same byte for byte on every save.
 */
final class ResourceJsonWriter {

    /** A reference that could not be written, in the file at {@code path}. */
    record Dropped(String path, String reason) {
    }

    private final Function<Resource, String> paths;
    private final List<Dropped> dropped = new ArrayList<>();
    private String nsUri;
    private Resource resource;

    /** @param paths the workspace path of each resource of the set ({@code plansystem.json}) */
    ResourceJsonWriter(Function<Resource, String> paths) {
        this.paths = paths;
    }

    /** References that could not be written because their target is in no resource (deleted objects). */
    List<Dropped> dropped() {
        return dropped;
    }

    byte[] write(Resource resource) {
        this.resource = resource;
        List<EObject> roots = resource.getContents();
        nsUri = roots.isEmpty() ? null : roots.get(0).eClass().getEPackage().getNsURI();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeStringField("format", ResourceFormat.FORMAT);
            json.writeNumberField("version", ResourceFormat.VERSION);
            if (nsUri != null) {
                json.writeStringField("nsURI", nsUri);
            }
            json.writeArrayFieldStart("contents");
            for (EObject root : roots) {
                writeObject(json, root);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void writeObject(JsonGenerator json, EObject object) throws IOException {
        json.writeStartObject();
        json.writeStringField(ResourceFormat.TYPE, ResourceFormat.typeName(object.eClass(), nsUri));
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!ResourceFormat.persisted(feature) || !object.eIsSet(feature)) {
                continue;
            }
            Object value = object.eGet(feature, false);
            if (feature instanceof EAttribute attribute) {
                json.writeFieldName(feature.getName());
                writeAttribute(json, attribute, value);
            } else if (((EReference) feature).isContainment()) {
                json.writeFieldName(feature.getName());
                writeContained(json, feature, value);
            } else {
                writeReferences(json, object, (EReference) feature, value);
            }
        }
        json.writeEndObject();
    }

    private void writeAttribute(JsonGenerator json, EAttribute attribute, Object value) throws IOException {
        if (!attribute.isMany()) {
            writeValue(json, attribute.getEAttributeType(), value);
            return;
        }
        json.writeStartArray();
        for (Object element : (List<?>) value) {
            writeValue(json, attribute.getEAttributeType(), element);
        }
        json.writeEndArray();
    }

    /** Numbers and booleans as JSON numbers and booleans; everything else in EMF's own string form. */
    private static void writeValue(JsonGenerator json, EDataType type, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Boolean b -> json.writeBoolean(b);
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Short s -> json.writeNumber(s);
            case Double d -> json.writeNumber(d);
            case Float f -> json.writeNumber(f);
            case BigDecimal d -> json.writeNumber(d);
            case BigInteger i -> json.writeNumber(i);
            default -> json.writeString(EcoreUtil.convertToString(type, value));
        }
    }

    private void writeContained(JsonGenerator json, EStructuralFeature feature, Object value) throws IOException {
        if (!feature.isMany()) {
            writeObject(json, (EObject) value);
            return;
        }
        json.writeStartArray();
        for (Object child : (List<?>) value) {
            writeObject(json, (EObject) child);
        }
        json.writeEndArray();
    }

    private void writeReferences(JsonGenerator json, EObject owner, EReference reference, Object value)
            throws IOException {
        List<String> targets = new ArrayList<>();
        for (Object target : reference.isMany() ? (List<?>) value : List.of(value)) {
            String text = referenceText((EObject) target);
            if (text == null) {
                dropped.add(new Dropped(paths.apply(resource),
                        describe(owner) + "." + reference.getName() + " referred to an object that is in no file"));
            } else {
                targets.add(text);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        json.writeFieldName(reference.getName());
        if (!reference.isMany()) {
            json.writeString(targets.get(0));
            return;
        }
        json.writeStartArray();
        for (String target : targets) {
            json.writeString(target);
        }
        json.writeEndArray();
    }

    /** {@code id} in the same file, {@code file#id} in another; proxies keep the reference they were read with. */
    private String referenceText(EObject target) {
        if (target.eIsProxy()) {
            var uri = ((InternalEObject) target).eProxyURI();
            return WorkspaceResource.pathOf(uri) + "#" + uri.fragment();
        }
        Resource targetResource = target.eResource();
        if (targetResource == null) {
            return null;
        }
        String id = EcoreUtil.getID(target);
        String key = id != null ? id : targetResource.getURIFragment(target);
        if (targetResource == resource) {
            return key.indexOf('#') >= 0 ? "#" + key : key;
        }
        String path = paths.apply(targetResource);
        return path == null ? null : path + "#" + key;
    }

    private static String describe(EObject object) {
        String id = EcoreUtil.getID(object);
        return object.eClass().getName() + (id == null ? "" : " " + id);
    }
}
