package no.redthread.console.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;

/**
 * {@code redthread:new-plugin <id> <folder>}: writes a Java plugin project from the SDK's template. The SDK is the
 * folder named by {@code -Dredthread.sdk}, else {@code redthread-sdk} beside the distribution (where the build and
 * the download put it), else {@code sdk} inside it. A Gogo {@link Function}, because the command's name is not a
 * Java method name.
 */
@Component(service = Function.class, property = { "osgi.command.scope=redthread",
        "osgi.command.function=new-plugin" })
public final class NewPluginConsole implements Function {

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws IOException {
        if (arguments.size() != 2) {
            throw new IllegalArgumentException(ConsoleTexts.get("newPlugin.usage"));
        }
        return write(String.valueOf(arguments.get(0)), Path.of(String.valueOf(arguments.get(1))), sdk());
    }

    static String write(String id, Path folder, Optional<Path> sdk) throws IOException {
        Path found = sdk.orElseThrow(() -> new IllegalStateException(ConsoleTexts.get("newPlugin.noSdk")));
        Path target = folder.toAbsolutePath().normalize();
        List<Path> files = new PluginProjectWriter(found).write(id, target);
        return ConsoleTexts.get("newPlugin.written", id, target, files.size(), found);
    }

    static Optional<Path> sdk() {
        String explicit = System.getProperty("redthread.sdk");
        if (explicit != null) {
            return Optional.of(Path.of(explicit));
        }
        String home = System.getProperty("redthread.home");
        if (home == null) {
            return Optional.empty();
        }
        Path dist = Path.of(home).toAbsolutePath().normalize();
        return Stream.of(dist.resolveSibling("redthread-sdk"), dist.resolve("sdk"))
                .filter(sdk -> Files.isDirectory(sdk.resolve("template"))).findFirst();
    }
}
