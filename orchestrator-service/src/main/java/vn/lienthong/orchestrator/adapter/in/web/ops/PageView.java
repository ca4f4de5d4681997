package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.util.List;
import java.util.function.Function;

import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;

/** One page of a listing as JSON: {@code items}, {@code page}, {@code size}, {@code totalItems}. */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

    static <S, T> PageView<T> of(OpsPage<S> page, Function<S, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.totalItems());
    }
}
