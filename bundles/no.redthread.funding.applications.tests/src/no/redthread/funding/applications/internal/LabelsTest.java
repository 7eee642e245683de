package no.redthread.funding.applications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.funding.applications.ApplicationCommands;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.api.FundingDetails;

/**
 * What the Explorer, Properties and the plan editor read, through the workspace's own adapter factory (which
 * composes this bundle's item provider service) and the FundingDetails service, in bokmål, nynorsk and English.
 */
class LabelsTest {

    @TempDir
    Path folder;

    @Test
    void anApplicationReadsInBokmaalWithNorwegianPropertyNamesAndStatusNames() throws Exception {
        try (TestWorkspace test = new TestWorkspace(folder.resolve("hamar"), "nb-NO")) {
            FundingApplication application = create(test);
            AdapterFactoryEditingDomain domain = test.workspace.editingDomain();
            IItemLabelProvider labels = (IItemLabelProvider) domain.getAdapterFactory().adapt(application, IItemLabelProvider.class);
            assertEquals("Klimasats (planlagt)", labels.getText(application));

            IItemPropertySource properties = (IItemPropertySource) domain.getAdapterFactory().adapt(application, IItemPropertySource.class);
            List<String> names = properties.getPropertyDescriptors(application).stream()
                    .map(descriptor -> descriptor.getDisplayName(application)).toList();
            assertEquals(List.of("Id", "Ordningens id", "Tilskuddsordning", "Tiltak", "Status", "Søknadsbeløp (kr)",
                    "Innvilget beløp (kr)", "Søknadsfrist", "Vedtaksdato", "Merknader"), names);
            IItemPropertyDescriptor status = properties.getPropertyDescriptor(application, "status");
            test.execute(ApplicationCommands.setStatus(domain, application, ApplicationStatus.GRANTED));
            assertEquals("innvilget", status.getLabelProvider(application).getText(application.getStatus()));
            assertEquals("Klimasats (innvilget)", labels.getText(application));
        }
    }

    @Test
    void nynorskAndEnglish() throws Exception {
        try (TestWorkspace test = new TestWorkspace(folder.resolve("nn"), "nn-NO")) {
            FundingApplication application = create(test);
            assertEquals("Klimasats (planlagd)", ApplicationLabels.of(application));
            test.execute(ApplicationCommands.setStatus(test.workspace.editingDomain(), application, ApplicationStatus.WITHDRAWN));
            assertEquals("Klimasats (trekt)", ApplicationLabels.of(application));
        }
        try (TestWorkspace test = new TestWorkspace(folder.resolve("en"), "en")) {
            FundingApplication application = create(test);
            assertEquals("Klimasats (planned)", ApplicationLabels.of(application));
        }
    }

    @Test
    void theGrantedSumIsAFundingDetailOnlyWhenSomethingIsGranted() throws Exception {
        try (TestWorkspace test = new TestWorkspace(folder.resolve("hamar"), "nb-NO")) {
            FundingDetails details = Services.get(FundingDetails.class);
            FundingApplication application = create(test);
            test.execute(ApplicationCommands.setAmountGranted(test.workspace.editingDomain(), application, 450_000.0));
            assertEquals(Optional.empty(), details.describe(test.floods), "not granted yet");
            test.execute(ApplicationCommands.setStatus(test.workspace.editingDomain(), application, ApplicationStatus.GRANTED));
            assertEquals(Optional.of("450\u00a0000 kr innvilget"), details.describe(test.floods));
            assertEquals(Optional.empty(), details.describe(test.bikes));
        }
    }

    @Test
    void bokmaalNynorskAndEnglishHaveTheSameKeys() throws Exception {
        java.util.Properties english = load("messages.properties");
        for (String language : new String[] {"nb", "nn"}) {
            java.util.Properties translated = load("messages_" + language + ".properties");
            assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), "keys of messages_" + language);
        }
    }

    private static java.util.Properties load(String name) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(Texts.class.getResourceAsStream(name),
                java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static FundingApplication create(TestWorkspace test) {
        Command create = ApplicationCommands.create(test.workspace.editingDomain(), test.floods, "klimasats", "Klimasats",
                LocalDate.of(2026, 10, 1));
        test.execute(create);
        return (FundingApplication) create.getResult().iterator().next();
    }
}
