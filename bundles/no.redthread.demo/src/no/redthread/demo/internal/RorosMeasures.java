package no.redthread.demo.internal;

import static no.redthread.demo.internal.GoalArea.BUSINESS;
import static no.redthread.demo.internal.GoalArea.CHILDHOOD;
import static no.redthread.demo.internal.GoalArea.CLIMATE;
import static no.redthread.demo.internal.GoalArea.HEALTH;
import static no.redthread.demo.internal.GoalArea.HOUSING;
import static no.redthread.demo.internal.GoalArea.INCLUSION;
import static no.redthread.demo.internal.GoalArea.NATURE;
import static no.redthread.demo.internal.GoalArea.PREPAREDNESS;
import static no.redthread.demo.internal.GoalArea.RECRUITMENT;
import static no.redthread.model.plan.FundingStatus.FUNDED;
import static no.redthread.model.plan.FundingStatus.PARTLY_FUNDED;
import static no.redthread.model.plan.FundingStatus.UNFUNDED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;

/**
 * The measures of the demo's action plan (yearly cost in NOK, years, responsible unit, funding) and the 2026 budget
 * lines that fund them. Deliberate breaks: the rent-to-own homes are unfunded, the sustainable-destination work is
 * marked funded but has no budget line, and the new archive system follows up no goal.
 */
final class RorosMeasures {

    private final DemoFactory make;
    private final Map<GoalArea, Goal> goals;
    private final List<Measure> measures = new ArrayList<>();

    private RorosMeasures(DemoFactory make, Map<GoalArea, Goal> goals) {
        this.make = make;
        this.goals = goals;
    }

    static void addTo(PlanSystem system, Plan actionPlan, Map<GoalArea, Goal> goals, DemoFactory make) {
        new RorosMeasures(make, goals).add(system, actionPlan);
    }

    private void add(PlanSystem system, Plan actionPlan) {
        Measure climateBudget = m("Innføre klimabudsjett i økonomiplanen", "Økonomi", 150_000, 2026, 2029, FUNDED, CLIMATE);
        Measure energy = m("Energieffektivisering og solceller på Røros skole og rådhuset", "Eiendom", 2_400_000, 2026,
                2028, FUNDED, CLIMATE);
        Measure flood = m("Kartlegge flomveier og overvann i sentrum", "Kommunalteknikk", 600_000, 2026, 2027,
                PARTLY_FUNDED, CLIMATE, PREPAREDNESS);
        Measure landUse = m("Rullere kommuneplanens arealdel med arealregnskap", "Plan og forvaltning", 900_000, 2026, 2027,
                FUNDED, NATURE);
        Measure slag = m("Skjøtselsplan for slagghaugene i verdensarvområdet", "Kultur og verdensarv", 350_000, 2026, 2029,
                FUNDED, NATURE);
        Measure seniors = m("Lavterskel styrke- og balansetrening for seniorer", "Helse og omsorg", 300_000, 2026, 2029,
                FUNDED, HEALTH);
        Measure activity = m("Aktivitetskort som dekker fritidsaktiviteter for barn og unge", "Kultur og fritid", 400_000,
                2026, 2029, FUNDED, HEALTH, CHILDHOOD);
        m("Leie-til-eie-boliger for unge i etableringsfasen", "Eiendom", 1_500_000, 2027, 2029, UNFUNDED, HOUSING);
        Measure plots = m("Opparbeide nye boligtomter i sentrumsnære felt", "Kommunalteknikk", 3_000_000, 2026, 2027,
                FUNDED, HOUSING);
        Measure earlyHelp = m("Tverrfaglig team for tidlig innsats i barnehage og skole", "Oppvekst", 1_100_000, 2026,
                2029, FUNDED, CHILDHOOD);
        Measure youthClinic = m("Helsestasjon for ungdom med kveldsåpent", "Helse og omsorg", 250_000, 2026, 2029, FUNDED,
                CHILDHOOD, HEALTH);
        Measure training = m("Arbeidstrening for unge utenfor arbeid og utdanning, sammen med NAV", "NAV Røros", 600_000,
                2026, 2028, FUNDED, INCLUSION);
        Measure language = m("Norskopplæring med språkpraksis i lokalt næringsliv", "Voksenopplæringen", 800_000, 2026,
                2029, FUNDED, INCLUSION);
        Measure fund = m("Næringsfond for gründere innen lokalmat og reiseliv", "Næring og samfunnsutvikling", 1_000_000,
                2026, 2029, FUNDED, BUSINESS);
        m("Sertifisering som bærekraftig reisemål sammen med reiselivet", "Næring og samfunnsutvikling", 200_000, 2026,
                2027, FUNDED, BUSINESS);
        Measure recruitment = m("Rekrutteringspakke for sykepleiere og lærere", "Personal og organisasjon", 1_200_000,
                2026, 2029, FUNDED, RECRUITMENT);
        Measure apprentices = m("Flere lærlingplasser i helse og oppvekst", "Personal og organisasjon", 700_000, 2026, 2029,
                FUNDED, RECRUITMENT, INCLUSION);
        Measure risk = m("Revidere helhetlig ROS-analyse og overordnet beredskapsplan", "Beredskap", 150_000, 2026, 2026,
                FUNDED, PREPAREDNESS);
        Measure archive = m("Ny sak- og arkivløsning", "IKT", 500_000, 2026, 2027, FUNDED);
        actionPlan.getMeasures().addAll(measures);

        line(system, "Drift: klimabudsjett og klimaregnskap", 150_000, climateBudget);
        line(system, "Investering: energitiltak i kommunale bygg", 2_400_000, energy);
        line(system, "Drift: overvann og klimatilpasning", 300_000, flood);
        line(system, "Drift: arealplanlegging", 900_000, landUse);
        line(system, "Drift: verdensarv og kulturminner", 350_000, slag);
        line(system, "Drift: forebygging og folkehelse", 550_000, seniors, youthClinic);
        line(system, "Drift: aktivitetskort for barn og unge", 400_000, activity);
        line(system, "Investering: boligtomter", 3_000_000, plots);
        line(system, "Drift: tidlig innsats i oppveksten", 1_100_000, earlyHelp);
        line(system, "Drift: kvalifisering og arbeidstrening", 1_400_000, training, language);
        line(system, "Bruk av kommunalt næringsfond", 1_000_000, fund);
        line(system, "Drift: rekruttering og lærlinger", 1_900_000, recruitment, apprentices);
        line(system, "Drift: samfunnssikkerhet og beredskap", 150_000, risk);
        line(system, "Investering: IKT-fellesløsninger", 500_000, archive);
    }

    private Measure m(String name, String unit, double costPerYear, int startYear, int endYear, FundingStatus status,
            GoalArea... follows) {
        Measure measure = make.measure(name, unit, costPerYear, startYear, endYear, status,
                Stream.of(follows).map(goals::get).toList());
        measures.add(measure);
        return measure;
    }

    private void line(PlanSystem system, String name, double amount, Measure... funds) {
        system.getBudgetLines().add(make.budgetLine(name, 2026, amount, List.of(funds)));
    }
}
