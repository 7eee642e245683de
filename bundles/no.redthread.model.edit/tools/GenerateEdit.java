import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF code generator headless for the edit code (item providers) of the plan model.
 *
 * <p>Usage: {@code java -cp <codegen classpath> GenerateEdit.java <edit bundle folder> <work folder>}.
 *
 * <p>It reads the model bundle's {@code plan.genmodel} (never writing it back: that file belongs to
 * no.redthread.model), applies the edit settings of {@link #configure(GenModel)} in memory and generates the edit
 * project into the work folder. The current {@code src-gen/} is copied there first, so the generator merges:
 * methods marked {@code @generated NOT} (the Norwegian labels and icons) survive. Then {@code src-gen/} is
 * replaced with the merged Java sources, except the plugin class, which is hand-written in {@code src/}, and new
 * keys of the generated {@code plugin.properties} are added to the English resource bundle.
 */
public final class GenerateEdit {

    private static final String PROJECT = "no.redthread.model.edit";
    private static final String PROVIDER_PACKAGE = "no/redthread/model/plan/provider";
    private static final String PLUGIN_CLASS = "PlanEditPlugin.java";

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Path.of(args[1]).toAbsolutePath().normalize();
        Path genModelFile = bundle.resolve("../no.redthread.model/model/plan.genmodel").normalize();
        Path properties = bundle.resolve("src").resolve(PROVIDER_PACKAGE).resolve("plugin.properties");

        ResourceSet resources = newResourceSet(work);
        GenModel genModel = (GenModel) resources.getResource(URI.createFileURI(genModelFile.toString()), true)
                .getContents().get(0);
        if (!genModel.reconcile()) {
            throw new IllegalStateException("plan.genmodel could not be reconciled with plan.ecore");
        }
        configure(genModel);
        check(genModel.diagnose(), "the .genmodel");

        copyTree(bundle.resolve("src-gen"), work.resolve("src-gen"));
        if (Files.exists(properties)) {
            Files.copy(properties, work.resolve("plugin.properties"));
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out)), "code generation");

        replaceSources(work.resolve("src-gen"), bundle.resolve("src-gen"));
        Files.createDirectories(properties.getParent());
        Files.copy(work.resolve("plugin.properties"), properties, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        reportUntranslated(properties);
        System.out.println("Generated " + bundle.resolve("src-gen"));
    }

    /** The edit settings; everything else comes from the model's genmodel. */
    private static void configure(GenModel genModel) {
        genModel.setCanGenerate(true);
        genModel.setForceOverwrite(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(false);
        genModel.setEditPluginID(PROJECT);
        genModel.setEditDirectory("/" + PROJECT + "/src-gen");
        genModel.setEditPluginClass("no.redthread.model.plan.provider.PlanEditPlugin");
        genModel.setCreationIcons(false);
        genModel.setCreationCommands(true);
        genModel.setOSGiCompatible(false);
        genModel.setCopyrightText("Redthread: item providers generated from no.redthread.model/model/plan.ecore by "
                + "no.redthread.model.edit/regenerate.sh.\nHand-made methods are marked @generated NOT; the generator "
                + "keeps them when it merges.");
        // the shared base of the root item provider: labels, icons and ids of new children (hand-written, src/)
        genModel.setProviderRootExtendsClass("no.redthread.model.plan.provider.RedthreadItemProvider");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setDisposableProviderFactory(true);
            genPackage.setExtensibleProviderFactory(false); // extension points do not work on Felix
            genPackage.setChildCreationExtenders(false);
            for (GenClass genClass : genPackage.getGenClasses()) {
                genClass.getGenFeatures().forEach(GenerateEdit::configure);
            }
        }
    }

    private static void configure(GenFeature genFeature) {
        if (genFeature.getEcoreFeature() instanceof EAttribute attribute && attribute.isID()) {
            genFeature.setProperty(GenPropertyKind.READONLY_LITERAL); // references are stored by id
        }
        if (genFeature.getEcoreFeature() instanceof EReference reference && !reference.isContainment()) {
            genFeature.setPropertySortChoices(true);
        }
        if (genFeature.getEcoreFeature() instanceof EAttribute attribute
                && attribute.getEAttributeType() == EcorePackage.Literals.ESTRING) {
            String name = attribute.getName();
            genFeature.setPropertyMultiLine(name.startsWith("description") || name.startsWith("text")
                    || name.equals("localWording") || name.startsWith("title"));
        }
        String documentation = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
        if (documentation != null && !documentation.isBlank()) {
            genFeature.setPropertyDescription(documentation);
        }
    }

    private static ResourceSet newResourceSet(Path work) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resources = new ResourceSetImpl();
        var factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        // the generator writes to platform:/resource/<project>/...; send that to the work folder
        URI platform = URI.createPlatformResourceURI("/" + PROJECT + "/", true);
        URI target = URI.createFileURI(work.toString() + "/");
        resources.getURIConverter().getURIMap().put(platform, target);
        URIConverter.URI_MAP.put(platform, target);
        return resources;
    }

    private static void check(Diagnostic diagnostic, String what) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException(what + " has errors: " + describe(diagnostic, ""));
        }
        if (diagnostic.getSeverity() == Diagnostic.WARNING) {
            System.out.println("Warnings in " + what + ": " + describe(diagnostic, ""));
        }
    }

    private static String describe(Diagnostic diagnostic, String indent) {
        StringBuilder text = new StringBuilder(indent).append(diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append('\n').append(describe(child, indent + "  "));
        }
        return text.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
    }

    private static void replaceSources(Path generated, Path target) throws IOException {
        if (!Files.isDirectory(generated)) {
            throw new IllegalStateException("the generator wrote nothing to " + generated);
        }
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals(PLUGIN_CLASS)).toList()) {
                Path copy = target.resolve(generated.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
    }

    /** Lists the keys of the English bundle that the nb and nn bundles lack (EditLabelsTest fails on them too). */
    private static void reportUntranslated(Path english) throws IOException {
        Set<String> keys = keys(english);
        for (String language : new String[] {"nb", "nn"}) {
            Path translated = english.resolveSibling("plugin_" + language + ".properties");
            Set<String> missing = new TreeSet<>(keys);
            if (Files.exists(translated)) {
                missing.removeAll(keys(translated));
            }
            if (!missing.isEmpty()) {
                System.out.println("Not yet in " + translated.getFileName() + ": " + missing);
            }
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
