package no.redthread.workspace.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** One resource file as read, before its references to other objects are resolved. */
final class ParsedFile {

    /** A reference as written in the file, with the place of its text. */
    record Pending(EObject owner, EReference reference, String target, int line, int column) {
    }

    final String path;
    final List<EObject> contents = new ArrayList<>();
    final Map<String, EObject> ids = new HashMap<>();
    final List<Pending> references = new ArrayList<>();

    ParsedFile(String path) {
        this.path = path;
    }
}
