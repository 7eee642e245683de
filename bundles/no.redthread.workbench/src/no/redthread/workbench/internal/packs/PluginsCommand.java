package no.redthread.workbench.internal.packs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import no.redthread.workbench.packs.BundleContributions;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.ContributionTexts;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PluginInventory;

/**
 * {@code redthread:plugins}: per bundle that contributes anything, what it contributes (views, commands,
 * perspectives, preference pages, and what its content packs gave) and its problems, one per line.
 */
@Component(service = PluginsCommand.class, property = {"osgi.command.scope=redthread", "osgi.command.function=plugins"})
public final class PluginsCommand {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final List<ContentPackReport> reports = new CopyOnWriteArrayList<>();

    @Activate
    public PluginsCommand(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Reference(name = "reports", unbind = "removeReport", cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addReport(ContentPackReport report) {
        reports.add(report);
    }

    void removeReport(ContentPackReport report) {
        reports.remove(report);
    }

    /** The listing as the console prints it. */
    public String plugins() {
        StringBuilder out = new StringBuilder();
        for (BundleContributions bundle : PluginInventory.collect(context, reports, scr)) {
            if (bundle.isEmpty()) {
                continue;
            }
            out.append(bundle.symbolicName()).append(' ').append(bundle.version()).append(" (")
                    .append(ContributionTexts.state(bundle.state())).append(")\n");
            String counts = ContributionTexts.counts(bundle);
            if (!counts.isEmpty()) {
                out.append("  ").append(counts).append('\n');
            }
            for (PackContribution pack : bundle.packs()) {
                out.append("  ").append(ContributionTexts.kind(pack.kind())).append(": ")
                        .append(String.join(", ", pack.items())).append('\n');
            }
            for (String problem : ContributionTexts.problems(bundle)) {
                out.append("  ").append(problem).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }
}
