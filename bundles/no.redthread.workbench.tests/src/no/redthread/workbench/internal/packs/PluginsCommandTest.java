package no.redthread.workbench.internal.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.packs.BundleContributions;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.ContributionTexts;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;
import no.redthread.workbench.packs.PluginInventory;

/**
 * {@code redthread:plugins} and the inventory behind it and the Plugins view: per bundle the workbench services it
 * registers and what the modules' {@link ContentPackReport}s say its packs gave or refused.
 */
class PluginsCommandTest {

    private static final String HOST = "no.redthread.workbench";

    private final BundleContext context = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final Locale locale = Locale.getDefault();

    @AfterEach
    void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
        Locale.setDefault(locale);
    }

    @Test
    void theInventoryCountsWorkbenchServicesAndTakesPacksAndProblemsFromTheReports() {
        registerCommand();
        ContentPackReport report = report(new PackContribution(HOST, ContentPackReport.INDICATOR_SETS,
                List.of("Troms-indikatorer")), new PackProblem(HOST, ContentPackReport.INDICATOR_SETS, "sets/bad.json",
                4, 46, "indicators[0].direction", "UPWARDS is not one of [HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL]"));

        BundleContributions host = PluginInventory.collect(context, List.of(report), null).stream()
                .filter(b -> b.symbolicName().equals(HOST)).findFirst().orElseThrow();
        assertEquals(1, host.commands());
        assertEquals(0, host.views());
        assertEquals(List.of("Troms-indikatorer"), host.packs().get(0).items());
        assertEquals("sets/bad.json:4:46 indicators[0].direction", host.problems().get(0).place());
        assertTrue(host.hasProblems());

        Locale.setDefault(Locale.of("nb"));
        assertEquals("1 kommando; indikatorsett (1): Troms-indikatorer", ContributionTexts.summary(host));
        assertEquals("Avvist fil (indikatorsett) i no.redthread.workbench: sets/bad.json, linje 4, kolonne 46"
                + " (felt indicators[0].direction): UPWARDS is not one of [HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL]",
                ContributionTexts.problem(host.problems().get(0)));
    }

    @Test
    void theConsoleListsEachContributingBundleWithItsPacksAndProblems() throws InterruptedException {
        Locale.setDefault(Locale.ENGLISH);
        registerCommand();
        register(report(new PackContribution(HOST, ContentPackReport.WORKSHEETS, List.of("Klimasjekk", "ROS")),
                new PackProblem(HOST, ContentPackReport.WORKSHEETS, "templates/broken.json", 0, 0, "(file)",
                        "is not valid JSON")));
        String out = command().plugins();

        List<String> lines = out.lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(HOST + " ")).findFirst().orElseThrow());
        assertTrue(lines.get(at).endsWith("(active)"), lines.get(at));
        assertEquals("  1 command", lines.get(at + 1));
        assertEquals("  worksheets: Klimasjekk, ROS", lines.get(at + 2));
        assertEquals("  Refused file (worksheets) in no.redthread.workbench: templates/broken.json:"
                + " is not valid JSON", lines.get(at + 3));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("org.junit")), "bundles that contribute nothing are left out");
    }

    private PluginsCommand command() throws InterruptedException {
        ServiceTracker<PluginsCommand, PluginsCommand> tracker = new ServiceTracker<>(context, PluginsCommand.class, null);
        tracker.open();
        try {
            PluginsCommand command = tracker.waitForService(10_000);
            assertTrue(command != null, "redthread:plugins is registered");
            return command;
        } finally {
            tracker.close();
        }
    }

    private void registerCommand() {
        CommandContribution command = (CommandContribution) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandContribution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "id" -> "test.command";
                    case "label" -> "Test";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test command";
                    default -> null;
                });
        registrations.add(context.registerService(CommandContribution.class, command, null));
    }

    private void register(ContentPackReport report) {
        registrations.add(context.registerService(ContentPackReport.class, report, null));
    }

    private static ContentPackReport report(PackContribution contribution, PackProblem problem) {
        return new ContentPackReport() {
            @Override
            public String kind() {
                return contribution.kind();
            }

            @Override
            public String header() {
                return "Redthread-Test";
            }

            @Override
            public List<PackContribution> contributions() {
                return List.of(contribution);
            }

            @Override
            public List<PackProblem> problems() {
                return List.of(problem);
            }
        };
    }
}
