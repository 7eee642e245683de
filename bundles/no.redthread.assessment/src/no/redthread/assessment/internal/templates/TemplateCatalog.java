package no.redthread.assessment.internal.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.assessment.template.TemplateProblem;

/** Collects the templates of all provider services; providers come and go at run time (dynamic reference). */
@Component(service = FormTemplateCatalog.class)
public final class TemplateCatalog implements FormTemplateCatalog {

    private static final Comparator<FormTemplate> ORDER = Comparator.comparing(FormTemplate::id)
            .thenComparing(FormTemplate::version, Versions.ORDER);

    /** Providers in the order they win a clash: by the bundle id they serve, then by service id. */
    private final Map<List<Long>, FormTemplateProvider> providers = new ConcurrentSkipListMap<>(
            Comparator.<List<Long>, Long>comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    private record Snapshot(List<FormTemplate> templates, List<TemplateProblem> problems) {
        static final Snapshot EMPTY = new Snapshot(List.of(), List.of());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(FormTemplateProvider provider, Map<String, Object> properties) {
        providers.put(key(properties), provider);
        rebuild();
    }

    void removeProvider(FormTemplateProvider provider, Map<String, Object> properties) {
        providers.remove(key(properties));
        rebuild();
    }

    private static List<Long> key(Map<String, Object> properties) {
        Object bundleId = properties.getOrDefault("redthread.templates.bundle.id", Long.MAX_VALUE);
        return List.of(((Number) bundleId).longValue(), ((Number) properties.get(Constants.SERVICE_ID)).longValue());
    }

    private synchronized void rebuild() {
        Map<String, FormTemplate> byKey = new LinkedHashMap<>();
        List<TemplateProblem> problems = new ArrayList<>();
        for (FormTemplateProvider provider : providers.values()) {
            problems.addAll(provider.problems());
            for (FormTemplate template : provider.templates()) {
                FormTemplate earlier = byKey.putIfAbsent(Versions.key(template), template);
                if (earlier != null) {
                    problems.add(new TemplateProblem(template.origin().bundle(), template.origin().file(), "id",
                            "repeats template \"" + template.id() + "\" version " + template.version() + " of "
                                    + earlier.origin() + "; this one is ignored"));
                }
            }
        }
        snapshot = new Snapshot(byKey.values().stream().sorted(ORDER).toList(), List.copyOf(problems));
        listeners.forEach(Runnable::run);
    }

    @Override
    public List<FormTemplate> templates() {
        return snapshot.templates();
    }

    @Override
    public Optional<FormTemplate> latest(String templateId) {
        return snapshot.templates().stream().filter(t -> t.id().equals(templateId)).max(ORDER);
    }

    @Override
    public Optional<FormTemplate> template(String templateId, String version) {
        return snapshot.templates().stream()
                .filter(t -> t.id().equals(templateId) && Versions.compare(t.version(), version) == 0).findFirst();
    }

    @Override
    public List<FormTemplate> forLevel(PlanLevel level) {
        Map<String, FormTemplate> newest = new LinkedHashMap<>();
        for (FormTemplate template : snapshot.templates()) {
            if (template.planLevel() == level) {
                newest.put(template.id(), template); // sorted by version, so the last one wins
            }
        }
        return List.copyOf(newest.values());
    }

    @Override
    public List<TemplateProblem> problems() {
        return snapshot.problems();
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
