package no.redthread.workbench.ui.internal.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.CommandContribution.MenuLocation;
import no.redthread.workbench.ui.internal.commands.SimpleCommand;

class MenuOrderTest {

    @Test
    void theWorkspaceCommandsComeFirstThenTheModulesByLabelAndExitLastWhateverTheyRegisteredIn() {
        List<CommandContribution> registered = Arrays.asList(command(MenuOrder.EXIT, "Avslutt"),
                command("no.redthread.indicators.import", "Importer indikatordata"),
                command("no.redthread.workspace.new", "Nytt arbeidsområde"),
                command("no.redthread.assessment.export", "Eksporter bærekraftsvurdering"),
                command("no.redthread.workspace.save", "&Lagre"));

        List<String> order = MenuOrder.of(registered).stream().map(c -> c == null ? "—" : c.label()).toList();

        assertEquals(List.of("Nytt arbeidsområde", "&Lagre", "—", "Eksporter bærekraftsvurdering", "Importer indikatordata",
                "—", "Avslutt"), order);
    }

    private static CommandContribution command(String id, String label) {
        return new SimpleCommand(id, label, MenuLocation.FILE, null, () -> { });
    }
}
