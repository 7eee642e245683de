package no.redthread.assessment.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.redthread.assessment.internal.templates.TestTemplates;
import no.redthread.assessment.internal.templates.Versions;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.assessment.template.TemplateProblem;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;

/** A service over a fixed set of templates, a fixed clock, and a plan to assess. */
final class Fixture {

    static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

    final FixedCatalog catalog = new FixedCatalog();
    final DefaultAssessmentService service = new DefaultAssessmentService(catalog, new Names(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final Plan plan = plan("plan-samfunnsdel-2024", PlanKind.SAMFUNNSDEL);

    Fixture(String... templates) {
        for (String json : templates) {
            catalog.templates.add(TestTemplates.parse(json));
        }
    }

    /** The small test template (see {@link TestTemplates#SMALL}). */
    static Fixture small() {
        return new Fixture(TestTemplates.SMALL);
    }

    FormTemplate template(String id) {
        return catalog.latest(id).orElseThrow();
    }

    /** A new assessment of the plan with the newest version of a template, answered as {@code "q-id=option:justification"}. */
    Assessment assessment(String templateId, String... answers) {
        return assessment(template(templateId), answers);
    }

    /** As above, with one given version of a template. */
    Assessment assessment(FormTemplate template, String... answers) {
        Assessment assessment = service.create(template, plan, "Kari Planlegger");
        answer(assessment, answers);
        return assessment;
    }

    void answer(Assessment assessment, String... answers) {
        for (String answer : answers) {
            String[] parts = answer.split("[=:]", 3);
            service.answer(assessment, parts[0], parts[1], parts.length > 2 ? parts[2] : null, "Kari Planlegger");
        }
    }

    static Plan plan(String id, PlanKind kind) {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId(id);
        plan.setName("Kommuneplanens samfunnsdel 2024–2036");
        plan.setKind(kind);
        return plan;
    }

    /** A catalogue over a plain list of templates. */
    static final class FixedCatalog implements FormTemplateCatalog {

        final List<FormTemplate> templates = new ArrayList<>();

        @Override
        public List<FormTemplate> templates() {
            return templates;
        }

        @Override
        public Optional<FormTemplate> latest(String templateId) {
            return templates.stream().filter(t -> t.id().equals(templateId))
                    .max(Comparator.comparing(FormTemplate::version, Versions.ORDER));
        }

        @Override
        public Optional<FormTemplate> template(String templateId, String version) {
            return templates.stream().filter(t -> t.id().equals(templateId) && t.version().equals(version)).findFirst();
        }

        @Override
        public List<FormTemplate> forLevel(PlanLevel level) {
            return templates.stream().filter(t -> t.planLevel() == level).toList();
        }

        @Override
        public List<TemplateProblem> problems() {
            return List.of();
        }

        @Override
        public void addChangeListener(Runnable listener) {
        }

        @Override
        public void removeChangeListener(Runnable listener) {
        }
    }
}
