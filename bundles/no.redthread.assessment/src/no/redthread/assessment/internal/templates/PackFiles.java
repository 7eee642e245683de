package no.redthread.assessment.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;

import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.assessment.template.TemplateProblem;

/** Finds the template files of a content pack: the {@code *.json} files of the folders its manifest header names. */
final class PackFiles {

    private record Entry(String path, URL url) implements TemplateFiles.Source {
        @Override
        public InputStream open() throws IOException {
            return url.openStream();
        }
    }

    private PackFiles() {
    }

    /** The header's value, or null if the bundle is no content pack. */
    static String header(Bundle bundle) {
        return bundle.getHeaders("").get(FormTemplateProvider.MANIFEST_HEADER);
    }

    /** Reads the pack's templates; a header that names no folder with JSON files is reported as a problem. */
    static TemplateFiles read(Bundle bundle) {
        String header = header(bundle);
        List<Entry> files = new ArrayList<>();
        for (String folder : header.split(",")) {
            files.addAll(filesIn(bundle, folder.strip()));
        }
        files.sort(Comparator.comparing(Entry::path));
        if (files.isEmpty()) {
            return TemplateFiles.of(List.of(), List.of(new TemplateProblem(bundle.getSymbolicName(), "META-INF/MANIFEST.MF",
                    FormTemplateProvider.MANIFEST_HEADER, "names no folder with *.json files: \"" + header + "\"")));
        }
        return TemplateFiles.read(bundle.getSymbolicName(), files);
    }

    private static List<Entry> filesIn(Bundle bundle, String folder) {
        if (folder.isEmpty()) {
            return List.of();
        }
        List<Entry> files = new ArrayList<>();
        for (URL url : Collections.list(orEmpty(bundle.findEntries(folder, "*.json", false)))) {
            String path = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            files.add(new Entry(path, url));
        }
        return files;
    }

    private static <T> java.util.Enumeration<T> orEmpty(java.util.Enumeration<T> entries) {
        return entries == null ? Collections.emptyEnumeration() : entries;
    }
}
