package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.UUID;

public class OpsJobNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OpsJobNotFoundException(UUID id) {
        super("no job " + id);
    }
}
