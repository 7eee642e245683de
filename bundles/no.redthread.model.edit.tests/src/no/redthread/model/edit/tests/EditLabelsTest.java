package no.redthread.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.provider.PlanEditPlugin;
import no.redthread.model.plan.provider.PlanItemProviderAdapterFactory;

/** Type, feature and literal names in bokmål, nynorsk and English. */
class EditLabelsTest {

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void typeNamesInBokmal() {
        Plans.useLanguage("nb-NO");
        assertEquals("Mål", text("_UI_Goal_type"));
        assertEquals("Tiltak", text("_UI_Measure_type"));
        assertEquals("Sak", text("_UI_Case_type"));
        assertEquals("Budsjettlinje", text("_UI_BudgetLine_type"));
        assertEquals("Delmål", text("_UI_Target_type"));
        assertEquals("Beskrivelse", text("_UI_Goal_description_feature"));
        assertEquals("Planer", text("_UI_PlanSystem_plans_feature"));
    }

    @Test
    void typeAndFeatureNamesInNynorsk() {
        Plans.useLanguage("nn-NO");
        assertEquals("Mål", text("_UI_Goal_type"));
        assertEquals("Køyreregel", text("_UI_Rule_type"));
        assertEquals("Skildring", text("_UI_Goal_description_feature"));
        assertEquals("Planar", text("_UI_PlanSystem_plans_feature"));
    }

    @Test
    void typeAndFeatureNamesInEnglish() {
        Plans.useLanguage("en");
        assertEquals("Goal", text("_UI_Goal_type"));
        assertEquals("Budget line", text("_UI_BudgetLine_type"));
        assertEquals("Description", text("_UI_Goal_description_feature"));
    }

    @Test
    void propertyNamesAndEnumLiteralsComeFromTheDescriptors() {
        Plan plan = Plans.FACTORY.createPlan();
        assertDescriptor("nb", plan, PlanPackage.Literals.PLAN__KIND, "Plantype", plan.getKind(), "Kunnskapsgrunnlag");
        assertDescriptor("nb", plan, PlanPackage.Literals.PLAN__STATUS, "Status", PlanStatus.ON_HEARING, "På høring");
        assertDescriptor("nn", plan, PlanPackage.Literals.PLAN__STATUS, "Status", PlanStatus.ADOPTED, "Vedteken");
        assertDescriptor("nn", plan, PlanPackage.Literals.PLAN__ELECTION_PERIOD, "Valperiode", "2023-2027", "2023-2027");
        assertDescriptor("en", plan, PlanPackage.Literals.PLAN__STATUS, "Status", PlanStatus.ON_HEARING, "On public hearing");
        SdgTarget target = Plans.FACTORY.createSdgTarget();
        assertDescriptor("nb", target, PlanPackage.Literals.SDG_TARGET__NB_TEXT_FLAGGED, "Bokmålsteksten er feil", true, "Ja");
        assertDescriptor("en", target, PlanPackage.Literals.SDG_TARGET__NB_TEXT_FLAGGED, "Norwegian text is wrong", false, "No");
    }

    @Test
    void externalFundingHasItsNameInEachLanguage() {
        Measure measure = Plans.FACTORY.createMeasure();
        EStructuralFeature funding = PlanPackage.Literals.MEASURE__FUNDING_STATUS;
        assertDescriptor("nb", measure, funding, "Finansiering", FundingStatus.EXTERNAL, "Ekstern finansiering");
        assertDescriptor("nn", measure, funding, "Finansiering", FundingStatus.EXTERNAL, "Ekstern finansiering");
        assertDescriptor("en", measure, funding, "Funding", FundingStatus.EXTERNAL, "External funding");
        assertDescriptor("nb", measure, funding, "Finansiering", FundingStatus.PARTLY_FUNDED, "Delvis finansiert");
    }

    @Test
    void everyKeyIsTranslatedIntoBokmalAndNynorsk() throws IOException {
        Properties english = load("plugin.properties");
        for (String language : new String[] {"nb", "nn"}) {
            Properties translated = load("plugin_" + language + ".properties");
            assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), "keys of plugin_" + language);
            for (String key : translated.stringPropertyNames()) {
                assertFalse(translated.getProperty(key).isBlank(), key + " is blank in " + language);
            }
        }
    }

    private static void assertDescriptor(String language, Object owner, EStructuralFeature feature, String name, Object value,
            String valueText) {
        Plans.useLanguage(language);
        // descriptors keep their display name, so every language gets a fresh factory, as a restart would
        PlanItemProviderAdapterFactory factory = new PlanItemProviderAdapterFactory();
        IItemPropertySource source = Plans.adapt(factory, owner, IItemPropertySource.class);
        IItemPropertyDescriptor descriptor = source.getPropertyDescriptors(owner).stream()
                .filter(d -> d.getFeature(owner) == feature).findFirst().orElseThrow();
        assertEquals(name, descriptor.getDisplayName(owner), language);
        assertEquals(valueText, descriptor.getLabelProvider(owner).getText(value), language);
        factory.dispose();
    }

    private static String text(String key) {
        return PlanEditPlugin.INSTANCE.getString(key);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanEditPlugin.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
