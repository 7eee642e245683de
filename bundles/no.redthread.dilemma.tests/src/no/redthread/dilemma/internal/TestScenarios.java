package no.redthread.dilemma.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import no.redthread.core.packs.PackFile;

/** Scenario files written in the tests, one field per line where positions are asserted. */
final class TestScenarios {

    /** A valid file with one scenario; {@code ID} and {@code VERSION} are placeholders. */
    static final String TEMPLATE = """
            {
              "schemaVersion": 1,
              "scenarios": [
                {
                  "id": "ID",
                  "version": VERSION,
                  "title": "Testscenario ID",
                  "kind": "drawn",
                  "setting": "En kommune vurderer et hyttefelt på myr.",
                  "facts": [ { "text": "Myr lagrer karbon.", "source": "https://example.org/myr" } ],
                  "stakeholders": [ { "name": "Kommunestyret" }, { "name": "Statsforvalteren", "role": "innsigelse" } ],
                  "perspectives": [ { "text": "Miljø: klima (−)", "dimension": "dim-climate-environment", "themes": ["theme-climate-hazards"] } ],
                  "interactions": [
                    { "from": "measure", "to": "8.9", "direction": "positive", "suggested": { "score": 2, "mark": "[forslag]" }, "why": "Turisme." },
                    { "from": "8.9", "to": "15.5", "direction": "negative", "suggested": { "score": -2, "mark": "[forslag]" }, "why": "Leveområder." }
                  ],
                  "questions": ["Hvem bør avgjøre?"],
                  "handlingOptions": [ { "approach": "further-study", "text": "Videre utredning: kartlegge myra." } ],
                  "furtherReading": ["https://example.org/mer"]
                }
              ]
            }
            """;

    private TestScenarios() {
    }

    static String scenario(String id, int version) {
        return TEMPLATE.replace("ID", id).replace("VERSION", Integer.toString(version));
    }

    record Text(String path, String text) implements PackFile {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static ScenarioFiles read(String... pathsAndTexts) {
        List<Text> files = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.add(new Text(pathsAndTexts[i], pathsAndTexts[i + 1]));
        }
        return ScenarioFiles.read("test.pack", files);
    }

    /** Waits up to five seconds for the condition; returns whether it came true. */
    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
