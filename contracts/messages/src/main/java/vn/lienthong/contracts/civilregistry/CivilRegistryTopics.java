package vn.lienthong.contracts.civilregistry;

/** Kafka topics of the civil-status database. Records are keyed by dossier id. */
public final class CivilRegistryTopics {

    public static final String COMMANDS = "civil-registry.commands";
    public static final String REPLIES = "civil-registry.replies";
    public static final String COMMANDS_DEAD_LETTER = "civil-registry.commands.dlt";

    private CivilRegistryTopics() {
    }
}
