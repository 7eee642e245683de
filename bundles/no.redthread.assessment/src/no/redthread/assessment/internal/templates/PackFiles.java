package no.redthread.assessment.internal.templates;

import java.util.List;

import org.osgi.framework.Bundle;

import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.assessment.template.TemplateProblem;
import no.redthread.core.packs.ContentPacks;
import no.redthread.core.packs.PackFile;

/** Reads the template files of a content pack, found by the convention every module's packs share. */
final class PackFiles {

    private PackFiles() {
    }

    /** The header's value, or null if the bundle is no template pack. */
    static String header(Bundle bundle) {
        return ContentPacks.header(bundle, FormTemplateProvider.MANIFEST_HEADER);
    }

    /** Reads the pack's templates; a header that names no folder with JSON files is reported as a problem. */
    static TemplateFiles read(Bundle bundle) {
        List<PackFile> files = ContentPacks.jsonFiles(bundle, FormTemplateProvider.MANIFEST_HEADER);
        if (files.isEmpty()) {
            return TemplateFiles.of(List.of(), List.of(new TemplateProblem(bundle.getSymbolicName(), "META-INF/MANIFEST.MF",
                    FormTemplateProvider.MANIFEST_HEADER, "names no folder with *.json files: \"" + header(bundle) + "\"")));
        }
        return TemplateFiles.read(bundle.getSymbolicName(), files);
    }
}
