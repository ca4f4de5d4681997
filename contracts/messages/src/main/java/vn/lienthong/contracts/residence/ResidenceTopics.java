package vn.lienthong.contracts.residence;

/** Kafka topics of the residence database. Records are keyed by dossier id. */
public final class ResidenceTopics {

    public static final String COMMANDS = "residence.commands";
    public static final String REPLIES = "residence.replies";
    public static final String COMMANDS_DEAD_LETTER = "residence.commands.dlt";

    private ResidenceTopics() {
    }
}
