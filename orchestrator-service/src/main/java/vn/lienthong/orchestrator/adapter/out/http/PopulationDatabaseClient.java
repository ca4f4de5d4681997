package vn.lienthong.orchestrator.adapter.out.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.orchestrator.application.port.out.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.PersonalIdNumber;

/**
 * Calls the population database over HTTP and sorts every answer into an outcome the saga can
 * act on: a number, a passing failure (retry later), invalid data (the applicant corrects it) or
 * a refused permission (a person sorts it out). Nothing here throws.
 */
public class PopulationDatabaseClient implements PopulationDatabase {

    /** The population database's field names, as paths in the portal's dossier. */
    private static final Map<String, String> DOSSIER_FIELDS = Map.of(
            "fullName", "child.fullName",
            "sex", "child.sex",
            "dateOfBirth", "child.dateOfBirth",
            "registrationCommuneCode", "registrationCommuneCode",
            "motherPersonalIdNumber", "mother.personalIdNumber",
            "fatherPersonalIdNumber", "father.personalIdNumber",
            "nationality", "child.nationality");

    private final RestClient http;
    private final JsonMapper json;

    public PopulationDatabaseClient(RestClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public IdNumberOutcome assignIdNumber(UUID requestId, DossierForm form) {
        var request = new AssignPersonalIdNumber(requestId.toString(), form.child().fullName(),
                Sex.valueOf(form.child().sex().name()), form.child().dateOfBirth(), form.registrationCommuneCode(),
                form.mother().personalIdNumber(),
                form.knownFather().map(father -> father.personalIdNumber()).orElse(null),
                form.child().nationality());
        try {
            return http.post().uri(IdNumberApi.ASSIGN)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(request)
                    .exchange((req, response) -> outcome(response.getStatusCode(), response.getBody().readAllBytes()));
        } catch (RestClientException e) {
            return transientFailure("UNREACHABLE", "Không kết nối được CSDL quốc gia về dân cư.",
                    "The population database could not be reached: " + rootCause(e));
        }
    }

    private IdNumberOutcome outcome(HttpStatusCode status, byte[] body) throws IOException {
        if (status.is2xxSuccessful()) {
            return assigned(body);
        }
        int code = status.value();
        if (code == 401 || code == 403) {
            return new IdNumberOutcome.PermissionDenied(new Reason("PERMISSION_DENIED", null,
                    "CSDL quốc gia về dân cư từ chối quyền truy cập của hệ thống; cần cán bộ kiểm tra quyền.",
                    "The population database denied this system access; an officer must check the permission."));
        }
        if (code == 400 || code == 409 || code == 422) {
            return new IdNumberOutcome.InvalidData(reasons(body));
        }
        return transientFailure("HTTP_" + code, "CSDL quốc gia về dân cư tạm thời lỗi (" + code + ").",
                "The population database answered " + code + ".");
    }

    private IdNumberOutcome assigned(byte[] body) {
        try {
            JsonNode answer = json.readTree(body);
            String number = answer.path("personalIdNumber").asString(null);
            if (PersonalIdNumber.isWellFormed(number)) {
                return new IdNumberOutcome.Assigned(number);
            }
        } catch (JacksonException e) {
            // an unreadable answer is treated like no answer
        }
        return transientFailure("MALFORMED_ANSWER", "CSDL quốc gia về dân cư trả lời không đúng định dạng.",
                "The population database's answer was malformed.");
    }

    private List<Reason> reasons(byte[] body) {
        List<Reason> reasons = new ArrayList<>();
        try {
            for (JsonNode error : json.readTree(body).path("errors")) {
                String field = error.path("field").asString("");
                reasons.add(new Reason(error.path("code").asString("INVALID_DATA"),
                        DOSSIER_FIELDS.getOrDefault(field, field.isEmpty() ? null : field),
                        error.path("message").asString("Dữ liệu không hợp lệ."),
                        error.path("messageEn").asString("Invalid data.")));
            }
        } catch (JacksonException e) {
            // fall through to the generic reason
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason("INVALID_DATA", null, "CSDL quốc gia về dân cư từ chối dữ liệu của hồ sơ.",
                    "The population database refused the dossier's data."));
        }
        return reasons;
    }

    private static IdNumberOutcome transientFailure(String code, String vi, String en) {
        return new IdNumberOutcome.TransientFailure(new Reason(code, null, vi, en));
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
