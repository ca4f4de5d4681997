package vn.lienthong.orchestrator.adapter.in.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.messaging.DeadLetterRouting;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * A command the saga sent to an agency, known by its topic and the two ids every command carries.
 * Only the ids are read, leniently: a command an agency could not read may be broken elsewhere.
 */
record AgencyCommand(Step step, DossierId dossierId, UUID commandId) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Step> STEPS = Map.of(
            CivilRegistryTopics.COMMANDS, Step.BIRTH_REGISTRATION,
            ResidenceTopics.COMMANDS, Step.RESIDENCE,
            HealthInsuranceTopics.COMMANDS, Step.HEALTH_INSURANCE);

    /** The command in {@code payload} sent to {@code topic} (or to its dead-letter topic); empty if it is none. */
    static Optional<AgencyCommand> of(String topic, byte[] payload) {
        String commandTopic = topic != null && topic.endsWith(DeadLetterRouting.SUFFIX)
                ? topic.substring(0, topic.length() - DeadLetterRouting.SUFFIX.length()) : topic;
        Step step = commandTopic == null ? null : STEPS.get(commandTopic);
        if (step == null || payload == null) {
            return Optional.empty();
        }
        try {
            JsonNode command = JSON.readTree(payload);
            return Optional.of(new AgencyCommand(step, new DossierId(UUID.fromString(command.get("dossierId").asString())),
                    UUID.fromString(command.get("commandId").asString())));
        } catch (JacksonException | IllegalArgumentException | NullPointerException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
