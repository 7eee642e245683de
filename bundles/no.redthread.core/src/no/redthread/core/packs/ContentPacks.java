package no.redthread.core.packs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

/**
 * Finds the data files of a content pack: the {@code *.json} files (except {@code schema.json}) of the folders, or
 * the files, a manifest header names, comma-separated, e.g. {@code Redthread-FundingSchemes: schemes/}.
 */
public final class ContentPacks {

    private record BundleFile(String path, URL url) implements PackFile {
        @Override
        public InputStream open() throws IOException {
            return url.openStream();
        }
    }

    private ContentPacks() {
    }

    /** The header's value, or null if the bundle is no content pack of that kind. */
    public static String header(Bundle bundle, String header) {
        return bundle.getHeaders("").get(header);
    }

    /** The pack's files sorted by path; empty when the header names none (or is missing). */
    public static List<PackFile> jsonFiles(Bundle bundle, String header) {
        String value = header(bundle, header);
        if (value == null) {
            return List.of();
        }
        List<BundleFile> files = new ArrayList<>();
        for (String part : value.split(",")) {
            files.addAll(filesIn(bundle, part.strip()));
        }
        files.sort(Comparator.comparing(BundleFile::path));
        return List.copyOf(files);
    }

    private static List<BundleFile> filesIn(Bundle bundle, String part) {
        if (part.isEmpty()) {
            return List.of();
        }
        if (part.endsWith(".json")) {
            URL url = bundle.getEntry(part);
            return url == null ? List.of() : List.of(new BundleFile(relative(part), url));
        }
        List<BundleFile> files = new ArrayList<>();
        for (URL url : Collections.list(orEmpty(bundle.findEntries(part, "*.json", false)))) {
            String path = relative(url.getPath());
            if (!path.endsWith("/schema.json")) {
                files.add(new BundleFile(path, url));
            }
        }
        return files;
    }

    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static <T> Enumeration<T> orEmpty(Enumeration<T> entries) {
        return entries == null ? Collections.emptyEnumeration() : entries;
    }
}
