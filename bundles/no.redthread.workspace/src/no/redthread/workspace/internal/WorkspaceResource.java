package no.redthread.workspace.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * One file of a workspace in the resource set. The workspace reads and writes all files together
 * (references cross files, and saves are atomic across them), so the resource never loads itself.
 */
final class WorkspaceResource extends ResourceImpl {

    static final String SCHEME = "redthread";

    WorkspaceResource(String path) {
        super(uriOf(path));
        // an id index kept up to date by EMF, so getEObject(id) does not scan 200,000 objects
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /** Logical URIs do not change with save-as, so proxies into unreadable files stay valid. */
    static URI uriOf(String path) {
        return URI.createURI(SCHEME + ":/" + path);
    }

    static String pathOf(URI uri) {
        return uri.path().substring(1);
    }

    /** Marks the resource as loaded, so that EMF never tries to demand-load it through a URI converter. */
    void markLoaded() {
        setLoaded(true);
    }

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) {
        throw new UnsupportedOperationException("workspace files are read by the workspace service");
    }

    @Override
    protected void doSave(OutputStream out, Map<?, ?> options) {
        throw new UnsupportedOperationException("workspace files are written by the workspace service");
    }
}
