package no.redthread.portfolio.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.Completion;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.Status;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.PlanSystem;
import no.redthread.portfolio.KeyFigures;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workspace.DetachedWorkspace;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.DetachedWorkspaces;

/** Reads a workspace's key figures from a detached load, which it closes again without saving. */
final class KeyFigureReader {

    private final DetachedWorkspaces workspaces;
    private final AssessmentService assessments;
    private final RedThreadValidator validator;

    KeyFigureReader(DetachedWorkspaces workspaces, AssessmentService assessments, RedThreadValidator validator) {
        this.workspaces = workspaces;
        this.assessments = assessments;
        this.validator = validator;
    }

    KeyFigures read(Path folder, LocalDate today) {
        try (DetachedWorkspace workspace = workspaces.load(folder)) {
            if (!workspace.problems().isEmpty()) {
                return KeyFigures.unreadable(folder, workspace.problems().get(0).toString());
            }
            return figures(folder, workspace, today);
        } catch (IOException | RuntimeException e) {
            return KeyFigures.unreadable(folder, folder + ": " + e.getMessage());
        }
    }

    private KeyFigures figures(Path folder, Workspace workspace, LocalDate today) {
        Optional<Organisation> organisation = workspace.planSystem().map(PlanSystem::getOrganisation);
        String number = organisation.map(Organisation::getNumber).orElse("");
        String name = organisation.map(Organisation::getName).orElse(folder.getFileName().toString());
        List<Assessment> all = workspace.moduleRoot("assessment").filter(AssessmentSet.class::isInstance)
                .map(root -> List.copyOf(((AssessmentSet) root).getAssessments())).orElse(List.of());
        Completion completion = all.stream().map(a -> assessments.summarise(a).completion())
                .reduce(new Completion(0, 0), Completion::plus);
        int done = (int) all.stream().filter(a -> a.getStatus() != AssessmentStatus.IN_PROGRESS).count();
        int findings = workspace.planSystems().stream().mapToInt(system -> validator.validate(system).size()).sum();
        int poor = workspace.moduleRoot("indicators").filter(IndicatorWorkspace.class::isInstance)
                .map(root -> (int) ((IndicatorWorkspace) root).getSets().stream()
                        .flatMap(set -> set.getIndicators().stream())
                        .filter(indicator -> IndicatorAnalysis.assess(indicator, number).status() == Status.POOR)
                        .count())
                .orElse(0);
        List<FundingApplication> applications = FundingApplications.register(workspace.resourceSet())
                .map(register -> List.copyOf(register.getApplications())).orElse(List.of());
        Optional<LocalDate> deadline = applications.stream()
                .filter(application -> application.getStatus() == ApplicationStatus.PLANNED)
                .map(FundingApplication::getDeadline).filter(Objects::nonNull)
                .filter(date -> !date.isBefore(today)).min(LocalDate::compareTo);
        return new KeyFigures(folder, number, name, all.size(), done, completion.ratio(), findings, poor,
                applications.size(), deadline, "");
    }
}
