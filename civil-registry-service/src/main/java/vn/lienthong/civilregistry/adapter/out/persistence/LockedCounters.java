package vn.lienthong.civilregistry.adapter.out.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The register counters one batch's transaction holds locked, with the last serial each has handed
 * out; the serials taken in the batch are written back just before it commits.
 */
final class LockedCounters {

    /** A commune's register of one year. */
    record Register(String communeCode, int year) {
    }

    private final Map<Register, Long> lastSerials = new LinkedHashMap<>();
    private final Map<Register, Long> taken = new LinkedHashMap<>();

    void locked(Register register, long lastSerial) {
        lastSerials.putIfAbsent(register, lastSerial);
    }

    boolean holds(Register register) {
        return lastSerials.containsKey(register);
    }

    /** The next serial of a register this transaction holds. */
    OptionalLong next(Register register) {
        Long last = lastSerials.get(register);
        if (last == null) {
            return OptionalLong.empty();
        }
        lastSerials.put(register, last + 1);
        taken.put(register, last + 1);
        return OptionalLong.of(last + 1);
    }

    /** The registers whose serials moved since the last call, with their last serial now. */
    List<Map.Entry<Register, Long>> takeMoved() {
        List<Map.Entry<Register, Long>> moved = List.copyOf(taken.entrySet());
        taken.clear();
        return moved;
    }
}
