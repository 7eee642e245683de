package no.redthread.funding.internal.catalogue;

import java.util.List;

import org.osgi.framework.Bundle;

import no.redthread.core.packs.ContentPacks;
import no.redthread.core.packs.PackFile;
import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.FundingCatalog;

/** Reads the scheme files of a content pack, found by the convention every module's packs share. */
final class PackFiles {

    private PackFiles() {
    }

    /** The header's value, or null if the bundle is no funding content pack. */
    static String header(Bundle bundle) {
        return ContentPacks.header(bundle, FundingCatalog.MANIFEST_HEADER);
    }

    /** Reads the pack's schemes; a header that names no JSON files is reported as a problem. */
    static SchemeFiles read(Bundle bundle) {
        List<PackFile> files = ContentPacks.jsonFiles(bundle, FundingCatalog.MANIFEST_HEADER);
        if (files.isEmpty()) {
            return new SchemeFiles(List.of(), List.of(new CatalogueProblem(bundle.getSymbolicName(),
                    "META-INF/MANIFEST.MF", 0, 0, FundingCatalog.MANIFEST_HEADER,
                    "names no folder or file with scheme files (*.json): \"" + header(bundle) + "\"")));
        }
        return SchemeFiles.read(bundle.getSymbolicName(), files);
    }
}
