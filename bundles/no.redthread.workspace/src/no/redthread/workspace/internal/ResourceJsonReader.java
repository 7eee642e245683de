package no.redthread.workspace.internal;

import java.io.IOException;
import java.util.Collection;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one resource file with Jackson's streaming parser, so every fault carries the line and
 * column where it was found. References are collected, not resolved: they may point into files
 * that are read later (see {@link ReferenceResolver}).
 */
final class ResourceJsonReader {

    private final EPackage.Registry packages;
    private ParsedFile file;
    private JsonParser json;
    private String nsUri;

    ResourceJsonReader(EPackage.Registry packages) {
        this.packages = packages;
    }

    ParsedFile read(String path, byte[] content) throws ResourceFault {
        file = new ParsedFile(path);
        nsUri = null;
        boolean versionSeen = false;
        try (JsonParser parser = Json.FACTORY.createParser(content)) {
            json = parser;
            expect(json.nextToken() == JsonToken.START_OBJECT, Reasons.get("resource.start"));
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                switch (name) {
                    case "format" -> expect(ResourceFormat.FORMAT.equals(json.getValueAsString()),
                            Reasons.get("resource.notResource", ResourceFormat.FORMAT));
                    case "version" -> {
                        readVersion();
                        versionSeen = true;
                    }
                    case "nsURI" -> readPackage();
                    case "contents" -> readContents(versionSeen);
                    default -> throw ResourceFault.at(json, Reasons.get("resource.unknownField", name));
                }
            }
            expect(json.currentToken() == JsonToken.END_OBJECT && json.nextToken() == null, Reasons.get("resource.unexpected"));
            if (!versionSeen) {
                throw new ResourceFault(Reasons.get("resource.noVersion"));
            }
            return file;
        } catch (JsonProcessingException e) {
            throw ResourceFault.of(e);
        } catch (IOException e) {
            throw new ResourceFault(e.toString());
        } catch (RuntimeException e) {
            // EMF refusing an object or value (e.g. an unsupported feature map): still this file's fault
            throw ResourceFault.at(json, e.toString());
        }
    }

    private void readVersion() throws IOException, ResourceFault {
        if (json.currentToken() != JsonToken.VALUE_NUMBER_INT || json.getIntValue() != ResourceFormat.VERSION) {
            throw ResourceFault.at(json, Reasons.get("format.version", json.getText(), ResourceFormat.VERSION));
        }
    }

    private void readPackage() throws IOException, ResourceFault {
        nsUri = json.getValueAsString();
        expect(nsUri != null && packages.getEPackage(nsUri) != null, Reasons.get("resource.unknownPackage", json.getText()));
    }

    private void readContents(boolean versionSeen) throws IOException, ResourceFault {
        expect(versionSeen, Reasons.get("resource.versionFirst"));
        expect(json.currentToken() == JsonToken.START_ARRAY, Reasons.get("resource.contentsArray"));
        while (json.nextToken() != JsonToken.END_ARRAY) {
            file.contents.add(readObject(null));
        }
    }

    private EObject readObject(EClass expected) throws IOException, ResourceFault {
        expect(json.currentToken() == JsonToken.START_OBJECT, Reasons.get("resource.object"));
        expect(json.nextToken() == JsonToken.FIELD_NAME && ResourceFormat.TYPE.equals(json.currentName()),
                Reasons.get("resource.typeFirst"));
        json.nextToken();
        EClass eClass = type(json.getValueAsString(), expected);
        EObject object = EcoreUtil.create(eClass);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            expect(feature != null && ResourceFormat.persisted(feature), Reasons.get("resource.noFeature", eClass.getName(), name));
            json.nextToken();
            if (feature instanceof EAttribute attribute) {
                readAttribute(object, attribute);
            } else if (((EReference) feature).isContainment()) {
                readContained(object, (EReference) feature);
            } else {
                readReference(object, (EReference) feature);
            }
        }
        String id = EcoreUtil.getID(object);
        if (id != null && file.ids.putIfAbsent(id, object) != null) {
            throw ResourceFault.at(json, Reasons.get("resource.duplicateId", id));
        }
        return object;
    }

    private EClass type(String text, EClass expected) throws ResourceFault {
        expect(text != null, Reasons.get("resource.typeString"));
        int hash = text.lastIndexOf('#');
        EPackage ePackage = packages.getEPackage(hash < 0 ? nsUri : text.substring(0, hash));
        EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(text.substring(hash + 1));
        if (!(classifier instanceof EClass eClass) || eClass.isAbstract() || eClass.isInterface()) {
            throw ResourceFault.at(json, Reasons.get("resource.unknownType", text));
        }
        if (expected != null && !expected.isSuperTypeOf(eClass)) {
            throw ResourceFault.at(json, Reasons.get("resource.wrongType", text, expected.getName()));
        }
        return eClass;
    }

    private void readAttribute(EObject object, EAttribute attribute) throws IOException, ResourceFault {
        if (!attribute.isMany()) {
            Object value = value(attribute);
            if (value != null) {
                object.eSet(attribute, value);
            }
            return;
        }
        expect(json.currentToken() == JsonToken.START_ARRAY, Reasons.get("resource.array", attribute.getName()));
        @SuppressWarnings("unchecked")
        Collection<Object> values = (Collection<Object>) object.eGet(attribute);
        while (json.nextToken() != JsonToken.END_ARRAY) {
            values.add(value(attribute));
        }
    }

    /** Every scalar goes through EMF's own conversion, the inverse of what the writer did. */
    private Object value(EAttribute attribute) throws IOException, ResourceFault {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(token.isScalarValue(), Reasons.get("resource.value", attribute.getName()));
        String text = json.getText();
        try {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
        } catch (RuntimeException e) {
            throw ResourceFault.at(json, Reasons.get("resource.badValue", text, attribute.getName(), e.getMessage()));
        }
    }

    private void readContained(EObject object, EReference reference) throws IOException, ResourceFault {
        if (!reference.isMany()) {
            object.eSet(reference, readObject(reference.getEReferenceType()));
            return;
        }
        expect(json.currentToken() == JsonToken.START_ARRAY, Reasons.get("resource.array", reference.getName()));
        @SuppressWarnings("unchecked")
        InternalEList<EObject> children = (InternalEList<EObject>) object.eGet(reference);
        while (json.nextToken() != JsonToken.END_ARRAY) {
            children.addUnique(readObject(reference.getEReferenceType()));
        }
    }

    private void readReference(EObject object, EReference reference) throws IOException, ResourceFault {
        if (!reference.isMany()) {
            pending(object, reference);
            return;
        }
        expect(json.currentToken() == JsonToken.START_ARRAY, Reasons.get("resource.array", reference.getName()));
        while (json.nextToken() != JsonToken.END_ARRAY) {
            pending(object, reference);
        }
    }

    private void pending(EObject object, EReference reference) throws IOException, ResourceFault {
        expect(json.currentToken() == JsonToken.VALUE_STRING, Reasons.get("resource.idString", reference.getName()));
        var at = json.currentTokenLocation();
        file.references.add(new ParsedFile.Pending(object, reference, json.getText(), at.getLineNr(), at.getColumnNr()));
    }

    private void expect(boolean condition, String reason) throws ResourceFault {
        if (!condition) {
            throw ResourceFault.at(json, reason);
        }
    }
}
