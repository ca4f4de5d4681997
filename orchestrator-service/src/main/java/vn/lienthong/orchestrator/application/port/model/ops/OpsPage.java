package vn.lienthong.orchestrator.application.port.model.ops;

import java.util.List;

/** One page of an ops listing, with how many items match in all. */
public record OpsPage<T>(List<T> items, int page, int size, long totalItems) {

    public OpsPage {
        items = List.copyOf(items);
    }
}
