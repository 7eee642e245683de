package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceProblem;

/** Why a workspace cannot be read reaches the user in the UI language, with Jackson's English left out. */
class ReasonsTest {

    @TempDir
    Path folder;
    private Locale locale;

    @BeforeEach
    void norwegian() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    @Test
    void anEmptyFolderIsNoWorkspaceInNorwegian() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Fixtures.service().open(folder));
        assertEquals("ikke et Redthread-arbeidsområde: workspace.json mangler", e.getReason());
    }

    @Test
    void aMissingCommaIsNamedInNorwegianWithItsPlace() throws IOException {
        Path workspaceFolder = folder.resolve("andoy");
        WorkspaceServiceImpl service = Fixtures.service();
        service.create(workspaceFolder, SampleModels.planSystem("1871", "Andøy", 1, 1));
        service.close();
        Path plans = workspaceFolder.resolve("plansystem.json");
        String content = Files.readString(plans);
        Files.writeString(plans, content.replaceFirst("\"version\": 1,", "\"version\": 1"));
        Workspace workspace = service.open(workspaceFolder);
        WorkspaceProblem problem = workspace.problems().stream().filter(p -> p.file().equals(plans)).findFirst()
                .orElseThrow();
        assertTrue(problem.reason().startsWith("et komma mangler foran «\"»"), problem.reason());
        assertTrue(problem.line() > 1, problem.toString());
        service.close();
    }

    @Test
    void everyLanguageHasEveryReason() throws IOException {
        Properties english = load("reasons.properties");
        for (String language : new String[] { "reasons_nb.properties", "reasons_nn.properties" }) {
            assertEquals(english.keySet(), load(language).keySet(), language);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Reasons.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
