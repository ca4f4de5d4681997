package vn.lienthong.contracts.healthinsurance;

/** Kafka topics of the social-insurance system. Records are keyed by dossier id. */
public final class HealthInsuranceTopics {

    public static final String COMMANDS = "health-insurance.commands";
    public static final String REPLIES = "health-insurance.replies";
    public static final String COMMANDS_DEAD_LETTER = "health-insurance.commands.dlt";

    private HealthInsuranceTopics() {
    }
}
