package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;
import vn.lienthong.orchestrator.application.port.model.ops.Redrive;
import vn.lienthong.orchestrator.application.port.out.ops.Redrives;

/** Redrives in {@code dead_letter_redrive}, keyed by the dead-lettered record's place. */
public class JdbcRedrives implements Redrives {

    private final JdbcClient jdbc;

    public JdbcRedrives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(Redrive redrive) {
        return jdbc.sql("""
                        insert into dead_letter_redrive (topic, record_partition, record_offset, operator, reason,
                            redriven_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(redrive.ref().topic(), redrive.ref().partition(), redrive.ref().offset(), redrive.operator(),
                        redrive.reason(), Timestamp.from(redrive.at()))
                .update() == 1;
    }

    @Override
    public Optional<Redrive> find(DeadLetterRef ref) {
        return jdbc.sql("""
                        select operator, redriven_at, reason from dead_letter_redrive
                        where topic = ? and record_partition = ? and record_offset = ?""")
                .params(ref.topic(), ref.partition(), ref.offset())
                .query((row, n) -> new Redrive(ref, row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)))
                .optional();
    }

    @Override
    public Set<DeadLetterRef> redriven(Collection<DeadLetterRef> refs) {
        if (refs.isEmpty()) {
            return Set.of();
        }
        Set<DeadLetterRef> wanted = Set.copyOf(refs);
        Set<DeadLetterRef> redriven = new HashSet<>();
        jdbc.sql("""
                        select topic, record_partition, record_offset from dead_letter_redrive
                        where topic = any(?) and record_offset = any(?)""")
                .params(wanted.stream().map(DeadLetterRef::topic).distinct().toArray(String[]::new),
                        wanted.stream().map(DeadLetterRef::offset).distinct().toArray(Long[]::new))
                .query((row, n) -> new DeadLetterRef(row.getString(1), row.getInt(2), row.getLong(3)))
                .list()
                .stream()
                .filter(wanted::contains)
                .forEach(redriven::add);
        return redriven;
    }
}
