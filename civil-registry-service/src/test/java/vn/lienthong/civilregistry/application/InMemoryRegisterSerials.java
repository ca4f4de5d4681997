package vn.lienthong.civilregistry.application;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import vn.lienthong.civilregistry.application.port.out.RegisterSerials;
import vn.lienthong.civilregistry.domain.CommuneCode;

final class InMemoryRegisterSerials implements RegisterSerials {

    private final Map<String, Long> last = new HashMap<>();

    @Override
    public long next(CommuneCode commune, Year year) {
        return last.merge(commune.value() + "/" + year, 1L, Long::sum);
    }

    long issued(String commune, int year) {
        return last.getOrDefault(commune + "/" + year, 0L);
    }
}
