import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF code generator headless, from a plain classpath (no Eclipse, no OSGi), for one model bundle.
 * Arguments: the bundle folder, a work folder, the model's file stem ({@code model/<stem>.ecore}), the base
 * package, the prefix (also the model name), and the genmodels of models it refers to (relative to the bundle;
 * their GenPackages are used, not generated). Called by {@code tools/emf/regenerate}.
 *
 * <p>Usage: {@code java -cp <codegen classpath> GenerateModel.java <bundle folder> <work folder>}. It reads
 * {@code model/<stem>.ecore} and {@code model/<stem>.genmodel} (creating the genmodel with the project's settings
 * when it is missing, reconciling it with the .ecore otherwise), generates the model code into the work folder
 * and then replaces {@code src-gen/} of the bundle with the generated Java sources only, so the generator never
 * touches the hand-written MANIFEST.MF, build.properties or {@code src/}.
 */
public final class GenerateModel {

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Path.of(args[1]).toAbsolutePath().normalize();
        String stem = args[2];
        String project = bundle.getFileName().toString();
        Path ecoreFile = bundle.resolve("model/" + stem + ".ecore");
        Path genModelFile = bundle.resolve("model/" + stem + ".genmodel");
        List<Path> used = Arrays.stream(args, 5, args.length).map(p -> bundle.resolve(p).normalize()).toList();

        ResourceSet resources = newResourceSet(work, project);
        GenModel genModel = Files.exists(genModelFile)
                ? loadAndReconcile(resources, genModelFile)
                : createGenModel(resources, ecoreFile, genModelFile, project, args[3], args[4], used);
        check(Diagnostician.INSTANCE.validate(genModel.getGenPackages().get(0).getEcorePackage()), "the .ecore");
        check(genModel.diagnose(), "the .genmodel");
        genModel.eResource().save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));

        genModel.setCanGenerate(true);
        genModel.setForceOverwrite(true);
        genModel.setUpdateClasspath(false);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        check(result, "code generation");

        replaceSources(work.resolve("src-gen"), bundle.resolve("src-gen"));
        System.out.println("Generated " + bundle.resolve("src-gen"));
    }

    private static ResourceSet newResourceSet(Path work, String project) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resources = new ResourceSetImpl();
        Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        // the generator writes to platform:/resource/<project>/...; send that to the work folder
        URI platform = URI.createPlatformResourceURI("/" + project + "/", true);
        URI target = URI.createFileURI(work.toString() + "/");
        resources.getURIConverter().getURIMap().put(platform, target);
        org.eclipse.emf.ecore.resource.URIConverter.URI_MAP.put(platform, target);
        return resources;
    }

    private static GenModel loadAndReconcile(ResourceSet resources, Path genModelFile) {
        Resource resource = resources.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        if (!genModel.reconcile()) {
            throw new IllegalStateException("the .genmodel could not be reconciled with the .ecore");
        }
        return genModel;
    }

    /** The project's generator settings; edit the saved .genmodel afterwards, it is reused on later runs. */
    private static GenModel createGenModel(ResourceSet resources, Path ecoreFile, Path genModelFile, String project,
            String basePackage, String prefix, List<Path> usedGenModels) {
        Resource ecore = resources.getResource(URI.createFileURI(ecoreFile.toString()), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        for (Path usedGenModel : usedGenModels) {
            Resource other = resources.getResource(URI.createFileURI(usedGenModel.toString()), true);
            genModel.getUsedGenPackages().addAll(((GenModel) other.getContents().get(0)).getGenPackages());
        }
        genModel.setModelName(prefix);
        genModel.setModelPluginID(project);
        genModel.setModelDirectory("/" + project + "/src-gen");
        genModel.setModelPluginClass(null);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add(ecoreFile.getFileName().toString());
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF243);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setOperationReflection(true);
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(true);
        genModel.setCopyrightText("Redthread: generated from model/" + ecoreFile.getFileName() + " by regenerate.sh. Do not edit.");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage(basePackage);
        genPackage.setPrefix(prefix);
        genPackage.setDisposableProviderFactory(true);
        Resource resource = resources.createResource(URI.createFileURI(genModelFile.toString()));
        resource.getContents().add(genModel);
        return genModel;
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
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path copy = target.resolve(generated.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
    }
}
