package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class OwnStartTest {

    @Test
    void anArchiveMappedIsAWarmStartWhateverElseIsSet() {
        assertThat(OwnStart.of(options(Map.of("SharedArchiveFile", "deploy/target/warm-start/deploy.jsa")), false))
                .isEqualTo(OwnStart.WARM);
    }

    @Test
    void anArchiveWrittenAtExitIsAColdStartThatTrains() {
        assertThat(OwnStart.of(options(Map.of("ArchiveClassesAtExit", "deploy/target/warm-start/training.jsa")), false))
                .isEqualTo(OwnStart.ARCHIVING_AT_STOP);
    }

    @Test
    void neitherIsColdAsAskedOrAsTheFirstStartAfterABuild() {
        assertThat(OwnStart.of(options(Map.of()), true)).isEqualTo(OwnStart.COLD_AS_ASKED);
        assertThat(OwnStart.of(options(Map.of()), false)).isEqualTo(OwnStart.COLD);
    }

    @Test
    void thisTestsOwnJvmStartedWithoutEitherOption() {
        assertThat(OwnStart.ofThisJvm(false)).isEqualTo(OwnStart.COLD);
    }

    @Test
    void eachStartSaysItInVietnameseFirst() {
        assertThat(OwnStart.values()).allSatisfy(start -> assertThat(start.said()).matches("[^/]+ / .+")
                .doesNotStartWith("cold").doesNotStartWith("warm"));
    }

    private static UnaryOperator<String> options(Map<String, String> set) {
        return name -> set.getOrDefault(name, "");
    }
}
