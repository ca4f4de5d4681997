package vn.lienthong.systemtests;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.population.Death;
import vn.lienthong.deploy.population.PortalDeathDossiers;

/**
 * The synthetic population's deaths, each declared once in this JVM's system (a person dies once):
 * {@code Deaths.take(death -> death.expectedAllowance() == GRANTED)}.
 */
final class Deaths {

    private static final Set<Integer> TAKEN = new HashSet<>();

    private Deaths() {
    }

    /** A death not declared yet that {@code wanted} accepts. */
    static synchronized Death take(Predicate<Death> wanted) {
        Death death = RunningSystem.population().deaths().stream()
                .filter(candidate -> !TAKEN.contains(candidate.serial()))
                .filter(wanted)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no death left of the kind asked for"));
        TAKEN.add(death.serial());
        return death;
    }

    /** The death's dossier as the portal sends it ({@code "procedure": "DEATH"}). */
    static ObjectNode dossier(Death death) {
        return PortalDeathDossiers.tree(death);
    }
}
