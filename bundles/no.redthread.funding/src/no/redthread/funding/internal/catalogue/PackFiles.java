package no.redthread.funding.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.FundingCatalog;

/**
 * Finds the scheme files of a content pack: the {@code *.json} files (except {@code schema.json}) of the folders,
 * or the files, its manifest header names.
 */
final class PackFiles {

    private record Entry(String path, URL url) implements SchemeFiles.Source {
        @Override
        public InputStream open() throws IOException {
            return url.openStream();
        }
    }

    private PackFiles() {
    }

    /** The header's value, or null if the bundle is no content pack. */
    static String header(Bundle bundle) {
        return bundle.getHeaders("").get(FundingCatalog.MANIFEST_HEADER);
    }

    /** Reads the pack's schemes; a header that names no JSON files is reported as a problem. */
    static SchemeFiles read(Bundle bundle) {
        String header = header(bundle);
        List<Entry> files = new ArrayList<>();
        for (String part : header.split(",")) {
            files.addAll(filesIn(bundle, part.strip()));
        }
        files.sort(Comparator.comparing(Entry::path));
        if (files.isEmpty()) {
            return new SchemeFiles(List.of(), List.of(new CatalogueProblem(bundle.getSymbolicName(),
                    "META-INF/MANIFEST.MF", 0, 0, FundingCatalog.MANIFEST_HEADER,
                    "names no folder or file with scheme files (*.json): \"" + header + "\"")));
        }
        return SchemeFiles.read(bundle.getSymbolicName(), files);
    }

    private static List<Entry> filesIn(Bundle bundle, String part) {
        if (part.isEmpty()) {
            return List.of();
        }
        if (part.endsWith(".json")) {
            URL url = bundle.getEntry(part);
            return url == null ? List.of() : List.of(new Entry(part.startsWith("/") ? part.substring(1) : part, url));
        }
        List<Entry> files = new ArrayList<>();
        for (URL url : Collections.list(orEmpty(bundle.findEntries(part, "*.json", false)))) {
            String path = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            if (!path.endsWith("/schema.json")) {
                files.add(new Entry(path, url));
            }
        }
        return files;
    }

    private static <T> Enumeration<T> orEmpty(Enumeration<T> entries) {
        return entries == null ? Collections.emptyEnumeration() : entries;
    }
}
