package vn.lienthong.deploy.local;

import java.lang.management.ManagementFactory;
import java.util.function.UnaryOperator;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * How this JVM, the one that runs Kafka's broker and PostgreSQL and supervises the services,
 * started: {@code run-local.sh} chooses, from what it finds in {@code deploy/target/warm-start/},
 * to map its class-data archive, to write one as this JVM stops, or neither. Read from the JVM's
 * own options, so the ready line says what happened rather than what was meant.
 */
enum OwnStart {

    /** Its class-data archive mapped ({@code -XX:SharedArchiveFile}). */
    WARM("khởi động nhanh / warm start (CDS)"),
    /** Cold, from its extracted jar; writes its archive as it stops ({@code -XX:ArchiveClassesAtExit}). */
    ARCHIVING_AT_STOP("khởi động nguội, lưu lớp khi dừng / cold, its classes archived as it stops"),
    /** Cold, as {@code --cold-start} asked. */
    COLD_AS_ASKED("khởi động nguội theo yêu cầu / cold, as --cold-start asked"),
    /** Cold, from the executable jar: the first start after a build, its jar extracted meanwhile. */
    COLD("khởi động nguội, chuẩn bị khởi động nhanh / cold, its warm start prepared in the background");

    private final String said;

    OwnStart(String said) {
        this.said = said;
    }

    /** This JVM's start. */
    static OwnStart ofThisJvm(boolean coldStartAsked) {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return of(option -> vm.getVMOption(option).getValue(), coldStartAsked);
    }

    /** The start that the JVM options {@code option} reads say, by name. */
    static OwnStart of(UnaryOperator<String> option, boolean coldStartAsked) {
        if (!option.apply("SharedArchiveFile").isEmpty()) {
            return WARM;
        }
        if (!option.apply("ArchiveClassesAtExit").isEmpty()) {
            return ARCHIVING_AT_STOP;
        }
        return coldStartAsked ? COLD_AS_ASKED : COLD;
    }

    /** For the ready line, Vietnamese first. */
    String said() {
        return said;
    }
}
