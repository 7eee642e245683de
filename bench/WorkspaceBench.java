import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.internal.catalogue.JsonCatalogueService;
import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Strategy;
import no.redthread.model.plan.Target;
import no.redthread.model.plan.Theme;
import no.redthread.workbench.settings.SettingsProblem;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.internal.WorkspaceServiceImpl;

/**
 * The workspace benchmark (not a test): a consultant's workspace of 40 municipalities with full
 * plan systems (about 200,000 objects), opened and saved several times. Prints medians; asserts nothing.
 */
public class WorkspaceBench {

    private static final int MUNICIPALITIES = 40;
    private static final int GOALS_PER_PLAN = 63;
    private static final PlanFactory F = PlanFactory.eINSTANCE;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Files.createTempDirectory("redthread-bench");
        try {
            Path folder = root.resolve("consultant");
            long objects = generate(folder);
            System.out.printf("Workspace: %d plan systems, %,d objects, %,d bytes on disk (%s)%n", MUNICIPALITIES, objects,
                    size(folder), folder);
            List<Long> open = new ArrayList<>();
            List<Long> saveChanged = new ArrayList<>();
            List<Long> saveAll = new ArrayList<>();
            List<Long> heap = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long before = usedAfterGc();
                WorkspaceServiceImpl service = service();
                long start = System.nanoTime();
                Workspace workspace = service.open(folder);
                open.add(System.nanoTime() - start);
                heap.add(usedAfterGc() - before);
                PlanSystem system = workspace.planSystems().get(run % MUNICIPALITIES);
                system.getPlans().get(2).getGoals().get(0).setName("Endret i runde " + run);
                saveChanged.add(time(() -> { service.save(); }));
                Path copy = root.resolve("copy-" + run);
                saveAll.add(time(() -> service.saveAs(copy)));
                service.close();
                deleteTree(copy);
            }
            System.out.printf("Median of %d runs (Java %s, %d cores; the first run includes JVM warm-up):%n", runs,
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.printf("  open                        %6d ms%n", median(open) / 1_000_000);
            System.out.printf("  save, one file changed      %6d ms%n", median(saveChanged) / 1_000_000);
            System.out.printf("  save as (all files written) %6d ms%n", median(saveAll) / 1_000_000);
            System.out.printf("  heap of the open workspace  %6d MB (used heap after GC, minus before open)%n",
                    median(heap) / (1024 * 1024));
            System.out.printf("  each run: open %s ms, save %s ms, save as %s ms%n", millis(open), millis(saveChanged), millis(saveAll));
        } finally {
            deleteTree(root);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static long time(IoAction action) throws IOException {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static WorkspaceServiceImpl service() {
        return new WorkspaceServiceImpl(new MemorySettings(), Map.of("autosave.seconds", "0"));
    }

    /** Forty municipalities of the catalogue, each with the skeleton, its frame and a full set of goals and measures. */
    private static long generate(Path folder) throws IOException {
        CatalogueService catalogue = new JsonCatalogueService();
        WorkspaceServiceImpl service = service();
        List<Municipality> municipalities = catalogue.municipalities().subList(0, MUNICIPALITIES);
        Workspace workspace = null;
        for (int i = 0; i < municipalities.size(); i++) {
            PlanSystem system = service.createSkeleton(municipalities.get(i));
            system.setFrame(catalogue.createFrame());
            fill(system, new Random(i));
            if (workspace == null) {
                workspace = service.create(folder, system);
            } else {
                workspace.addPlanSystem(system);
            }
        }
        service.save();
        long objects = workspace.planSystems().stream().mapToLong(s -> 1 + count(s)).sum();
        service.close();
        return objects;
    }

    private static long count(EObject object) {
        long n = 0;
        for (var it = object.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static void fill(PlanSystem system, Random random) {
        List<SdgTarget> sdgTargets = system.getFrame().getSdgs().stream().flatMap(s -> s.getTargets().stream()).toList();
        List<Theme> themes = system.getFrame().getDimensions().stream().flatMap(d -> d.getThemes().stream()).toList();
        List<Goal> goals = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (Plan plan : system.getPlans()) {
            String key = plan.getId().substring(5);
            for (int g = 0; g < GOALS_PER_PLAN; g++) {
                Goal goal = F.createGoal();
                goal.setId("goal-" + key + "-" + g);
                goal.setName("Mål " + g + " i " + plan.getName());
                goal.setDescription("Beskrivelse av målet, med bakgrunn og begrunnelse " + random.nextInt(10_000));
                for (int t = 0; t < 3; t++) {
                    Target target = F.createTarget();
                    target.setId("target-" + key + "-" + g + "-" + t);
                    target.setName("Delmål " + t);
                    goal.getTargets().add(target);
                }
                for (int s = 0; s < 2; s++) {
                    Strategy strategy = F.createStrategy();
                    strategy.setId("strategy-" + key + "-" + g + "-" + s);
                    strategy.setName("Strategi " + s);
                    goal.getStrategies().add(strategy);
                }
                goal.getAddressedSdgTargets().add(sdgTargets.get(random.nextInt(sdgTargets.size())));
                goal.getAddressedThemes().add(themes.get(random.nextInt(themes.size())));
                plan.getGoals().add(goal);
                goals.add(goal);
            }
            for (int m = 0; m < GOALS_PER_PLAN; m++) {
                Measure measure = F.createMeasure();
                measure.setId("measure-" + key + "-" + m);
                measure.setName("Tiltak " + m);
                measure.setResponsibleUnit("Kommunalsjef for oppvekst");
                measure.setCostPerYear(random.nextInt(10_000) * 1000.0);
                measure.setStartYear(2025);
                measure.setEndYear(2028);
                measure.setFundingStatus(FundingStatus.get(random.nextInt(3)));
                measure.getFollows().add(goals.get(goals.size() - 1 - random.nextInt(GOALS_PER_PLAN)));
                plan.getMeasures().add(measure);
                measures.add(measure);
            }
        }
        for (int i = 0; i < 2 * GOALS_PER_PLAN; i++) {
            Case c = F.createCase();
            c.setId("case-" + i);
            c.setTitle("Sak " + i + "/2025");
            c.setDecisionBody("kommunestyret");
            c.getRefersTo().add(goals.get(random.nextInt(goals.size())));
            system.getCases().add(c);
            BudgetLine line = F.createBudgetLine();
            line.setId("budget-" + i);
            line.setName("Ansvar " + (1000 + i));
            line.setYear(2025);
            line.setAmount(random.nextInt(1_000_000) * 100.0);
            line.getFunds().add(measures.get(random.nextInt(measures.size())));
            system.getBudgetLines().add(line);
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.valueOf(n / 1_000_000)).toList().toString();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The recent-workspaces list in memory: the benchmark must not touch the user's settings. */
    private static final class MemorySettings implements SettingsStore {

        private final Map<String, Object> values = new ConcurrentHashMap<>();

        @Override
        public Path folder() {
            return Path.of("memory");
        }

        @Override
        public <T> Optional<T> load(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).filter(type::isInstance).map(type::cast);
        }

        @Override
        public void save(String name, Object value) {
            values.put(name, value);
        }

        @Override
        public List<SettingsProblem> takeProblems() {
            return List.of();
        }
    }
}
