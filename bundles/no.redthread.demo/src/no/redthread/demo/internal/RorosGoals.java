package no.redthread.demo.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;

/**
 * The goals of the demo's community part, one per priority area, written the way a small inland municipality with a
 * world heritage site, reindeer herding, tourism and local food would write them. Each names the SDG targets and
 * themes it addresses. The mobility goal is deliberately left without measures in the action plan.
 */
final class RorosGoals {

    private RorosGoals() {
    }

    static Map<GoalArea, Goal> addTo(Plan samfunnsdel, DemoFactory make) {
        Map<GoalArea, Goal> goals = new EnumMap<>(GoalArea.class);
        goals.put(GoalArea.CLIMATE, make.goal("Røros er et lavutslippssamfunn som er forberedt på klimaendringene",
                "Kommunen kutter egne utslipp, gjør det enkelt for innbyggere og næringsliv å gjøre det samme, og tar "
                        + "hensyn til et våtere og villere klima i all planlegging.",
                List.of("13.2", "13.1", "7.3"), List.of("theme-climate-hazards", "theme-resources-circular")));
        goals.put(GoalArea.NATURE, make.goal("Natur, kulturmiljø og reinbeiteland forvaltes slik at verdensarven og "
                + "reindrifta har gode vilkår",
                "Arealbruken tar vare på sammenhengende naturområder, myr og sørsamisk reinbeiteland og på verdensarven "
                        + "Røros bergstad og Circumferensen. Ny utbygging legges nær eksisterende infrastruktur.",
                List.of("15.1", "15.5", "11.4"), List.of("theme-nature-land-use", "theme-culture-volunteering")));
        goals.put(GoalArea.HEALTH, make.goal("Innbyggerne har god fysisk og psykisk helse gjennom hele livet",
                "Kommunen legger til rette for fysisk aktivitet, gode møteplasser og tidlig hjelp, slik at flere mestrer "
                        + "eget liv og kan bo hjemme lenger.",
                List.of("3.4", "3.5", "11.7"), List.of("theme-public-health")));
        goals.put(GoalArea.HOUSING, make.goal("Det finnes varierte boliger for alle livsfaser i hele kommunen",
                "Unge i etableringsfasen, tilflyttere og eldre finner en bolig som passer, både i sentrum og i grendene.",
                List.of("11.1", "11.3"), List.of("theme-housing")));
        goals.put(GoalArea.CHILDHOOD, make.goal("Barn og unge har en trygg og inkluderende oppvekst",
                "Barnehage, skole, helsestasjon og fritid samarbeider om tidlig innsats, og alle barn kan delta i "
                        + "fritidsaktiviteter uansett foreldrenes økonomi.",
                List.of("4.1", "4.2", "16.2"), List.of("theme-childhood-education")));
        goals.put(GoalArea.INCLUSION, make.goal("Flere deltar i arbeid, utdanning og fellesskap",
                "Ingen skal stå utenfor fordi de mangler språk, utdanning eller nettverk. Kommunen, NAV og næringslivet "
                        + "samarbeider om kvalifisering.",
                List.of("8.5", "8.6", "10.2"), List.of("theme-inclusion")));
        goals.put(GoalArea.BUSINESS, make.goal("Et nyskapende næringsliv bygd på lokale ressurser, reiseliv og mat",
                "Røros er et bærekraftig reisemål og et tyngdepunkt for lokalmat, med nye arbeidsplasser basert på "
                        + "landbruk, kultur og kunnskap.",
                List.of("8.9", "8.3", "2.3"), List.of("theme-business-development")));
        goals.put(GoalArea.RECRUITMENT, make.goal("Kommunen rekrutterer og beholder kompetente medarbeidere",
                "Kommunen er en attraktiv arbeidsgiver med heltidskultur, lærlingplasser og gode muligheter for etter- "
                        + "og videreutdanning.",
                List.of("8.5", "4.4"), List.of("theme-competence-recruitment")));
        goals.put(GoalArea.MOBILITY, make.goal("Trygg og klimavennlig mobilitet i hele kommunen",
                "Gang- og sykkelveier, kollektivtilbud og ladepunkter gjør det enklere å reise klimavennlig, også fra "
                        + "grendene.",
                List.of("11.2", "3.6", "9.1"), List.of("theme-infrastructure-mobility")));
        goals.put(GoalArea.PREPAREDNESS, make.goal("Et robust lokalsamfunn med god beredskap",
                "Kommunen kjenner risikoen for flom, skogbrann, ekstremvær og bortfall av strøm og ekom, og har planer "
                        + "og øvelser som gjør at samfunnet tåler hendelser.",
                List.of("11.5", "13.1", "1.5"), List.of("theme-preparedness", "theme-climate-hazards")));
        detail(goals, make);
        samfunnsdel.getGoals().addAll(goals.values());
        return goals;
    }

    /** Targets (delmål) and strategies for some goals, as a community part would have them. */
    private static void detail(Map<GoalArea, Goal> goals, DemoFactory make) {
        Goal climate = goals.get(GoalArea.CLIMATE);
        climate.getTargets().add(make.target("Direkte klimagassutslipp i kommunen er redusert med 55 prosent innen 2030 "
                + "sammenlignet med 2009"));
        climate.getStrategies().add(make.strategy("Bruke klimabudsjett som styringsverktøy i økonomiplanen"));
        climate.getStrategies().add(make.strategy("Ta hensyn til klimaendringer i arealplaner og byggesaker"));
        Goal nature = goals.get(GoalArea.NATURE);
        nature.getTargets().add(make.target("Ingen nedbygging av myr og reinbeiteland uten at det kompenseres"));
        nature.getStrategies().add(make.strategy("Føre arealregnskap ved hver rullering av arealdelen"));
        Goal health = goals.get(GoalArea.HEALTH);
        health.getStrategies().add(make.strategy("Folkehelse i alt vi gjør: vurdere helseeffekter i alle saker"));
        Goal housing = goals.get(GoalArea.HOUSING);
        housing.getTargets().add(make.target("Minst 15 nye boliger for unge og tilflyttere i planperioden"));
        housing.getStrategies().add(make.strategy("Bruke kommunens tomter og startlån aktivt"));
        Goal recruitment = goals.get(GoalArea.RECRUITMENT);
        recruitment.getTargets().add(make.target("Andelen heltidsstillinger i helse og omsorg er over 60 prosent"));
        recruitment.getStrategies().add(make.strategy("Samarbeide med videregående skole om lærlinger"));
    }
}
