package vn.lienthong.orchestrator.application.port.in;

import java.util.Objects;

import vn.lienthong.rules.access.Caller;

/**
 * Who asks, as the access token names them, and through which endpoint: the HTTP method and the
 * path template ({@code GET /api/v1/dossiers/{dossierId}}), never the query or the path's values.
 * What an audit entry names.
 */
public record Requester(Caller caller, String endpoint) {

    public Requester {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
