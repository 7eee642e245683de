package no.redthread.core.packs;

import java.io.IOException;
import java.io.InputStream;

/** One data file of a content pack. */
public interface PackFile {

    /** The file's path in the bundle, e.g. {@code "schemes/klimasats.json"}: what problems name. */
    String path();

    InputStream open() throws IOException;
}
