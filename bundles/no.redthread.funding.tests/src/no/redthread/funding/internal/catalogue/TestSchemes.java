package no.redthread.funding.internal.catalogue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.redthread.core.packs.PackFile;
import java.util.List;

/** Scheme files written in the tests, one field per line so that positions can be asserted. */
final class TestSchemes {

    /** A valid file with one scheme; {@code id} and {@code lastChecked} are placeholders (ID, CHECKED). */
    static final String TEMPLATE = """
            {
              "schemaVersion": 1,
              "schemes": [
                {
                  "id": "ID",
                  "nameNb": "Testordning ID",
                  "owner": "Testdirektoratet",
                  "applicants": ["kommune", "interkommunalt samarbeid"],
                  "purpose": "Prøve ut tester",
                  "dimensions": ["dim-climate-environment"],
                  "themes": ["theme-climate-hazards"],
                  "sdgGoals": [13],
                  "sdgTargets": ["13.1"],
                  "deadline": { "kind": "annual", "dates": ["02-15"], "checkedYear": 2025, "note": "15. februar" },
                  "amount": { "maxPerApplication": 500000, "coFundingShare": 0.5 },
                  "url": "https://example.org/ordning",
                  "source": "invented for the tests",
                  "lastChecked": "CHECKED"
                }
              ]
            }
            """;

    private TestSchemes() {
    }

    static String scheme(String id, String lastChecked) {
        return TEMPLATE.replace("ID", id).replace("CHECKED", lastChecked);
    }

    record Text(String path, String text) implements PackFile {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static SchemeFiles read(String... pathsAndTexts) {
        List<Text> files = new java.util.ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.add(new Text(pathsAndTexts[i], pathsAndTexts[i + 1]));
        }
        return SchemeFiles.read("test.pack", files);
    }
}
