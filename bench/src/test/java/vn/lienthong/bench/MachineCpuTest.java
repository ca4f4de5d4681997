package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineCpuTest {

    @Test
    void busyIsEverythingButIdleAndIoWaitAndStealIsApart() {
        var start = MachineCpu.Reading.of("cpu  1000 10 300 5000 40 0 20 5 0 0");
        var end = MachineCpu.Reading.of("cpu  1900 10 400 5100 90 0 30 25 7 0");

        var window = MachineCpu.between(start, end);

        // user 900 + nice 0 + system 100 + irq 0 + softirq 10 ticks; idle, iowait and guest (already in user) left out
        assertThat(window.busySeconds()).isEqualTo(10.1);
        assertThat(window.stealSeconds()).isEqualTo(0.2);
    }

    @Test
    void aLineThatIsNotTheMachinesTotalIsRefused() {
        assertThatThrownBy(() -> MachineCpu.Reading.of("cpu0 1 2 3 4 5 6 7 8"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpu line");
    }
}
