package vn.lienthong.idnumber.adapter.in.web.faults;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.idnumber.domain.Refusal;

/**
 * Shows and replaces the active fault profile at run time. The body is a {@link FaultSettings}:
 * a named profile and overrides, or only fields (then starting from {@code none}). A rejected
 * profile leaves the active one as it was; an accepted one starts its draws from its seed. Exists
 * only while the simulation is on ({@link FaultSettings#SIMULATION}), and then for administrators.
 */
@RestController
@ConditionalOnBooleanProperty(FaultSettings.SIMULATION)
public class FaultProfileController {

    public static final String PATH = "/api/v1/admin/fault-profile";

    private static final Logger log = LoggerFactory.getLogger(FaultProfileController.class);
    private static final Set<String> FIELDS = Arrays.stream(FaultSettings.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final FaultInjector faults;
    private final JsonMapper json;

    public FaultProfileController(FaultInjector faults, JsonMapper json) {
        this.faults = faults;
        this.json = json;
    }

    @GetMapping(PATH)
    public FaultSettings active() {
        return FaultSettings.of(faults.active());
    }

    @PutMapping(PATH)
    public FaultSettings replace(@RequestBody JsonNode body) {
        FaultProfile profile = settings(body).toProfile();
        faults.activate(profile);
        FaultSettings active = FaultSettings.of(profile);
        log.info("Fault profile replaced: {}", active);
        return active;
    }

    /** Strict, unlike the API's contract: a misspelt field would otherwise silently mean "no fault". */
    private FaultSettings settings(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidFaultProfileException(List.of(FaultProblems.notAnObject()));
        }
        List<Refusal> unknown = body.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .map(FaultProblems::unknownField).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFaultProfileException(unknown);
        }
        try {
            return json.treeToValue(body, FaultSettings.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidFaultProfileException(List.of(FaultProblems.wrongType(field)));
        }
    }
}
