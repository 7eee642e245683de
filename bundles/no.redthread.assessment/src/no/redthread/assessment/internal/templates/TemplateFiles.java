package no.redthread.assessment.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.assessment.template.TemplateOrigin;
import no.redthread.assessment.template.TemplateProblem;
import no.redthread.core.packs.PackFile;
import no.redthread.core.packs.PackReasons;

/**
 * The templates of one bundle: every file is read on its own, so a refused file never stops the others; a file
 * that repeats the id and version of an earlier file of the same bundle is refused too.
 */
final class TemplateFiles implements FormTemplateProvider {


    private final List<FormTemplate> templates;
    private final List<TemplateProblem> problems;

    private TemplateFiles(List<FormTemplate> templates, List<TemplateProblem> problems) {
        this.templates = List.copyOf(templates);
        this.problems = List.copyOf(problems);
    }

    /** Reads the files of the bundle with the given symbolic name, in the given order. */
    static TemplateFiles read(String bundle, List<? extends PackFile> files) {
        List<FormTemplate> templates = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, FormTemplate> byKey = new HashMap<>();
        for (PackFile file : files) {
            try (InputStream in = file.open()) {
                FormTemplate template = TemplateParser.parse(new TemplateOrigin(bundle, file.path()), in);
                FormTemplate earlier = byKey.putIfAbsent(Versions.key(template), template);
                if (earlier != null) {
                    throw new TemplateException("id", TemplateException.reason("repeatsTemplate", template.id(),
                            template.version(), earlier.origin().file()));
                }
                templates.add(template);
            } catch (TemplateException e) {
                problems.add(new TemplateProblem(bundle, file.path(), e.field(), e.getMessage()));
            } catch (IOException | RuntimeException e) {
                problems.add(new TemplateProblem(bundle, file.path(), "(file)", PackReasons.unreadable(String.valueOf(e))));
            }
        }
        return new TemplateFiles(templates, problems);
    }

    /** A provider with the given templates and problems, e.g. for a bundle whose header names nothing to read. */
    static TemplateFiles of(List<FormTemplate> templates, List<TemplateProblem> problems) {
        return new TemplateFiles(templates, problems);
    }

    @Override
    public List<FormTemplate> templates() {
        return templates;
    }

    @Override
    public List<TemplateProblem> problems() {
        return problems;
    }
}
