package no.redthread.workbench.internal.packs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import no.redthread.workbench.packs.ContentPackReport;

/**
 * {@code redthread:check-plugin <jar>}: a plugin checked before it is installed ({@link PluginChecker}). Prints what
 * it contributes when all is well; otherwise fails (exit status 1 with {@code -c}) with one line per problem, each
 * naming the file, the position where known, and the reason.
 */
@Component(service = Function.class, property = { "osgi.command.scope=redthread",
        "osgi.command.function=check-plugin" })
public final class CheckPluginCommand implements Function {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final List<ContentPackReport> reports = new CopyOnWriteArrayList<>();

    @Activate
    public CheckPluginCommand(BundleContext context, @Reference ServiceComponentRuntime scr) {
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

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        if (arguments.size() != 1) {
            throw new IllegalArgumentException(PluginChecker.TEXT.get("check.usage"));
        }
        Path jar = Path.of(String.valueOf(arguments.get(0)));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(PluginChecker.TEXT.get("check.noFile", jar));
        }
        PluginChecker.Result result = new PluginChecker(context, reports, scr).check(jar);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(PluginChecker.TEXT.get("check.failed", jar.getFileName(),
                    result.problems().size()) + "\n  " + String.join("\n  ", result.problems()));
        }
        return PluginChecker.TEXT.get("check.ok", result.bundle(), result.contributes());
    }
}
